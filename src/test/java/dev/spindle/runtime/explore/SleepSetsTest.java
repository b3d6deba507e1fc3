package dev.spindle.runtime.explore;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spindle.lang.compile.Program;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Sleep sets skip orders of commuting operations; they must never skip an outcome. Each
 * program here has operations on objects of their own (two channels, two mutexes, a select
 * over two feeders), so the pruned search runs fewer schedules; its outcomes (stdout and
 * exit status) must be exactly those of the search that tries every order.
 */
class SleepSetsTest {

    private static Explorer.Report explore(String name, int procs, boolean prune) throws InterruptedException {
        Program p = ExploreFixtures.program(name);
        Explorer e = new Explorer(p, new Explorer.Options(procs, Strategy.EXHAUSTIVE, 200_000, 2, 2, 60_000));
        return (prune ? e : e.withoutSleepSets()).run(null);
    }

    private static Set<String> outcomes(Explorer.Report r) {
        return r.outcomes().stream().map(f -> f.outcome().exitCode() + ":" + f.outcome().stdout()).collect(Collectors.toSet());
    }

    private static void losesNothing(String name, int procs) throws InterruptedException {
        Explorer.Report every = explore(name, procs, false);
        Explorer.Report pruned = explore(name, procs, true);
        assertThat(every.complete()).isTrue();
        assertThat(pruned.complete()).isTrue();
        assertThat(outcomes(pruned)).as(name).isEqualTo(outcomes(every));
        assertThat(pruned.schedules()).as(name + ": schedules with sleep sets").isLessThan(every.schedules());
    }

    @Test
    void sendsOnTwoChannelsLoseNoOutcome() throws InterruptedException {
        losesNothing("two_channels", 2);
    }

    @Test
    void twoMutexesLoseNoOutcome() throws InterruptedException {
        losesNothing("two_locks", 2);
    }

    @Test
    void aSelectOverTwoFeedersLosesNoOutcome() throws InterruptedException {
        losesNothing("select_two_feeders", 2);
    }

    @Test
    void threeGoroutinesPrintingTwiceNeedAFractionOfTheSchedules() throws InterruptedException {
        // 134,501 schedules without sleep sets (measured when they came in); the 90 orders stay.
        Explorer.Report r = explore("three_by_two", 3, true);
        assertThat(r.complete()).isTrue();
        assertThat(r.outcomes()).hasSize(90);
        assertThat(r.schedules()).isLessThan(40_000);
    }
}
