package dev.spindle.runtime.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spindle.lang.compile.Frontend;
import dev.spindle.runtime.Engine;
import dev.spindle.runtime.EngineConfig;
import dev.spindle.runtime.RunResult;
import dev.spindle.trace.Event;
import dev.spindle.trace.Validator;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Real Go programs, compiled by the front end and run by the VM on the engine. */
class GoOnEngineTest {

    private record Run(RunResult result, String stdout, String stderr, List<Event> events) {}

    private static Run run(String source, int procs, long seed) throws Exception {
        Frontend.Result r = Frontend.compile("prog.go", source);
        assertThat(r.errors()).isEmpty();
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        Engine engine = GoProgram.engine(r.program(), EngineConfig.of(procs, seed, out, err));
        RunResult result = engine.run();
        List<Event> events = engine.log().snapshot();
        Validator.requireValid(events);
        return new Run(result, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), events);
    }

    private static final String WORKERS = """
            package main

            import (
            	"fmt"
            	"sync"
            )

            func worker(id int, jobs <-chan int, results chan<- int, wg *sync.WaitGroup) {
            	defer wg.Done()
            	for j := range jobs {
            		sum := 0
            		for i := 0; i < j*1000; i++ {
            			sum += i % 7
            		}
            		results <- sum
            	}
            }

            func main() {
            	jobs := make(chan int)
            	results := make(chan int, 100)
            	var wg sync.WaitGroup
            	for w := 1; w <= 3; w++ {
            		wg.Add(1)
            		go worker(w, jobs, results, &wg)
            	}
            	for j := 1; j <= 12; j++ {
            		jobs <- j
            	}
            	close(jobs)
            	wg.Wait()
            	close(results)
            	total := 0
            	for s := range results {
            		total += s
            	}
            	fmt.Println("total", total)
            }
            """;

    @Test
    void workerPoolGivesTheSameAnswerOnOneAndTwoPs() throws Exception {
        Run one = run(WORKERS, 1, 1);
        Run two = run(WORKERS, 2, 1);
        assertThat(one.stdout()).isEqualTo("total 233947\n");
        assertThat(two.stdout()).isEqualTo(one.stdout());
        assertThat(two.result().exitCode()).isZero();
        assertThat(two.events()).anyMatch(e -> e.p() == 1);
    }

    @Test
    void sameSeedSameLogOnTwoPs() throws Exception {
        assertThat(run(WORKERS, 2, 5).events()).isEqualTo(run(WORKERS, 2, 5).events());
    }

    @Test
    void deadlockIsReportedAsGoDoes() throws Exception {
        Run r = run("""
                package main

                import "sync"

                func main() {
                	var wg sync.WaitGroup
                	var mu sync.Mutex
                	mu.Lock()
                	wg.Add(1)
                	go func() {
                		mu.Lock()
                		wg.Done()
                	}()
                	wg.Wait()
                }
                """, 1, 1);
        assertThat(r.result().exitCode()).isEqualTo(2);
        assertThat(r.stderr()).startsWith("fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [sync.WaitGroup.Wait]:\n");
        assertThat(r.stderr()).contains("goroutine 7 [sync.Mutex.Lock]:");
    }
}
