package dev.spindle.runtime.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A schedule with thousands of decisions offers thousands of branches, each a prefix of it:
 * kept all, they grew with the square of the run's length, and exploring lesson 8 (100,000
 * goroutines) ended in an OutOfMemoryError. The search keeps only as many branches as it may
 * still run, and says it is incomplete.
 */
class ExplorerMemoryTest {

    @Test
    void aLongScheduleKeepsNoMoreBranchesThanTheSearchMayRun() throws InterruptedException {
        int runs = 5;
        Explorer e = new Explorer(ExploreFixtures.program("many_decisions"),
                new Explorer.Options(2, Strategy.EXHAUSTIVE, runs, 2, 1, 60_000));
        AtomicInteger most = new AtomicInteger();
        AtomicInteger schedules = new AtomicInteger();
        Explorer.Report r = e.run(rep -> {
            most.accumulateAndGet(e.pendingBranches(), Math::max);
            schedules.set(rep.schedules());
        });
        assertThat(r.outcomes()).extracting(f -> f.outcome().stdout()).containsOnly("2000\n");
        assertThat(r.schedules()).isEqualTo(runs);
        assertThat(r.complete()).isFalse();
        assertThat(r.summary(Strategy.EXHAUSTIVE)).startsWith("incomplete: stopped after 5 schedules");
        assertThat(most.get()).isBetween(1, runs - 1);
    }
}
