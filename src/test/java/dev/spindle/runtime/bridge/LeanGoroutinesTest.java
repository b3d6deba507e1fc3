package dev.spindle.runtime.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spindle.lang.compile.Frontend;
import dev.spindle.runtime.Engine;
import dev.spindle.runtime.EngineConfig;
import dev.spindle.runtime.RunResult;
import dev.spindle.trace.Event;
import dev.spindle.trace.EventLog;
import dev.spindle.trace.Validator;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Goroutines start with a stack just big enough for their entry frame, no output buffers
 * and no frame objects beyond the first; a run may keep its events or only number them.
 * None of that may change what a program does or what its log says.
 */
class LeanGoroutinesTest {

    private static final String PROGRAM = """
            package main

            import (
            	"fmt"
            	"strings"
            	"sync"
            )

            func depth(n int, acc []int) int {
            	if n == 0 {
            		return len(acc)
            	}
            	local := [4]int{n, n + 1, n + 2, n + 3}
            	return depth(n-1, append(acc, local[n%4])) + 1
            }

            func main() {
            	var wg sync.WaitGroup
            	results := make(chan string, 40)
            	for i := 0; i < 40; i++ {
            		wg.Add(1)
            		go func(i int) {
            			defer wg.Done()
            			d := depth(200+i*50, nil)
            			fmt.Println("goroutine", i, "depth", d, strings.Repeat("x", i%5))
            			results <- fmt.Sprint(i)
            		}(i)
            	}
            	wg.Wait()
            	close(results)
            	n := 0
            	for range results {
            		n++
            	}
            	fmt.Println("done", n)
            }
            """;

    private record Run(String stdout, RunResult result, List<Event> kept) {}

    private static Run run(EventLog log, int procs) throws Exception {
        Frontend.Result r = Frontend.compile("prog.go", PROGRAM);
        assertThat(r.errors()).isEmpty();
        var out = new ByteArrayOutputStream();
        Engine engine = GoProgram.engine(r.program(), EngineConfig.of(procs, 3, out, new ByteArrayOutputStream()), log);
        RunResult result = engine.run();
        return new Run(out.toString(StandardCharsets.UTF_8), result, log.snapshot());
    }

    @Test
    void deepGoroutinesThatPrintRunAlikeWithTheLogKeptOrNot() throws Exception {
        Run kept = run(new EventLog(), 2);
        List<Event> tapped = new ArrayList<>();
        Run discarded = run(EventLog.discarding(tapped::add), 2);

        assertThat(kept.result().exitCode()).isZero();
        assertThat(kept.stdout()).contains("goroutine 39 depth 4300 xxxx\n").endsWith("done 40\n");
        assertThat(kept.stdout().lines().count()).isEqualTo(41);
        assertThat(discarded.stdout()).isEqualTo(kept.stdout());
        assertThat(discarded.kept()).isEmpty();
        // What the kept log gives back (rebuilt from its compact storage) is what was appended.
        assertThat(kept.kept()).isEqualTo(tapped);
        Validator.requireValid(kept.kept());
    }
}
