package dev.spindle.app.fold;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spindle.trace.Event;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Snapshots share finished goroutines with the head (they never change after GoEnd): seeking
 * back to any point must still show every goroutine exactly as a fold from the start does,
 * including goroutines that were alive at a snapshot and ended after it.
 */
class SnapshotSharingTest {
    private static final String MANY = """
            package main

            import (
            	"fmt"
            	"sync"
            )

            func main() {
            	var wg sync.WaitGroup
            	results := make(chan int, 4)
            	for i := 0; i < 200; i++ {
            		wg.Add(1)
            		go func() {
            			defer wg.Done()
            			results <- i * i
            		}()
            		if i%4 == 3 {
            			for j := 0; j < 4; j++ {
            				<-results
            			}
            		}
            	}
            	wg.Wait()
            	fmt.Println("done")
            }
            """;

    @Test
    void seekingBackShowsEveryGoroutineAsAFoldFromTheStart() {
        List<Event> log = GoRuns.run(MANY, 2, 3);
        assertThat(log.size()).as("long enough for several snapshots").isGreaterThan(4 * Timeline.BASE_INTERVAL);
        Timeline t = new Timeline(256);
        t.append(log);
        for (int n = 0; n <= log.size(); n += 37) {
            RunState seek = t.stateAt(n);
            RunState fold = Timeline.fold(log, n);
            assertThat(seek.goroutines()).hasSameSizeAs(fold.goroutines());
            for (Goroutine want : fold.goroutines()) {
                Goroutine got = seek.goroutine(want.id());
                assertThat(List.of(got.status(), got.line(), got.since(), String.valueOf(got.reason())))
                        .as("G%d after %d events", want.id(), n)
                        .isEqualTo(List.of(want.status(), want.line(), want.since(), String.valueOf(want.reason())));
            }
            assertThat(seek.done()).isEqualTo(fold.done());
        }
    }
}
