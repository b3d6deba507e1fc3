package dev.spindle.runtime.explore;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spindle.lang.compile.Program;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Go's odds by default, and everything Go does within what the explorer finds.
 *
 * <p>Real Go's outcomes, as measured: each program of src/test/resources/explore built with
 * go1.19.8 linux/amd64 ({@code GO111MODULE=off go build}) and run 300 times with
 * {@code GOMAXPROCS=2}, stdout and stderr together, counted with {@code sort | uniq -c}, on
 * the 2-core build machine at load average 19 (eight engineers compiling). Counts out of 300
 * below. Under less load the rare orders are rarer still (issue 13 measured lesson 2 at
 * 97% / 3%), which only widens the gap the test relies on.
 */
class GoOddsTest {

    /** Program name to real Go's outcomes (stdout) and how many of 300 runs printed each. */
    static final Map<String, Map<String, Integer>> GO = Map.of(
            "two_printers", Map.of("second\nfirst\ndone\n", 253, "first\nsecond\ndone\n", 47),
            "lost_update", Map.of("1\n", 286, "2\n", 14),
            "main_exits", Map.of("goroutine\nmain\n", 257, "main\n", 42, "main\ngoroutine\n", 1),
            "three_senders", Map.of("3 1 2\n", 293, "1 2 3\n", 4, "3 2 1\n", 3),
            "buffered_writers", Map.of("b a\n", 294, "a b\n", 6),
            "select_ready", Map.of("a\n", 150, "b\n", 150));

    @ParameterizedTest
    @ValueSource(strings = {"two_printers", "lost_update", "main_exits", "three_senders", "buffered_writers"})
    void overSeedsOneToTwoHundredTheMostFrequentOutcomeIsGos(String name) throws InterruptedException {
        Explorer.Report r = ExplorerTest.explore(ExploreFixtures.program(name), 2, Strategy.RANDOM, 200);
        assertThat(r.schedules()).isEqualTo(200);
        String goMost = GO.get(name).entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        assertThat(r.outcomes().getFirst().outcome().stdout()).as(name + ": " + r.outcomes()).isEqualTo(goMost);
    }

    @ParameterizedTest
    @ValueSource(strings = {"two_printers", "lost_update", "main_exits", "three_senders", "buffered_writers", "select_ready"})
    void theExhaustiveSetContainsEveryOutcomeGoPrinted(String name) throws InterruptedException {
        Program p = ExploreFixtures.program(name);
        Explorer.Report r = ExplorerTest.explore(p, 2, Strategy.EXHAUSTIVE, 100_000);
        assertThat(r.complete()).isTrue();
        Set<String> found = r.outcomes().stream().map(f -> f.outcome().stdout()).collect(Collectors.toSet());
        assertThat(found).containsAll(GO.get(name).keySet());
    }

    @ParameterizedTest
    @ValueSource(strings = {"three_senders"})
    void threeSendersCanArriveInAnyOrder(String name) throws InterruptedException {
        Explorer.Report r = ExplorerTest.explore(ExploreFixtures.program(name), 2, Strategy.EXHAUSTIVE, 100_000);
        assertThat(r.outcomes().stream().map(f -> f.outcome().stdout()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("1 2 3\n", "1 3 2\n", "2 1 3\n", "2 3 1\n", "3 1 2\n", "3 2 1\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"select_ready"})
    void aSelectWithTwoReadyCasesTakesEachAboutHalfTheTime(String name) throws InterruptedException {
        Explorer.Report r = ExplorerTest.explore(ExploreFixtures.program(name), 2, Strategy.RANDOM, 200);
        assertThat(r.outcomes()).hasSize(2).allSatisfy(f -> assertThat(f.count()).isBetween(70, 130));
    }
}
