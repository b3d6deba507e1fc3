package dev.spindle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spindle.lang.compile.Frontend;
import dev.spindle.runtime.Engine;
import dev.spindle.runtime.EngineConfig;
import dev.spindle.runtime.RunResult;
import dev.spindle.runtime.bridge.GoProgram;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A run replays from its seed at any --procs: goroutines running in parallel on different
 * carriers each draw map order and math/rand from their own generator (seed + goroutine id).
 */
class RunDeterminismTest {
    private static final String PROGRAM = """
            package main

            import (
            	"fmt"
            	"math/rand"
            	"sync"
            )

            func main() {
            	var wg sync.WaitGroup
            	var mu sync.Mutex
            	results := make([]string, 4)
            	for w := 0; w < 4; w++ {
            		wg.Add(1)
            		go func(w int) {
            			defer wg.Done()
            			m := map[int]int{}
            			for i := 0; i < 20; i++ {
            				m[i] = i * i
            			}
            			s := ""
            			for r := 0; r < 200; r++ {
            				for k := range m {
            					if r == 199 {
            						s += fmt.Sprint(k, " ")
            					}
            				}
            				s += fmt.Sprint(rand.Intn(1000), ",")
            			}
            			mu.Lock()
            			results[w] = s
            			mu.Unlock()
            		}(w)
            	}
            	wg.Wait()
            	for _, r := range results {
            		fmt.Println(r)
            	}
            }
            """;

    private static String run(long seed) throws InterruptedException {
        Frontend.Result r = Frontend.compile("prog.go", PROGRAM);
        assertThat(r.errors()).isEmpty();
        var out = new ByteArrayOutputStream();
        Engine engine = GoProgram.engine(r.program(), EngineConfig.of(2, seed, out, new ByteArrayOutputStream()));
        engine.start();
        RunResult result = engine.await(60_000);
        assertThat(result).isNotNull();
        return out.toString(StandardCharsets.ISO_8859_1);
    }

    @Test
    void sameSeedSameOutputWithTwoCarriers() throws InterruptedException {
        String first = run(7);
        assertThat(first.lines()).hasSize(4);
        assertThat(run(7)).isEqualTo(first);
        assertThat(run(8)).isNotEqualTo(first);
    }
}
