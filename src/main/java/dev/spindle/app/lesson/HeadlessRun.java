package dev.spindle.app.lesson;

import dev.spindle.lang.compile.Program;
import dev.spindle.runtime.EngineConfig;
import dev.spindle.runtime.RunResult;
import dev.spindle.runtime.bridge.GoProgram;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Runs a lesson's program flat out on the engine without showing it: for "Run with another
 * seed" (two outputs side by side) and for the kitchen chart (wall time per core count).
 * Never on the FX thread: callers go through {@link #EXECUTOR}.
 */
record HeadlessRun(int exitCode, String stdout, String stderr, long wallNanos) {

    /** One daemon thread: runs queue up instead of fighting each other for the cores they measure. */
    static final ExecutorService EXECUTOR = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "spindle-lesson-runs");
        t.setDaemon(true);
        return t;
    });

    static HeadlessRun run(Program program, int procs, long seed) throws InterruptedException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        RunResult r = GoProgram.engine(program, EngineConfig.of(procs, seed, out, err)).run();
        return new HeadlessRun(r.exitCode(), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8),
                r.wallNanos());
    }

    /** What a student reads: stdout, then stderr if any. */
    String text() {
        return stderr.isEmpty() ? stdout : stdout + stderr;
    }
}
