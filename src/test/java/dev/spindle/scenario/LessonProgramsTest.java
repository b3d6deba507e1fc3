package dev.spindle.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every lesson's program runs to its intended end (exit 0, or the panic or deadlock it is
 * about) under its recommended settings and other seeds and core counts, on the M:N engine.
 */
class LessonProgramsTest {
    /** 100,000 goroutines: run once, at the recommended settings, to keep the suite quick. */
    private static final Set<Integer> HEAVY = Set.of(8);

    private static Course course;

    @BeforeAll
    static void load() throws Exception {
        course = Course.builtIn();
    }

    record Outcome(int exit, String out, String err) {}

    static Outcome run(Lesson lesson, long seed, int procs) throws Exception {
        LessonNarrationTest.Run r = LessonNarrationTest.onEngine(lesson, procs, seed);
        return new Outcome(r.result().exitCode(), r.out(), r.err());
    }

    static Stream<Arguments> runs() throws Exception {
        List<Arguments> runs = new ArrayList<>();
        for (Lesson l : Course.builtIn().lessons()) {
            // Every program of a gallery lesson (each variant), numbered from 1 as the buttons are.
            for (Lesson p : l.programs()) {
                int v = p.variant() + 1;
                runs.add(Arguments.of(l.number(), v, p.recommended().seed(), p.recommended().cores()));
                if (!HEAVY.contains(l.number())) {
                    runs.add(Arguments.of(l.number(), v, 2L, 1));
                    runs.add(Arguments.of(l.number(), v, 3L, 4));
                }
            }
        }
        return runs.stream();
    }

    @ParameterizedTest(name = "lesson {0} program {1}, seed {2}, {3} cores")
    @MethodSource("runs")
    void runsToItsIntendedEnd(int number, int variant, long seed, int procs) throws Exception {
        Lesson lesson = course.lesson(number).orElseThrow().programs().get(variant - 1);
        Outcome o = run(lesson, seed, procs);
        assertThat(o.exit()).as(lesson.label() + " " + lesson.sourceName() + "\nstdout:\n" + o.out() + "\nstderr:\n" + o.err())
                .isEqualTo(LessonNarrationTest.expectedExit(lesson));
        if (LessonNarrationTest.racy(lesson)) {
            assertThat(o.err()).startsWith("==================\nWARNING: DATA RACE\n").endsWith(" data race(s)\n");
            return;
        }
        switch (lesson.ending()) {
            case NORMALLY -> assertThat(o.err()).isEmpty();
            case PANIC -> assertThat(o.err()).startsWith("panic: ");
            case DEADLOCK -> assertThat(o.err()).startsWith("fatal error: all goroutines are asleep - deadlock!");
        }
    }

    @ParameterizedTest(name = "lesson 2, seed {0}")
    @MethodSource("seeds")
    void lessonTwoAlwaysEndsWithItsLastLine(long seed) throws Exception {
        Outcome o = run(course.lesson(2).orElseThrow(), seed, 2);
        assertThat(o.out().lines().toList()).hasSize(3)
                .contains("Executing 1st goroutine", "Executing 2nd goroutine")
                .last().isEqualTo("All goroutines finished executing");
    }

    static Stream<Long> seeds() {
        return Stream.of(1L, 2L, 3L, 4L);
    }
}
