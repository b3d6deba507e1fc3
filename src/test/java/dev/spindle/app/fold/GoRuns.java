package dev.spindle.app.fold;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spindle.app.play.Compiler;
import dev.spindle.runtime.EngineConfig;
import dev.spindle.runtime.bridge.GoProgram;
import dev.spindle.trace.Event;
import java.io.ByteArrayOutputStream;
import java.util.List;

/** Event logs recorded from real Go programs: compiled, run on the engine over the VM, validated. */
final class GoRuns {
    private GoRuns() {
    }

    static List<Event> run(String source, int procs, long seed) {
        Compiler.Result compiled = Compiler.compileNow("prog.go", source);
        assertThat(compiled.errors()).as("compile errors").isEmpty();
        EngineConfig config = EngineConfig.of(procs, seed, new ByteArrayOutputStream(), new ByteArrayOutputStream());
        return Recorded.logOf(GoProgram.engine(compiled.program(), config), 30_000);
    }

    /** The state after the whole log. */
    static RunState fold(List<Event> log) {
        return foldUntil(log, log.size());
    }

    /** The state after the first {@code n} events. */
    static RunState foldUntil(List<Event> log, int n) {
        RunState s = new RunState();
        for (int i = 0; i < n; i++) {
            s.apply(log.get(i));
        }
        return s;
    }

    /** The line number (1-based) of the first source line containing {@code text}. */
    static int lineOf(String source, String text) {
        List<String> lines = source.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line contains " + text);
    }
}
