package dev.spindle.runtime.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spindle.lang.compile.Frontend;
import dev.spindle.runtime.Engine;
import dev.spindle.runtime.EngineConfig;
import dev.spindle.trace.Event;
import dev.spindle.trace.Validator;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The seed stands for what varies between two runs of a Go program on a real machine (how
 * long an idle P takes to wake, who wins a race between two cores): different seeds give the
 * different interleavings Go allows, the same seed gives the same run byte for byte.
 */
class SeedInterleavingTest {

    /** Lesson 2 (resources/lessons/02-waitgroup/main.go): go run prints either order at GOMAXPROCS=2. */
    private static final String LESSON_2 = """
            package main

            import (
            	"fmt"
            	"sync"
            )

            func main() {
            	var wg sync.WaitGroup

            	wg.Add(1)
            	go func() {
            		defer wg.Done()
            		fmt.Println("Executing 1st goroutine")
            	}()

            	wg.Add(1)
            	go func() {
            		defer wg.Done()
            		fmt.Println("Executing 2nd goroutine")
            	}()

            	wg.Wait()
            	fmt.Println("All goroutines finished executing")
            }
            """;

    private record Run(String stdout, List<Event> events) {}

    private static Run run(int procs, long seed) throws InterruptedException {
        Frontend.Result r = Frontend.compile("main.go", LESSON_2);
        assertThat(r.errors()).isEmpty();
        var out = new ByteArrayOutputStream();
        Engine engine = GoProgram.engine(r.program(), EngineConfig.of(procs, seed, out, new ByteArrayOutputStream()));
        assertThat(engine.run().exitCode()).isZero();
        List<Event> events = engine.log().snapshot();
        Validator.requireValid(events);
        return new Run(out.toString(StandardCharsets.UTF_8), events);
    }

    private static final String FIRST_THEN_SECOND =
            "Executing 1st goroutine\nExecuting 2nd goroutine\nAll goroutines finished executing\n";
    private static final String SECOND_THEN_FIRST =
            "Executing 2nd goroutine\nExecuting 1st goroutine\nAll goroutines finished executing\n";

    /**
     * Real Go 1.19 at GOMAXPROCS=2 prints the 2nd goroutine first in most runs (issue 13: 97%;
     * 84% on a machine at load 19, see GoOddsTest): the idle P wakes too late to run the 1st.
     * Spindle's wake-up model gives the same odds over seeds, and the other order still occurs.
     */
    @Test
    void twoProcsShowBothOrdersAcrossSeedsTheSecondMostOftenAsInGo() throws InterruptedException {
        Map<String, Integer> seen = new HashMap<>();
        for (long seed = 1; seed <= 60; seed++) {
            seen.merge(run(2, seed).stdout(), 1, Integer::sum);
        }
        assertThat(seen.keySet()).containsExactlyInAnyOrder(FIRST_THEN_SECOND, SECOND_THEN_FIRST);
        assertThat(seen.get(SECOND_THEN_FIRST)).isBetween(45, 59);
    }

    @Test
    void oneProcIsGosOwnOrderForEverySeed() throws InterruptedException {
        for (long seed = 1; seed <= 5; seed++) {
            assertThat(run(1, seed).stdout()).isEqualTo(SECOND_THEN_FIRST); // runnext: the newest goroutine first
        }
    }

    @Test
    void theSameSeedGivesTheSameLogAndOutput() throws InterruptedException {
        for (long seed = 1; seed <= 6; seed++) {
            Run a = run(2, seed);
            Run b = run(2, seed);
            assertThat(b.events()).isEqualTo(a.events());
            assertThat(b.stdout()).isEqualTo(a.stdout());
        }
    }
}
