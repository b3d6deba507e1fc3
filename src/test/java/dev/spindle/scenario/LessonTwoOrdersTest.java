package dev.spindle.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Lesson 2's promise: "the two lines can come in either order: run it with another seed".
 * At the lesson's recommended cores, the seeds "Run with another seed" tries give both
 * orders (Output X and Output Y), the recommended seed among them, and "All goroutines
 * finished executing" is always last. Real engine runs, no JavaFX.
 */
class LessonTwoOrdersTest {
    private static final String FIRST = "Executing 1st goroutine";
    private static final String SECOND = "Executing 2nd goroutine";
    private static final String LAST = "All goroutines finished executing";

    @Test
    void anotherSeedAtTheRecommendedCoresGivesTheOtherOrder() throws Exception {
        Lesson lesson = Course.builtIn().lesson(2).orElseThrow();
        int cores = lesson.recommended().cores();
        assertThat(cores).isGreaterThanOrEqualTo(2);
        Map<Long, List<String>> outputs = new LinkedHashMap<>();
        List<Long> seeds = new java.util.ArrayList<>(List.of(lesson.recommended().seed()));
        seeds.addAll(lesson.compareSeeds());
        for (long seed : seeds) {
            LessonNarrationTest.Run run = LessonNarrationTest.onEngine(lesson, cores, seed);
            List<String> lines = run.out().lines().toList();
            assertThat(lines).as("seed " + seed).hasSize(3).last().isEqualTo(LAST);
            assertThat(lines.subList(0, 2)).as("seed " + seed).containsExactlyInAnyOrder(FIRST, SECOND);
            outputs.put(seed, lines);
        }
        assertThat(outputs.values()).as("outputs by seed at " + cores + " cores: " + outputs)
                .contains(List.of(FIRST, SECOND, LAST), List.of(SECOND, FIRST, LAST));
        // "Run with another seed" compares the recommended seed with the first listed seed that
        // differs: it must be among the first few, so that one click shows both orders.
        List<String> recommended = outputs.get(lesson.recommended().seed());
        long firstOther = lesson.compareSeeds().stream().filter(s -> !outputs.get(s).equals(recommended))
                .findFirst().orElseThrow();
        assertThat(lesson.compareSeeds().indexOf(firstOther)).isLessThan(3);
    }
}
