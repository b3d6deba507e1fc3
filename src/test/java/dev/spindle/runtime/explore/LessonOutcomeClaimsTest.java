package dev.spindle.runtime.explore;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spindle.scenario.Course;
import dev.spindle.scenario.Lesson;
import dev.spindle.scenario.LessonCompiler;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A lesson whose prediction says how many outcomes each choice allows (prediction.outcomes)
 * makes a claim the Outcomes panel checks in front of the student: the right answer's count
 * must be what an exhaustive search at the lesson's cores finds, or the panel would call the
 * right answer wrong.
 */
class LessonOutcomeClaimsTest {

    @Test
    void theRightAnswersOutcomeCountIsWhatTheExplorerFinds() throws Exception {
        List<Lesson> claiming = Course.builtIn().lessons().stream()
                .filter(l -> l.prediction() != null && !l.prediction().outcomes().isEmpty()).toList();
        assertThat(claiming).extracting(Lesson::number).contains(2, 21);
        for (Lesson l : claiming) {
            Explorer.Report r = ExplorerTest.explore(LessonCompiler.compile(l).program(), l.recommended().cores(),
                    Strategy.EXHAUSTIVE, 20_000);
            assertThat(r.complete()).as(l.label()).isTrue();
            assertThat(r.outcomes()).as(l.label()).hasSize(l.prediction().outcomesOf(l.prediction().answer()));
        }
    }

    @Test
    void howManyOutcomesFindsEveryOrderOfTheNamesWithAllDoneLast() throws Exception {
        Lesson l = Course.builtIn().lesson(21).orElseThrow();
        Explorer.Report r = ExplorerTest.explore(LessonCompiler.compile(l).program(), 2, Strategy.EXHAUSTIVE, 20_000);
        assertThat(ExplorerTest.outputs(r)).containsExactlyInAnyOrder(
                "Ann\nBob\nCid\nall done\n", "Ann\nCid\nBob\nall done\n", "Bob\nAnn\nCid\nall done\n",
                "Bob\nCid\nAnn\nall done\n", "Cid\nAnn\nBob\nall done\n", "Cid\nBob\nAnn\nall done\n");
    }
}
