package dev.spindle.runtime.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spindle.lang.compile.Frontend;
import dev.spindle.runtime.Engine;
import dev.spindle.runtime.EngineConfig;
import dev.spindle.runtime.RunResult;
import dev.spindle.trace.Event;
import dev.spindle.trace.Validator;
import dev.spindle.trace.WaitReason;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * sync.Once.Do as Go promises it: f runs once, and no call to Do returns before f has returned,
 * so a goroutine that loses the race waits (Go's wait reason sync.Mutex.Lock, on Once's mutex).
 * Expected output from Go 1.19.
 */
class OnceOnEngineTest {

    private static final String RACE = """
            package main

            import (
            	"fmt"
            	"sync"
            	"time"
            )

            var config string

            func load() {
            	time.Sleep(10 * time.Millisecond)
            	config = "loaded"
            }

            func main() {
            	var once sync.Once
            	var wg sync.WaitGroup
            	for i := 0; i < 3; i++ {
            		wg.Add(1)
            		go func() {
            			defer wg.Done()
            			once.Do(load)
            			fmt.Println("config:", config)
            		}()
            	}
            	wg.Wait()
            	once.Do(func() { fmt.Println("never") })
            	var outer, inner sync.Once
            	outer.Do(func() {
            		inner.Do(func() { fmt.Println("inner") })
            		fmt.Println("outer")
            	})
            	inner.Do(func() { fmt.Println("inner again") })
            	fmt.Println("done")
            }
            """;

    private static final String WANT = """
            config: loaded
            config: loaded
            config: loaded
            inner
            outer
            done
            """;

    @Test
    void concurrentDoCallsWaitUntilFReturns() throws Exception {
        for (int procs = 1; procs <= 3; procs++) {
            for (long seed = 1; seed <= 3; seed++) {
                Frontend.Result r = Frontend.compile("prog.go", RACE);
                assertThat(r.errors()).isEmpty();
                var out = new ByteArrayOutputStream();
                Engine engine = GoProgram.engine(r.program(), EngineConfig.of(procs, seed, out, new ByteArrayOutputStream()));
                RunResult result = engine.run();
                List<Event> events = engine.log().snapshot();
                Validator.requireValid(events);

                assertThat(result.exitCode()).isZero();
                assertThat(out.toString(StandardCharsets.UTF_8)).as("procs %d seed %d", procs, seed).isEqualTo(WANT);
                assertThat(events).as("the losers wait on Once's mutex")
                        .anyMatch(e -> e instanceof Event.GoBlock b && b.reason() == WaitReason.MUTEX_LOCK);
            }
        }
    }
}
