package dev.spindle.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Lesson 15 is a gallery of the classic deadlocks: each program ends with Go's report, under
 * several seeds and core counts, with the goroutine that Go's dump names first in the state
 * Go names, and its narration told to the end in every one of those runs.
 */
class DeadlockGalleryTest {
    private static Lesson deadlocks;

    @BeforeAll
    static void load() throws Exception {
        deadlocks = Course.builtIn().lesson(15).orElseThrow();
    }

    @Test
    void theFiveClassicsInOrder() {
        assertThat(deadlocks.variants()).extracting(Variant::title).containsExactly(
                "Lock order", "Send, no receiver", "range, never closed", "One Done missing", "Lock twice");
        assertThat(deadlocks.variants()).extracting(Variant::sourceName).containsExactly(
                "lock-order.go", "send-no-receiver.go", "range-never-closed.go", "missing-done.go", "lock-twice.go");
        // Opening the lesson shows the first program; each variant keeps the lesson's key (one progress mark).
        assertThat(deadlocks.sourceName()).isEqualTo("lock-order.go");
        assertThat(deadlocks.variant(3).key()).isEqualTo("15-deadlocks");
        assertThat(deadlocks.variant(3).source()).contains("return // forgot wg.Done()");
        assertThat(deadlocks.variant(3).narration()).isEqualTo(deadlocks.variants().get(3).narration());
    }

    /** What goroutine 1 waits on in Go's dump, and a line of output the run must print before it. */
    private static final List<String> MAIN_WAITS = List.of(
            "sync.WaitGroup.Wait", "chan send", "chan receive", "sync.WaitGroup.Wait", "sync.Mutex.Lock");
    private static final List<String> PRINTS = List.of(
            "", "", "got 1\ngot 2\ngot 3\n", "worker 2 returns early", "balance 10\n");
    /** Each program's last line, which a deadlock never lets it print. */
    private static final List<String> LAST = List.of(
            "everybody ate", "received 42", "done", "all workers done", "balance 20");

    static Stream<Arguments> runs() throws Exception {
        List<Arguments> runs = new ArrayList<>();
        for (int v = 1; v <= 5; v++) {
            for (long[] sp : new long[][] {{1, 2}, {2, 1}, {3, 4}, {7, 3}, {11, 2}}) {
                runs.add(Arguments.of(v, sp[0], (int) sp[1]));
            }
        }
        return runs.stream();
    }

    @ParameterizedTest(name = "program {0}, seed {1}, {2} cores")
    @MethodSource("runs")
    void endsWithGosReportAndTellsItsStory(int variant, long seed, int procs) throws Exception {
        Lesson program = deadlocks.variant(variant - 1);
        LessonNarrationTest.Run run = LessonNarrationTest.assertNarrationTold(program, procs, seed);
        assertThat(run.err()).startsWith("fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 ["
                + MAIN_WAITS.get(variant - 1) + "]:\n");
        assertThat(run.out()).contains(PRINTS.get(variant - 1));
        assertThat(run.out().lines()).doesNotContain(LAST.get(variant - 1));
    }
}
