package dev.spindle.app.fold;

import static dev.spindle.app.fold.GoRuns.fold;
import static dev.spindle.app.fold.GoRuns.lineOf;
import static dev.spindle.app.fold.GoRuns.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.spindle.trace.Event;
import dev.spindle.trace.ObjectRef;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The view model folded from logs of real Go programs (compiled and run on the engine): where
 * each goroutine is in the code, what the screen calls each WaitGroup, channel and mutex, and
 * which values sit in a channel's buffer.
 */
class GoProgramsFoldTest {

    /** Two workers end up parked in their range loop, main in wg.Wait: a deadlock that freezes everyone on a known line. */
    static final String STUCK_WORKERS = """
            package main

            import "sync"

            func worker(jobs chan int, wg *sync.WaitGroup) {
            	defer wg.Done()
            	for j := range jobs {
            		_ = j
            	}
            }

            func main() {
            	var wg sync.WaitGroup
            	jobs := make(chan int, 4)
            	for i := 0; i < 2; i++ {
            		wg.Add(1)
            		go worker(jobs, &wg)
            	}
            	jobs <- 10
            	jobs <- 20
            	wg.Wait()
            }
            """;

    /** One goroutine returns from the middle of its function, one runs off its end; main waits for both. */
    static final String RETURNS = """
            package main

            import "sync"

            func early(wg *sync.WaitGroup, n int) int {
            	if n > 0 {
            		wg.Done()
            		return n * 2
            	}
            	return 0
            }

            func late(wg *sync.WaitGroup) {
            	defer wg.Done()
            	_ = 1
            }

            func main() {
            	var wg sync.WaitGroup
            	wg.Add(2)
            	go early(&wg, 3)
            	go late(&wg)
            	wg.Wait()
            }
            """;

    @Test
    void aGoroutinesEndCarriesTheLineWhereItReturned() {
        List<Event> log = run(RETURNS, 2, 1);
        Map<Long, String> function = new java.util.HashMap<>();
        Map<String, Integer> ends = new java.util.HashMap<>();
        for (Event e : log) {
            if (e instanceof Event.GoCreate c) {
                function.put(c.g(), c.function());
            } else if (e instanceof Event.GoEnd end) {
                ends.put(function.get(end.g()), end.line());
            }
        }
        assertThat(ends).isEqualTo(Map.of(
                "main.main", lineOf(RETURNS, "wg.Wait()") + 1,
                "main.early", lineOf(RETURNS, "return n * 2"),
                "main.late", lineOf(RETURNS, "_ = 1") + 1));
    }

    @Test
    void everyGoroutineIsMarkedOnTheLineItIsParkedAt() {
        List<Event> log = run(STUCK_WORKERS, 2, 1);
        RunState s = fold(log);
        assertThat(s.crash()).contains("all goroutines are asleep");
        int range = lineOf(STUCK_WORKERS, "for j := range jobs");
        int wait = lineOf(STUCK_WORKERS, "wg.Wait()");
        assertThat(s.goroutine(1).line()).isEqualTo(wait);
        assertThat(s.goroutine(7).line()).isEqualTo(range);
        assertThat(s.goroutine(8).line()).isEqualTo(range);
        assertThat(s.linesOfLive()).isEqualTo(Map.of(wait, List.of(1L), range, List.of(7L, 8L)));
    }

    @Test
    void theMarkerFollowsTheGoroutineThroughItsOperations() {
        String src = STUCK_WORKERS;
        List<Event> log = run(src, 1, 1);
        // Replay and note main's line right after each of its operations.
        RunState s = new RunState();
        java.util.List<Integer> mainLines = new java.util.ArrayList<>();
        for (Event e : log) {
            s.apply(e);
            if (e.g() == 1 && (e instanceof Event.ChanMake || e instanceof Event.WaitGroupAdd || e instanceof Event.ChanSend
                    || e instanceof Event.GoBlock)) {
                mainLines.add(s.goroutine(1).line());
            }
        }
        assertThat(mainLines).containsExactly(
                lineOf(src, "jobs := make"),
                lineOf(src, "wg.Add(1)"),
                lineOf(src, "wg.Add(1)"),
                lineOf(src, "jobs <- 10"),
                lineOf(src, "jobs <- 20"),
                lineOf(src, "wg.Wait()"));
    }

    @Test
    void theSameRunGivesTheSameLogLinesAndValuesIncluded() {
        assertThat(run(STUCK_WORKERS, 2, 5)).isEqualTo(run(STUCK_WORKERS, 2, 5));
    }

    @Test
    void objectsAreTitledWithTheirVariableNamesAndTwinsAreNumbered() {
        String src = """
                package main

                import (
                	"fmt"
                	"sync"
                )

                type counter struct {
                	mu sync.Mutex
                	n  int
                }

                var done sync.WaitGroup

                func first() {
                	var wg sync.WaitGroup
                	wg.Add(1)
                	go func() { defer wg.Done() }()
                	wg.Wait()
                }

                func second() {
                	var wg sync.WaitGroup
                	wg.Add(1)
                	go func() { defer wg.Done() }()
                	wg.Wait()
                }

                func main() {
                	first()
                	second()
                	c := counter{}
                	c.mu.Lock()
                	c.n++
                	c.mu.Unlock()
                	results := make(chan int, 1)
                	done.Add(1)
                	go func() {
                		defer done.Done()
                		results <- c.n
                	}()
                	done.Wait()
                	fmt.Println(<-results)
                }
                """;
        List<Event> log = run(src, 2, 1);
        RunState s = fold(log);
        assertThat(s.waitGroups()).extracting(WaitGroupInfo::name).containsExactly("wg", "wg (2)", "done");
        assertThat(s.channels()).extracting(ChannelInfo::name).containsExactly("results");
        ObjectRef mu = log.stream().filter(e -> e instanceof Event.MutexLock).map(e -> ((Event.MutexLock) e).mutex())
                .findFirst().orElseThrow();
        assertThat(s.labels().of(mu)).isEqualTo("mu");
        // A room is titled with the label too: replay up to main parking in the second Wait.
        RunState mid = new RunState();
        for (Event e : log) {
            mid.apply(e);
            if (e instanceof Event.GoBlock b && b.g() == 1 && b.object() != null && "wg".equals(b.object().name())
                    && b.object().id() == 2) {
                break;
            }
        }
        assertThat(mid.rooms()).extracting(Room::title).contains("sync.WaitGroup.Wait · wg (2)");
    }

    @Test
    void bufferSlotsHoldTheValuesInOrderHeadFirst() {
        String src = """
                package main

                import (
                	"fmt"
                	"sync"
                )

                type job struct {
                	id   int
                	name string
                }

                func main() {
                	results := make(chan int, 3)
                	results <- 1
                	results <- 22
                	results <- 333
                	fmt.Println(<-results)
                	results <- 4444
                	words := make(chan string, 2)
                	words <- "a rather long string value"
                	jobs := make(chan job, 2)
                	jobs <- job{7, "build"}
                	var wg sync.WaitGroup
                	wg.Add(1)
                	wg.Wait()
                }
                """;
        RunState s = fold(run(src, 1, 1));
        Map<String, ChannelInfo> byName = new java.util.HashMap<>();
        s.channels().forEach(c -> byName.put(c.name(), c));
        assertThat(byName.get("results").buffer()).containsExactly("22", "333", "4444");
        assertThat(byName.get("results").len()).isEqualTo(3);
        assertThat(byName.get("words").buffer()).containsExactly("a rather lo…");
        assertThat(byName.get("jobs").buffer()).containsExactly("{7 build}");
    }

    @Test
    void aReceiveFromAParkedSenderRefillsTheSlotWithTheSendersValue() {
        String src = """
                package main

                import (
                	"fmt"
                	"time"
                )

                func main() {
                	ch := make(chan int, 1)
                	ch <- 1
                	go func() { ch <- 2 }()
                	go func() { ch <- 3 }()
                	time.Sleep(time.Millisecond) // both senders park: the buffer is full
                	for i := 0; i < 2; i++ {
                		fmt.Println("got", <-ch)
                	}
                	select {}
                }
                """;
        List<Event> log = run(src, 1, 1);
        RunState s = fold(log);
        // Each receive takes the head and the first parked sender's value moves into the buffer
        // (G8 ran first: it was in runnext), so after two receives G7's 2 is left.
        assertThat(s.console()).extracting(ConsoleLine::text).startsWith("got 1", "got 3");
        assertThat(s.channels().getFirst().buffer()).containsExactly("2");
        String text = EventText.of(log.stream().filter(e -> e instanceof Event.ChanSend).findFirst().orElseThrow(),
                s.labels()::of);
        assertThat(text).isEqualTo("G1 sent 1 on ch (len 1)");
    }
}
