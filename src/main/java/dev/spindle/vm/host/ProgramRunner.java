package dev.spindle.vm.host;

import dev.spindle.lang.compile.Program;
import dev.spindle.vm.Machine;
import dev.spindle.vm.StdlibLinker;
import java.io.IOException;
import java.io.OutputStream;

/** Runs a compiled program on the simple host, as {@code go run} runs it. */
public final class ProgramRunner {
    private ProgramRunner() {}

    /** The deepest call stack allowed (Go's 1 GB stack limit, in frames). */
    public static final int MAX_FRAMES = 1_000_000;

    /** Runs the program; returns its exit status. */
    public static int run(Program program, long seed, int procs, OutputStream stdout, OutputStream stderr) throws IOException {
        Machine m = new Machine(program, seed, new StdlibLinker(), MAX_FRAMES);
        SimpleHost host = new SimpleHost(m, stdout, stderr, procs, Runtime.getRuntime().availableProcessors());
        return host.run();
    }
}
