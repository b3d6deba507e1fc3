package dev.spindle.app.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spindle.app.play.Compiler;
import dev.spindle.runtime.Engine;
import dev.spindle.runtime.EngineConfig;
import dev.spindle.runtime.RunResult;
import dev.spindle.runtime.bridge.GoProgram;
import dev.spindle.scenario.Course;
import dev.spindle.scenario.Lesson;
import dev.spindle.trace.Event;
import dev.spindle.trace.Validator;
import java.io.ByteArrayOutputStream;
import java.util.List;

/** Logs of the course's programs, run on the engine with the lesson's cores and seed, validated. */
final class LessonRuns {
    private LessonRuns() {
    }

    static Lesson lesson(int n) {
        try {
            return Course.builtIn().lesson(n).orElseThrow();
        } catch (dev.spindle.scenario.LessonException e) {
            throw new AssertionError(e);
        }
    }

    static List<Event> log(Lesson lesson) {
        return log(lesson.source(), lesson.recommended().cores(), lesson.recommended().seed());
    }

    static List<Event> log(String source, int procs, long seed) {
        Compiler.Result compiled = Compiler.compileNow("main.go", source);
        assertThat(compiled.errors()).as("compile errors").isEmpty();
        EngineConfig config = EngineConfig.of(procs, seed, new ByteArrayOutputStream(), new ByteArrayOutputStream());
        Engine engine = GoProgram.engine(compiled.program(), config);
        try {
            engine.start();
            RunResult r = engine.await(30_000);
            assertThat(r).as("run finished").isNotNull();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
        List<Event> log = engine.log().snapshot();
        Validator.requireValid(log);
        return log;
    }

    static History history(List<Event> log) {
        History h = new History();
        h.catchUp(log);
        return h;
    }
}
