package dev.spindle.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spindle.lang.compile.Frontend;
import dev.spindle.runtime.bridge.GoProgram;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Idle Ps cost nothing: a program that sets GOMAXPROCS(100000) itself and then runs a
 * hundred goroutines keeps a hundred thousand Ps, but the per-round work (budgets, idle
 * scheduling, wake-ups, stealing) visits only the few that ever ran, searched or held work
 * ({@link Scheduler#active()}). Before, every round boundary looped over all of them: 58 s
 * of wall time at load 13 for this program. That these visits decide exactly what a visit of
 * every P decided was checked against the previous engine: identical outputs and scheduler
 * counters for 102 programs at six GOMAXPROCS/seed pairs (see the nocrash3 note).
 */
class IdlePsTest {
    @Test
    void aHundredThousandPsSetByTheProgramAreMostlyNeverVisited() throws Exception {
        String src = """
                package main

                import (
                	"fmt"
                	"runtime"
                	"sync"
                )

                func main() {
                	fmt.Println(runtime.GOMAXPROCS(100000))
                	var wg sync.WaitGroup
                	var mu sync.Mutex
                	sum := 0
                	for i := 0; i < 100; i++ {
                		wg.Add(1)
                		go func(i int) {
                			defer wg.Done()
                			mu.Lock()
                			sum += i
                			mu.Unlock()
                		}(i)
                	}
                	wg.Wait()
                	fmt.Println(runtime.GOMAXPROCS(0), sum)
                }
                """;
        Frontend.Result r = Frontend.compile("prog.go", src);
        assertThat(r.errors()).isEmpty();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Engine engine = GoProgram.engine(r.program(), EngineConfig.of(2, 1, out, err));
        RunResult result = engine.run();
        assertThat(result.exitCode()).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("2\n100000 4950\n");
        Scheduler s = engine.scheduler();
        assertThat(s.procs()).isEqualTo(100_000);
        int visited = 0;
        for (P p : s.active()) {
            visited++;
        }
        assertThat(visited).as("Ps ever visited of 100000").isLessThan(300);
    }
}
