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

/** Real Go programs, compiled by the front end and run by the VM on the engine. */
class GoOnEngineTest {

    private record Run(RunResult result, String stdout, String stderr, List<Event> events) {}

    private static Run run(String source, int procs, long seed) throws Exception {
        return run("prog.go", source, procs, seed);
    }

    private static Run run(String fileName, String source, int procs, long seed) throws Exception {
        Frontend.Result r = Frontend.compile(fileName, source);
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

    /*
     * sync.Once.Do as Go promises it: f runs once, and no call to Do returns before f has
     * returned, so a goroutine that loses the race waits (Go's wait reason sync.Mutex.Lock, on
     * Once's mutex). Expected output from Go 1.19.
     */
    private static final String ONCE_RACE = """
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

    private static final String ONCE_WANT = """
            config: loaded
            config: loaded
            config: loaded
            inner
            outer
            done
            """;

    @Test
    void concurrentOnceDoCallsWaitUntilFReturns() throws Exception {
        for (int procs = 1; procs <= 3; procs++) {
            for (long seed = 1; seed <= 3; seed++) {
                Run run = run(ONCE_RACE, procs, seed);

                assertThat(run.result().exitCode()).isZero();
                assertThat(run.stdout()).as("procs %d seed %d", procs, seed).isEqualTo(ONCE_WANT);
                assertThat(run.events()).as("the losers wait on Once's mutex")
                        .anyMatch(e -> e instanceof Event.GoBlock b && b.reason() == WaitReason.MUTEX_LOCK);
            }
        }
    }

    @Test
    void aDeadlockReportNamesTheProgramsFileEverywhere() throws Exception {
        Run r = run("lonely.go", """
                package main

                import "sync"

                func main() {
                	var mu sync.Mutex
                	var wg sync.WaitGroup
                	mu.Lock()
                	wg.Add(1)
                	go func() {
                		defer wg.Done()
                		mu.Lock()
                	}()
                	wg.Wait()
                }
                """, 2, 1);
        assertThat(r.stderr()).startsWith("fatal error: all goroutines are asleep - deadlock!");
        // main at wg.Wait, the goroutine at its Lock, and the go statement: all in lonely.go.
        assertThat(r.stderr()).contains("\tlonely.go:14", "\tlonely.go:12", "created by main.main in goroutine 1\n\tlonely.go:10 +0x0")
                .doesNotContain("prog.go");
    }

    @Test
    void aOnceWhoseFPanickedIsDoneForTheOtherGoroutinesAsInGo() throws Exception {
        // Go 1.19 prints the same: the recovered panic leaves the Once done, and a later Do in
        // another goroutine returns without calling its f (no deadlock, as there was before).
        String program = """
                package main

                import (
                	"fmt"
                	"sync"
                )

                func main() {
                	var once sync.Once
                	var wg sync.WaitGroup
                	wg.Add(1)
                	go func() {
                		defer wg.Done()
                		defer func() { fmt.Println("recovered:", recover()) }()
                		once.Do(func() { panic("boom") })
                	}()
                	wg.Wait()
                	wg.Add(1)
                	go func() {
                		defer wg.Done()
                		once.Do(func() { fmt.Println("second") })
                		fmt.Println("other goroutine passed Do")
                	}()
                	wg.Wait()
                	once.Do(func() { fmt.Println("third") })
                	fmt.Println("ok")
                }
                """;
        for (int procs = 1; procs <= 2; procs++) {
            Run r = run(program, procs, 1);
            assertThat(r.stderr()).as("procs " + procs).isEmpty();
            assertThat(r.stdout()).as("procs " + procs).isEqualTo("recovered: boom\nother goroutine passed Do\nok\n");
        }
    }
}
