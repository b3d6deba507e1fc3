package dev.spindle.app.play;

import dev.spindle.lang.compile.Program;
import dev.spindle.runtime.Engine;
import dev.spindle.runtime.EngineConfig;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * Reaches the runtime's VM bridge ({@code dev.spindle.runtime.bridge.GoProgram.engine}).
 *
 * <p>The bridge is being written by the engine's owner while this view is built; looking it
 * up by name lets the app compile before it lands and run programs as soon as it does. Until
 * then a Run reports plainly that this build cannot run Go code yet.
 */
final class VmBridge {
    private static final String CLASS = "dev.spindle.runtime.bridge.GoProgram";

    private VmBridge() {
    }

    static Engine engine(Program program, EngineConfig config) {
        MethodHandle h;
        try {
            Class<?> c = Class.forName(CLASS, true, VmBridge.class.getClassLoader());
            h = MethodHandles.publicLookup().findStatic(c, "engine",
                    MethodType.methodType(Engine.class, Program.class, EngineConfig.class));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("this build of Spindle has no engine bridge for Go programs yet");
        }
        try {
            return (Engine) h.invoke(program, config);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }
}
