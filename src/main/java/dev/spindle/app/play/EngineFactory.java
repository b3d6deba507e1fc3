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

    /** The real thing: the program's goroutines on the VM, scheduled by the engine. */
    static EngineFactory vm() {
        return GoProgram::engine;
    }
}
