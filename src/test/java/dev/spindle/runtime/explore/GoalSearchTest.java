package dev.spindle.runtime.explore;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spindle.lang.compile.Program;
import dev.spindle.runtime.Engine;
import dev.spindle.runtime.EngineConfig;
import dev.spindle.runtime.RunResult;
import dev.spindle.runtime.Schedule;
import dev.spindle.runtime.bridge.GoProgram;
import dev.spindle.scenario.Course;
import dev.spindle.scenario.EventPattern;
import dev.spindle.scenario.Goal;
import dev.spindle.scenario.Lesson;
import dev.spindle.scenario.LessonCompiler;
import dev.spindle.trace.Event;
import dev.spindle.trace.EventLog;
import java.io.OutputStream;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every "You schedule" level's goal is reachable: the explorer's shortest-first search finds
 * a decision list for it at the level's cores, and replaying that list (its token, as
 * {@code spindle run --schedule} would) reaches the goal again.
 */
class GoalSearchTest {

    static Stream<Integer> levels() throws Exception {
        return Course.builtIn().lessons().stream().filter(l -> l.goal() != null).map(Lesson::number);
    }

    @Test
    void theCourseHasAtLeastFiveLevels() throws Exception {
        assertThat(levels().count()).isGreaterThanOrEqualTo(5);
    }

    @ParameterizedTest(name = "lesson {0}")
    @MethodSource("levels")
    void eachLevelsGoalIsReachableAndItsDecisionsReplay(int number) throws Exception {
        Lesson lesson = Course.builtIn().lesson(number).orElseThrow();
        Program program = LessonCompiler.compile(lesson).program();
        int procs = lesson.recommended().cores();
        GoalSearch.Result r = new GoalSearch(program, procs, lesson.goal()::reachedBy, 5_000).run();
        assertThat(r.found()).as(lesson.label() + ": " + lesson.goal() + " after " + r.runs() + " runs").isTrue();
        assertThat(r.labels()).hasSize(r.schedule().choices().length);
        Schedule replayed = Schedule.parse(r.schedule().token());
        assertThat(lesson.goal().reachedBy(run(program, replayed))).as(replayed.token()).isTrue();
    }

    @Test
    void theTwoOrdersNeedAChoiceAndTheFirstRunThatReachesTheGoalIsTheShortest() throws Exception {
        Lesson lesson = Course.builtIn().lesson(23).orElseThrow();
        Program program = LessonCompiler.compile(lesson).program();
        GoalSearch.Result r = new GoalSearch(program, 2, lesson.goal()::reachedBy, 5_000).run();
        // The free model's default order (option 0 everywhere) prints the 1st first: at least one decision is needed.
        assertThat(lesson.goal().reachedBy(run(program, new Schedule(2, dev.spindle.runtime.Chooser.Model.FREE, 1, new int[0]))))
                .isFalse();
        int[] found = r.schedule().choices();
        assertThat(found).isNotEmpty();
        // No schedule with fewer decisions reaches it: every shorter prefix (option 0 after it) fails.
        for (int n = 0; n < found.length; n++) {
            for (int[] shorter : prefixes(n, 3)) {
                assertThat(lesson.goal().reachedBy(run(program, new Schedule(2, dev.spindle.runtime.Chooser.Model.FREE, 1, shorter))))
                        .as(java.util.Arrays.toString(shorter)).isFalse();
            }
        }
    }

    @Test
    void aGoalNoScheduleReachesIsSaidToBeUnreachableOnceTheTreeIsWalked() throws Exception {
        Lesson lesson = Course.builtIn().lesson(22).orElseThrow();
        Program program = LessonCompiler.compile(lesson).program();
        Goal never = new Goal(List.of(EventPattern.parse("print text~\"balance 30\"")), "impossible");
        GoalSearch.Result r = new GoalSearch(program, 2, never::reachedBy, 5_000).run();
        assertThat(r.found()).isFalse();
        assertThat(r.complete()).isTrue();
        assertThat(r.runs()).isGreaterThan(1);
    }

    /** Every list of {@code n} decisions with options below {@code options}. */
    private static List<int[]> prefixes(int n, int options) {
        List<int[]> out = new java.util.ArrayList<>();
        int total = (int) Math.pow(options, n);
        for (int k = 0; k < total; k++) {
            int[] p = new int[n];
            int v = k;
            for (int i = 0; i < n; i++) {
                p[i] = v % options;
                v /= options;
            }
            out.add(p);
        }
        return out;
    }

    private static List<Event> run(Program program, Schedule schedule) throws InterruptedException {
        EventLog log = new EventLog();
        Engine engine = GoProgram.engine(program, EngineConfig.of(schedule.procs(), schedule.seed(),
                OutputStream.nullOutputStream(), OutputStream.nullOutputStream()), log, schedule, schedule.chooser());
        engine.start();
        RunResult result = engine.await(30_000);
        assertThat(result).isNotNull();
        return log.snapshot();
    }
}
