package dev.spindle.vm;

import dev.spindle.lang.compile.FuncProto;
import dev.spindle.lang.compile.Kind;
import dev.spindle.vm.value.FuncValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A goroutine's whole execution state, on the heap (Wren's ObjFiber is the model): the
 * two-halved slot stack shared by all its frames, the frames, the panic in progress and the
 * runtime operation it is waiting for. Between two {@link Interpreter#run} calls nothing of
 * it lives on any thread's Java stack, so any carrier may resume it.
 *
 * <p>Owned by whoever runs it: one thread at a time.
 */
public final class Goroutine {
    /** The run this goroutine belongs to (program, globals, natives, seed). */
    final Machine machine;
    /** Go's goroutine id (main is 1, the first {@code go} is 7). */
    private final long id;
    /** The id as an {@link dev.spindle.vm.value.Owned#owner owner}: what the ownership check compares with. */
    final int own;
    /** The function it started in (Go's "created by" and the UI's label). */
    private final String entryName;

    /** The long halves of the slots: ints, bools as 0/1, floats as raw bits. */
    long[] ls;
    /** The object halves of the slots. */
    Object[] os;
    /** First free slot. */
    int sp;
    /**
     * The frames, bottom first; frames[fp-1] is running. Frame objects are made when the
     * stack first reaches their depth and reused afterwards; slots above the deepest depth
     * reached so far are null, and so are those below {@link #lo} on a deep stack. Starts with
     * room for two: a parked goroutine usually has one.
     */
    Frame[] frames = new Frame[2];
    /** Number of live frames. */
    int fp;
    /**
     * Frames below this depth are spilled ({@link FrameSpill}): frames[i] is null for i < lo.
     * Read them with {@link #protoAt}/{@link #pcAt}; the top is read with {@link #top}.
     */
    int lo;
    /** Frame objects sit at frames[lo, hi): the live ones, then spares left by returns. */
    int hi;
    /** Frames below this depth must stay objects (a native's callback runs above it). */
    int spillFloor = Integer.MAX_VALUE;
    /** The spilled frames; null until the stack first goes deep. */
    private FrameSpill spill;
    /** The line where the goroutine's function returned (0 before it has, or when it ended by a panic). */
    int endLine;

    /** The newest panic in progress, or null. */
    PanicState panic;
    /** The operation asked for by the last RUNTIME_OP stop. */
    HostOp pendingOp;
    /** Budget the current/last Interpreter.run left unspent (written only when run returns). */
    long budgetLeft;
    /** Budget units (safepoints: backward jumps and calls) the last Interpreter.run consumed. */
    long lastUsed;
    /** This goroutine's own generator (map order, math/rand), made on first use. */
    private java.util.random.RandomGenerator random;
    /** Set when the run stopped with FATAL. */
    GoFatal fatal;
    /** Set when the run stopped with PANICKED: Go's report lines. */
    String panicReport;
    /** The heap accesses the race detector has yet to check; null when it is off (see {@link Heap}). */
    final RaceLog race;

    /**
     * Output written by natives during the current instruction, flushed as an Output op.
     * {@link PendingOutput#NONE} (shared, always empty) until the goroutine first writes:
     * writers go through {@link #stdoutBuffer()} / {@link #stderrBuffer()}.
     */
    PendingOutput pendingStdout = PendingOutput.NONE;
    PendingOutput pendingStderr = PendingOutput.NONE;

    Goroutine(Machine machine, long id, FuncValue fn, Object[] args) {
        this.machine = machine;
        this.id = id;
        this.own = (int) id;
        this.entryName = fn.proto.name();
        this.race = machine.detectsRaces() ? new RaceLog(this) : null;
        // Exactly what the entry frame needs (pushFrame's own check): a million parked
        // goroutines each hold this, so it starts small and grows (doubling) only when a call
        // goes deeper. A result the host pushes on wake-up takes the place of the operands
        // the operation popped, which maxStack already counts.
        int size = fn.proto.numLocals() + fn.proto.maxStack() + 1;
        ls = new long[size];
        os = new Object[size];
        pushArgs(fn.proto, args, 0);
        pushFrame(fn.proto, fn.captures, 0, 0, Frame.NORMAL);
    }

    public long id() {
        return id;
    }

    public String entryName() {
        return entryName;
    }

    public HostOp pendingOp() {
        return pendingOp;
    }

    /**
     * The pending operation, forgotten here: the host keeps what it needs of it, and a
     * goroutine parked for a long time should not also hold the request that parked it.
     */
    public HostOp takePendingOp() {
        HostOp op = pendingOp;
        pendingOp = null;
        return op;
    }

    /**
     * How many budget units the last {@link Interpreter#run} consumed: the safepoints (loop
     * back-edges and calls) it passed, also when it stopped early for a runtime operation,
     * finished or panicked. The engine's virtual clock advances by this (1 unit = 1 virtual ns).
     */
    public long lastUsed() {
        return lastUsed;
    }

    /**
     * The random source for what this goroutine's code draws (map iteration order, math/rand).
     * Derived from the run's seed and the goroutine id alone, so carriers running goroutines in
     * parallel never race on a shared generator and a run replays from its seed at any --procs.
     */
    public java.util.random.RandomGenerator random() {
        if (random == null) {
            long z = machine.seed + id * 0x9E3779B97F4A7C15L;
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            random = new java.util.SplittableRandom(z ^ (z >>> 31));
        }
        return random;
    }

    /** The accesses not yet checked by the race detector, or null when it is off. */
    public RaceLog raceLog() {
        return race;
    }

    public GoFatal fatal() {
        return fatal;
    }

    /** Go's report of the unrecovered panic: {@code panic: ...} lines, blank line, traceback. */
    public String panicReport() {
        return panicReport;
    }

    /** Whether the goroutine has returned (or died). */
    public boolean finished() {
        return fp == 0;
    }

    /** The line the goroutine is at (once finished: where its function returned), for the UI's markers. */
    public int currentLine() {
        if (fp == 0) {
            return endLine;
        }
        // The innermost frame of the program's own code: inside a Go-written library
        // function (errgroup's Wait) the line that matters is the program's call of it.
        for (int i = fp - 1; i >= 0; i--) {
            FuncProto p = protoAt(i);
            if (p.sourceFile() == null) {
                return p.lines().line(Math.max(0, pcAt(i) - 1));
            }
        }
        return protoAt(fp - 1).lines().line(Math.max(0, pcAt(fp - 1) - 1));
    }

    /**
     * The running frame, frames[fp - 1]. After returns that reached the spilled part of a deep
     * stack it first brings those frames back as objects; everything that reads the top frame
     * after a pop goes through here.
     */
    Frame top() {
        while (fp - 1 < lo) {
            spill.refill(this);
        }
        return frames[fp - 1];
    }

    /** The function of frame i (0 = bottom), spilled or not. */
    FuncProto protoAt(int i) {
        return i >= lo ? frames[i].proto : spill.protoAt(i);
    }

    /** The saved pc of frame i (0 = bottom), spilled or not. */
    int pcAt(int i) {
        return i >= lo ? frames[i].pc : spill.pcAt(i);
    }

    /** The traceback of the goroutine as it stands, innermost first. */
    public List<StackLine> stack() {
        List<StackLine> out = new ArrayList<>();
        // One frame past what a traceback prints tells that more were elided; a million-deep
        // recursion costs no more than a shallow one.
        for (int i = fp - 1; i >= 0 && out.size() <= StackLine.MAX_FRAMES; i--) {
            FuncProto p = protoAt(i);
            out.add(new StackLine(p.name(), p.lines().line(Math.max(0, pcAt(i) - 1)), p.sourceFile()));
        }
        return out;
    }

    /**
     * Makes the goroutine call fn(args) next, discarding its results (the host uses it for
     * sync.Once.Do and timers' functions): the caller resumes after the call returns.
     */
    public void pushCall(FuncValue fn, Object[] args) {
        int at = sp;
        pushArgs(fn.proto, args, at);
        pushFrame(fn.proto, fn.captures, at, at, Frame.NORMAL);
        if (fn.proto.numResults() > 0) {
            // Results are dropped: the caller's stack resumes at `at` because RETURN writes
            // them at retBase and sets sp past them; a zero-result wrapper is the usual case.
            frames[fp - 1].retBase = at;
        }
    }

    /**
     * Makes the goroutine call fn() next and, when it returns, execute once more the HOST_CALL
     * it is stopped after, with {@code hostArgs} as its arguments again. That second call is how
     * the host learns that fn returned without a hook in the interpreter's return path:
     * sync.Once.Do uses it so that concurrent Do calls wait until f has returned, as Go's do.
     */
    public void pushCallThenRepeatHostCall(FuncValue fn, Object[] hostArgs) {
        Frame caller = frames[fp - 1];
        caller.pc -= HOST_CALL_LENGTH;
        ensure(sp + hostArgs.length);
        for (Object a : hostArgs) {
            ls[sp] = 0;
            os[sp++] = a;
        }
        pushCall(fn, new Object[0]);
    }

    /** How many frames are on this goroutine's stack now. */
    public int frameDepth() {
        return fp;
    }

    /** HOST_CALL and its three operands (name, argument count, result count). */
    private static final int HOST_CALL_LENGTH = 4;

    /** Starts a panic in this goroutine on the host's behalf (close of closed channel, ...). */
    public void panicWith(String runtimeText, boolean runtimeErrorPrefix) {
        pendingHostPanic = runtimeErrorPrefix ? RuntimeErrors.error(runtimeText) : RuntimeErrors.plain(runtimeText);
    }

    /** A panic the host raised, started when the goroutine next runs. */
    GoPanic pendingHostPanic;

    /** runtime.Goexit, started when the goroutine next runs (the host asked for it). */
    public void goexit() {
        pendingHostPanic = Unwinder.GOEXIT;
    }

    /** Whether the goroutine ended by runtime.Goexit rather than by returning. */
    boolean goexited;

    public boolean goexited() {
        return goexited;
    }

    /** Pushes a result of a completed runtime operation (boxed; the code unboxes it). */
    public void pushResult(Object boxed) {
        ensure(sp + 1);
        os[sp++] = boxed;
    }

    /** The buffer natives write this goroutine's stdout to, made on first use. */
    PendingOutput stdoutBuffer() {
        if (pendingStdout == PendingOutput.NONE) {
            pendingStdout = new PendingOutput();
        }
        return pendingStdout;
    }

    /** The buffer natives write this goroutine's stderr to, made on first use. */
    PendingOutput stderrBuffer() {
        if (pendingStderr == PendingOutput.NONE) {
            pendingStderr = new PendingOutput();
        }
        return pendingStderr;
    }

    /** Makes sure slots [0, n) exist. */
    void ensure(int n) {
        if (n > ls.length) {
            int size = Math.max(n + 16, ls.length * 2);
            ls = Arrays.copyOf(ls, size);
            os = Arrays.copyOf(os, size);
        }
    }

    /** Writes boxed args into slots [at, at+n) in the kinds the proto expects. */
    void pushArgs(FuncProto p, Object[] args, int at) {
        int[] kinds = p.paramKinds();
        ensure(at + p.numLocals() + p.maxStack() + 1);
        for (int i = 0; i < kinds.length; i++) {
            Object a = args[i];
            if (kinds[i] == Kind.REF) {
                os[at + i] = a;
            } else {
                ls[at + i] = Values.unbox(a);
                os[at + i] = null;
            }
        }
    }

    /** Pushes a frame for p whose locals start at base; the caller set up the arguments. */
    Frame pushFrame(FuncProto p, Object[] captures, int base, int retBase, int kind) {
        if (fp == frames.length) {
            long below = spill == null ? 0 : spill.bytes;
            frames = Arrays.copyOf(frames, StackLimit.grow(frames, lo, below, fp, machine.maxFrames));
        }
        Frame f = frames[fp];
        if (f == null) {
            // The first push to this depth since the stack was last this deep: a Frame object
            // from the spill's spares (deep stacks) or a new one.
            if (spill == null && FrameSpill.due(this)) {
                spill = new FrameSpill();
            }
            f = spill == null ? new Frame() : spill.take(this);
            frames[fp] = f;
            hi = fp + 1;
        }
        fp++;
        f.enter(p, captures, base, retBase, kind);
        sp = base + p.numLocals();
        ensure(sp + p.maxStack() + 1);
        return f;
    }
}
