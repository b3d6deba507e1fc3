package dev.spindle.app.play;

import dev.spindle.lang.compile.Program;
import dev.spindle.runtime.Engine;
import dev.spindle.runtime.EngineConfig;
import dev.spindle.runtime.bridge.GoProgram;

/**
 * Makes an engine, not yet started, for a compiled program. The app uses the runtime's
 * VM bridge; tests may give scripted goroutines instead.
 */
@FunctionalInterface
public interface EngineFactory {

    Engine create(Program program, EngineConfig config);

    /** The same with the race detector on ({@code --race}); a factory that cannot detect races makes a plain engine. */
    default Engine createWithRaceDetector(Program program, EngineConfig config) {
        return create(program, config);
    }

    /** The real thing: the program's goroutines on the VM, scheduled by the engine. */
    static EngineFactory vm() {
        return new EngineFactory() {
            @Override
            public Engine create(Program program, EngineConfig config) {
                return GoProgram.engine(program, config);
            }

            @Override
            public Engine createWithRaceDetector(Program program, EngineConfig config) {
                return GoProgram.engine(program, config, new dev.spindle.trace.EventLog(), program.fileName());
            }
        };
    }
}
