package dev.spindle.vm;

import dev.spindle.lang.compile.FuncProto;
import dev.spindle.vm.jit.FunctionCompiler;
import java.lang.invoke.MethodHandles;

/**
 * Where the interpreter hands a frame to its compiled code ({@link dev.spindle.vm.jit}): when
 * the interpreter (re-)enters a frame, a function that has been entered often enough is
 * compiled once, and from then on its frames run compiled from every point where they can be
 * resumed. {@code -Dspindle.jit=off|on|all}: off never compiles, all compiles every function
 * at its first entry (the tests' setting), on (the default) compiles hot functions.
 */
final class JitGate {
    private JitGate() {}

    /** 0 off, 1 on, 2 all. Not final so that the tier's tests can compare both in one JVM. */
    static int mode = switch (System.getProperty("spindle.jit", "on")) {
        case "off" -> 0;
        case "all" -> 2;
        default -> 1;
    };

    /** Entries (calls, returns into it) before a function is compiled in mode on. */
    private static final int HOT = 200;
    /** What a resumption counts for: a frame resumed after a budget stop has run a whole slice. */
    private static final int RESUMED = 50;

    /** {@link Compiled#run}'s answer when it did not run anything. */
    static final Object DECLINED = new Object();

    /** Stands for a function that cannot be compiled (an instruction the compiler does not cover). */
    private static final Compiled NEVER = new Compiled() {
        @Override
        Object run(Goroutine g, Frame f, long budget, int depth) {
            return DECLINED;
        }
    };

    /** {@link Compiled#run}'s answer to a compiled caller when the frame returned normally. */
    static final Object RETURNED = new Object();

    private static final boolean DEBUG = Boolean.getBoolean("spindle.jit.debug");

    private static final MethodHandles.Lookup HERE = MethodHandles.lookup();

    /** Runs f compiled when it can; see {@link Compiled#run}. */
    static Object enter(Goroutine g, Frame f, long budget) {
        FuncProto p = f.proto;
        Object c = p.jitCode;
        if (c == null) {
            if (mode == 1 && ++p.jitHeat < HOT) {
                return DECLINED;
            }
            c = compile(p, g.machine.linker);
        }
        Object r = ((Compiled) c).run(g, f, budget, 0);
        if (r == DECLINED && c != NEVER) {
            declined(g, f);
        }
        return r;
    }

    /**
     * Compiled code met a frame at a pc it has no entry for (after a SELECT, whose results it
     * cannot count) or with another stack depth: the interpreter runs it. Counted
     * for the tests, which check that the programs they compile never get here.
     */
    static int declines;

    private static void declined(Goroutine g, Frame f) {
        declines++;
        if (DEBUG) {
            System.err.println("spindle jit: declined " + f.proto.name() + " at pc " + f.pc + ", depth "
                    + (g.sp - f.base - f.proto.numLocals()));
        }
    }

    /** Called when a goroutine resumes: its top frame ran long enough to be stopped. */
    static void resumed(Goroutine g) {
        if (g.fp > 0) {
            FuncProto p = g.frames[g.fp - 1].proto;
            if (p.jitCode == null) {
                p.jitHeat += RESUMED;
            }
        }
    }

    private static Compiled compile(FuncProto p, NativeLinker natives) {
        Compiled c = NEVER;
        try {
            Class<?> k = FunctionCompiler.compile(p, HERE, natives::unary);
            if (k != null) {
                c = (Compiled) k.getDeclaredConstructor().newInstance();
            }
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            if (Boolean.getBoolean("spindle.jit.debug")) {
                e.printStackTrace();
            }
        }
        p.jitCode = c;
        return c;
    }

    /**
     * Puts compiled code's pc and stack pointer on the heap, packed as {@code pc | sp << 16} (sp
     * relative to the frame's base): the state a helper finds, as the interpreter leaves it.
     */
    static void park(Goroutine g, Frame f, int at) {
        f.pc = at & 0xFFFF;
        g.sp = f.base + (at >>> 16);
    }

    /** The interpreter's default case for compiled code: ColdOps runs op with the state parked. */
    static void cold(Goroutine g, Frame f, int at, int op) {
        park(g, f, at);
        ColdOps.exec(g, f, op);
    }

    /** Sets the mode (0 off, 1 on, 2 all) for the tests; functions already compiled stay compiled. */
    static void mode(int m) {
        mode = m;
    }

    /** Whether p runs compiled (the tests check that the tier covered what they meant it to). */
    static boolean compiled(FuncProto p) {
        return p.jitCode != null && p.jitCode != NEVER;
    }

    /** A throwable compiled code returned, thrown again where the interpreter catches it. */
    static RuntimeException rethrow(Object t) {
        if (t instanceof Error e) {
            throw e;
        }
        return (RuntimeException) t;
    }
}
