package dev.spindle.runtime.bridge;

import dev.spindle.lang.compile.NilFuncCall;
import dev.spindle.runtime.spi.Chan;
import dev.spindle.runtime.spi.GoroutineCode;
import dev.spindle.runtime.spi.Once;
import dev.spindle.runtime.spi.Resume;
import dev.spindle.runtime.spi.RuntimeOp;
import dev.spindle.runtime.spi.SelectCase;
import dev.spindle.runtime.spi.Slice;
import dev.spindle.vm.Goroutine;
import dev.spindle.vm.HostOp;
import dev.spindle.vm.Interpreter;
import dev.spindle.vm.Machine;
import dev.spindle.vm.StackLine;
import dev.spindle.vm.Stop;
import dev.spindle.vm.value.ArrayValue;
import dev.spindle.vm.value.FuncValue;
import dev.spindle.vm.value.StructValue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One VM goroutine as the engine runs it. {@link #run} first hands the previous request's
 * answer to the goroutine (pushing results on its operand stack, or starting a panic), then
 * interprets it for the budget, and translates why it stopped. The goroutine is created when
 * the engine names it ({@link #started}), so that its id is the engine's.
 * Threading: as {@link GoroutineCode} says; nothing here is shared between goroutines except
 * sync structs, whose engine handles are created under the struct's monitor.
 */
public final class VmGoroutine implements GoroutineCode {

    final Machine machine;
    /**
     * What the goroutine will call, and its id once the engine has named it; dropped when it
     * first runs. The VM's goroutine (its slot stack and frame, most of a goroutine's bytes)
     * is made only then: a program that starts 100,000 goroutines before any of them runs
     * (a spawn loop on one P) holds 100,000 of these, not 100,000 stacks.
     */
    private Start start;
    /** The VM's goroutine: null until the first {@link #run} (see {@link #start}). */
    Goroutine g;
    /** What to do with the answer to the request in flight. */
    Consumer<Resume> pending;
    /**
     * A channel receive in flight (the commonest wait): {@link #RECV} or {@link #RECV_OK}
     * instead of a {@link #pending} lambda, which would cost every parked goroutine 48 bytes
     * (the lambda and the HostOp it captured).
     */
    private byte recv;
    private static final byte RECV = 1;
    private static final byte RECV_OK = 2;
    /** What few goroutines need (a crash, a sync.Once running f): made on first need, so that a parked goroutine is small. */
    private Rare rare;

    private static final class Start {
        final FuncValue fn;
        final Object[] args;
        long goid;

        Start(FuncValue fn, Object[] args) {
            this.fn = fn;
            this.args = args;
        }
    }

    private static final class Rare {
        List<String> crashStack;
        /**
         * The sync.Onces whose f this goroutine is running (innermost last; usually none), each
         * with the frame depth of the Do call that runs it.
         */
        List<RunningOnce> runningOnces;
        /** A slice held back while OnceDone goes out first (see {@link #deliver}). */
        Slice delayed;
    }

    private Rare rare() {
        if (rare == null) {
            rare = new Rare();
        }
        return rare;
    }

    private record RunningOnce(Once once, int callerDepth) {}

    /**
     * Started by wg.Go: Go 1.25 runs f inside WaitGroup.Go's literal ({@code defer wg.Done();
     * f()}), so its tracebacks show that frame under f's and name {@code sync.(*WaitGroup).Go}
     * as the creator. Spindle calls f directly (no extra instructions: the same schedule) and
     * prints the frame. With a nil f the goroutine runs {@link NilFuncCall}'s proto, which is
     * that frame already.
     */
    private boolean byWaitGroupGo;
    private boolean waitGroupFrame;
    /** The function holding the go statement that started this goroutine (see {@link #goStatementFunction}). */
    private String goStatementFunction;

    @Override
    public String goStatementFunction() {
        return goStatementFunction;
    }

    /** Marks this goroutine as wg.Go's, running {@code f} ({@code NilFuncCall}'s proto for a nil f). */
    VmGoroutine startedByWaitGroupGo(FuncValue f) {
        byWaitGroupGo = true;
        waitGroupFrame = f.proto != NilFuncCall.PROTO;
        return this;
    }

    @Override
    public Creator libraryCreator() {
        return byWaitGroupGo
                ? new Creator("sync.(*WaitGroup).Go", NilFuncCall.FILE + ":" + NilFuncCall.GO_LINE)
                : null;
    }

    private VmGoroutine(Machine machine, Start start, Goroutine g) {
        this.machine = machine;
        this.start = start;
        this.g = g;
    }

    /** The code of goroutine 1: the machine's main goroutine, package variables initialised. */
    public static VmGoroutine main(Machine machine) {
        Goroutine main = machine.mainGoroutine();
        dev.spindle.vm.StdlibLinker.initVariables(machine, main);
        return new VmGoroutine(machine, null, main);
    }

    /** The code of a goroutine that will call {@code fn(args)}. */
    static VmGoroutine of(Machine machine, FuncValue fn, Object[] args) {
        return new VmGoroutine(machine, new Start(fn, args), null);
    }

    @Override
    public void started(long goid) {
        if (start != null) {
            start.goid = goid;
        }
    }

    /** The VM's goroutine, made now if it has not run yet. */
    private Goroutine vm() {
        if (g == null) {
            g = machine.newGoroutine(start.goid, start.fn, start.args);
            start = null;
        }
        return g;
    }

    @Override
    public Slice run(Resume resume, long budget) {
        Goroutine g = vm();
        if (rare != null && rare.delayed != null) {
            // The resume answers the OnceDone sent in its place; the held slice goes out now.
            Slice held = rare.delayed;
            rare.delayed = null;
            return deliver(held);
        }
        dev.spindle.vm.value.Owned.enter((int) g.id()); // what it makes from here on is its own
        Consumer<Resume> then = pending;
        pending = null;
        byte received = recv;
        recv = 0;
        if (resume instanceof Resume.Panic p) {
            g.panicWith(p.message(), false);
        } else if (received != 0) {
            var rec = (Resume.Received) resume;
            g.pushResult(rec.ok() ? rec.value() : copyZero(rec.value()));
            if (received == RECV_OK) {
                g.pushResult(rec.ok());
            }
        } else if (then != null) {
            then.accept(resume);
        }
        // Virtual time: every budget unit (a safepoint: loop back-edge or call) is one virtual ns.
        // A stop for an op handled here does not return, so its units are carried into the next.
        long used = 0;
        while (true) {
            Stop stop = Interpreter.run(g, budget - used);
            used += g.lastUsed();
            long u = Math.max(1, used);
            switch (stop) {
                case BUDGET -> {
                    return deliver(new Slice.BudgetSpent(u));
                }
                case FINISHED -> {
                    return deliver(new Slice.Finished(u));
                }
                case PANICKED -> {
                    return panicked(g.panicReport(), u);
                }
                case FATAL -> {
                    return new Slice.Panicked(g.fatal().getMessage(), true, u, g.fatal().prelude());
                }
                case RUNTIME_OP -> {
                    RuntimeOp op = translate(g.takePendingOp());
                    if (op != null) {
                        return deliver(new Slice.Request(op, u));
                    }
                    // handled without the engine (e.g. sync.NewCond): keep running
                }
            }
        }
    }

    /** Splits the VM's panic report into the message after "panic: " and the traceback. */
    private Slice panicked(String report, long used) {
        String body = report.startsWith("panic: ") ? report.substring(7) : report;
        int cut = body.indexOf("\n\ngoroutine ");
        String message = cut < 0 ? body.strip() : body.substring(0, cut);
        if (cut >= 0) {
            List<String> lines = new ArrayList<>(body.substring(cut + 2).lines().toList());
            lines.removeFirst(); // the "goroutine N [running]:" header; the engine writes its own
            rare().crashStack = lines;
        }
        return new Slice.Panicked(message, false, used);
    }

    private RuntimeOp translate(HostOp op) {
        return switch (op) {
            case HostOp.Output o -> new RuntimeOp.Print(new String(o.bytes(), StandardCharsets.ISO_8859_1), o.stderr());
            case HostOp.Go go -> {
                VmGoroutine child = of(machine, go.fn(), go.args());
                child.goStatementFunction = go.creator();
                yield new RuntimeOp.Go(child, go.fn().proto.name(), go.line());
            }
            case HostOp.MakeChan mc -> {
                VmChan ch = new VmChan((int) mc.size(), mc.elem().zero(), mc.elem().objectName(), mc.elem().typeName());
                pending = r -> g.pushResult(ch);
                yield new RuntimeOp.ChanMake(ch);
            }
            case HostOp.Send s -> new RuntimeOp.ChanSend((Chan) s.chan(), s.value());
            case HostOp.Recv r -> {
                recv = r.withOk() ? RECV_OK : RECV;
                yield new RuntimeOp.ChanRecv((Chan) r.chan());
            }
            case HostOp.Close c -> new RuntimeOp.ChanClose((Chan) c.chan());
            case HostOp.Select sel -> {
                boolean[] sends = sel.desc().sends();
                List<SelectCase> cases = new ArrayList<>(sends.length);
                for (int i = 0; i < sends.length; i++) {
                    Chan ch = (Chan) sel.chans()[i];
                    cases.add(sends[i] ? SelectCase.send(ch, sel.values()[i]) : SelectCase.recv(ch));
                }
                pending = res -> {
                    var s = (Resume.Selected) res;
                    g.pushResult((long) s.index());
                    g.pushResult(s.ok() ? s.value() : copyZero(s.value()));
                    g.pushResult(s.ok());
                };
                yield new RuntimeOp.Select(cases, sel.desc().hasDefault(), sel.desc().lines());
            }
            case HostOp.Call call -> VmCalls.translate(this, call.name(), call.args(), call.results());
            case HostOp.Access a -> new RuntimeOp.Access(alive -> a.grant(g.id(), alive), a.object(), a.write(), a.line());
        };
    }

    private static Object copyZero(Object zero) {
        if (zero instanceof StructValue s) {
            return s.copy();
        }
        if (zero instanceof ArrayValue a) {
            return a.copy();
        }
        return zero;
    }

    @Override
    public List<String> stack() {
        if (rare != null && rare.crashStack != null) {
            return withWaitGroupFrame(rare.crashStack);
        }
        List<String> out = new ArrayList<>();
        Goroutine g = vm(); // a goroutine that has not run yet is at its function's first line

        String file = machine.program().fileName();
        for (StackLine s : g.stack()) {
            if (!s.function().startsWith("runtime.")) {
                if (out.size() == 2 * StackLine.MAX_FRAMES) {
                    out.add(StackLine.ELIDED);
                    break;
                }
                out.add(s.function() + "(...)");
                out.add("\t" + s.fileOr(file) + ":" + s.line());
            }
        }
        return withWaitGroupFrame(out);
    }

    /** {@code frames} with wg.Go's literal as the outermost frame, when it is not elided. */
    private List<String> withWaitGroupFrame(List<String> frames) {
        if (!waitGroupFrame || frames.isEmpty() || frames.getLast().equals(StackLine.ELIDED)) {
            return frames;
        }
        List<String> out = new ArrayList<>(frames);
        out.add(NilFuncCall.FUNC1 + "(...)");
        out.add("\t" + NilFuncCall.FILE + ":" + NilFuncCall.F_CALL_LINE);
        return out;
    }

    /**
     * The line of the innermost frame that has one: a deferred library call ({@code defer
     * wg.Done()}) runs in a frame without source lines, and the goroutine is then "at" the line
     * of the function that is returning.
     */
    @Override
    public String fileName() {
        return machine.program().fileName();
    }

    @Override
    public Object raceLog() {
        return g == null ? null : g.raceLog();
    }

    @Override
    public boolean goexited() {
        return g != null && g.goexited();
    }

    @Override
    public int line() {
        if (g == null) {
            // Not run yet: at its function's first instruction, where its frame would be.
            return start == null ? 0 : start.fn.proto.lines().line(0);
        }
        int line = g.currentLine();
        if (line == 0 && !g.finished()) {
            for (StackLine s : g.stack()) {
                if (s.line() > 0) {
                    return s.line();
                }
            }
        }
        return line;
    }

    boolean runningOnce(Once once) {
        return rare != null && rare.runningOnces != null && !rare.runningOnces.isEmpty()
                && rare.runningOnces.getLast().once() == once;
    }

    /** Called when f's frame is pushed: the frame below it holds the Do call that will be repeated. */
    void onceStarted(Once once) {
        if (rare().runningOnces == null) {
            rare.runningOnces = new ArrayList<>(1);
        }
        rare.runningOnces.add(new RunningOnce(once, g.frameDepth() - 1));
    }

    /**
     * {@code s}, unless a sync.Once's f was left by a recovered panic: then OnceDone goes to the
     * engine first and {@code s} at the next run. Go's Once marks itself done and unlocks in
     * deferred calls, so a panicking f still lets the other Do calls return; here Do is a host
     * call that learns f returned only by being executed again, which an unwinding panic skips.
     * A normal return executes that call before the Do frame can go, so a Do frame gone from
     * the stack with its Once still running means f panicked.
     */
    private Slice deliver(Slice s) {
        if (rare == null || rare.runningOnces == null || rare.runningOnces.isEmpty()
                || g.frameDepth() >= rare.runningOnces.getLast().callerDepth()) {
            return s;
        }
        Once unwound = rare.runningOnces.removeLast().once();
        // The instructions were used before OnceDone: it carries them, the held slice one unit.
        rare.delayed = switch (s) {
            case Slice.BudgetSpent b -> new Slice.BudgetSpent(1);
            case Slice.Finished f -> new Slice.Finished(1);
            case Slice.Request r -> new Slice.Request(r.op(), 1);
            case Slice.Panicked p -> new Slice.Panicked(p.message(), p.fatal(), 1);
        };
        return new Slice.Request(new RuntimeOp.OnceDone(unwound), s.used());
    }

    void onceFinished(Once once) {
        rare.runningOnces.removeLast();
    }
}
