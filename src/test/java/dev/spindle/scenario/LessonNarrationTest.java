package dev.spindle.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spindle.runtime.Engine;
import dev.spindle.runtime.EngineConfig;
import dev.spindle.runtime.RunResult;
import dev.spindle.runtime.bridge.GoProgram;
import dev.spindle.trace.Event;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each lesson's narration is actually told: run the program on the real engine with the
 * lesson's recommended cores and seed (the run the narration is written for), feed the
 * event log to a {@link NarrationMatcher}, and every step must be released, in order.
 */
class LessonNarrationTest {

    record Run(RunResult result, List<Event> events, String out, String err) {}

    static Run onEngine(Lesson lesson, int procs, long seed) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        var program = LessonCompiler.compile(lesson).program();
        // A lesson that asks for the race detector runs with it, as the window runs it.
        Engine engine = GoProgram.engine(program, EngineConfig.of(procs, seed, out, err), new dev.spindle.trace.EventLog(),
                lesson.has(dev.spindle.scenario.Tool.RACE_DETECTOR) ? program.fileName() : null);
        engine.start();
        RunResult r = engine.await(60_000);
        if (r == null) {
            engine.stop();
            r = engine.await();
        }
        return new Run(r, engine.log().snapshot(), out.toString(java.nio.charset.StandardCharsets.UTF_8), err.toString(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Every program: lesson number and program (variant) number from 1. */
    static Stream<org.junit.jupiter.params.provider.Arguments> lessons() throws Exception {
        return Course.builtIn().lessons().stream().flatMap(l -> l.programs().stream())
                .map(p -> org.junit.jupiter.params.provider.Arguments.of(p.number(), p.variant() + 1));
    }

    @ParameterizedTest(name = "lesson {0} program {1}")
    @MethodSource("lessons")
    void everyNarrationStepIsToldInTheRunItIsWrittenFor(int number, int variant) throws Exception {
        Lesson lesson = Course.builtIn().lesson(number).orElseThrow().programs().get(variant - 1);
        assertNarrationTold(lesson, lesson.recommended().cores(), lesson.recommended().seed());
    }

    /**
     * Whether the program is the racy one of a lesson run with the race detector: its narration
     * tells of the race (lesson 18's lost update; its fixes must run clean).
     */
    static boolean racy(Lesson lesson) {
        return lesson.has(dev.spindle.scenario.Tool.RACE_DETECTOR)
                && lesson.narration().stream().anyMatch(s -> s.when().event().equals("race"));
    }

    /** The exit status of the run a lesson is written for: a -race run that finds races exits 66. */
    static int expectedExit(Lesson lesson) {
        return racy(lesson) ? 66 : lesson.ending().exitCode();
    }

    /** Runs {@code lesson}'s program and checks that it ends as intended and tells every step, in order. */
    static Run assertNarrationTold(Lesson lesson, int procs, long seed) throws Exception {
        Run run = onEngine(lesson, procs, seed);
        assertThat(run.result().exitCode()).as(lesson.label() + " " + lesson.sourceName() + ", seed " + seed
                        + ", " + procs + " cores: exit\n" + run.out() + run.err())
                .isEqualTo(expectedExit(lesson));
        NarrationMatcher m = new NarrationMatcher(lesson.narration());
        m.feed(run.events());
        assertThat(m.told()).as(() -> lesson.label() + " " + lesson.sourceName() + ", seed " + seed + ", " + procs
                        + " cores: narration step " + (m.told() + 1) + " ("
                        + lesson.narration().get(Math.min(m.told(), lesson.narration().size() - 1)).when()
                        + ") never matched; events:\n" + digest(run.events()))
                .isEqualTo(lesson.narration().size());
        return run;
    }

    private static String digest(List<Event> events) {
        return events.stream().limit(400).map(Object::toString).collect(Collectors.joining("\n"));
    }
}
