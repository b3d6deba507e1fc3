package dev.spindle.vm.host;

import dev.spindle.vm.AtomicOps;
import dev.spindle.lang.compile.SelectDesc;
import dev.spindle.vm.GoFatal;
import dev.spindle.vm.Goroutine;
import dev.spindle.vm.HostOp;
import dev.spindle.vm.Interpreter;
import dev.spindle.vm.Machine;
import dev.spindle.vm.StackLine;
import dev.spindle.vm.Stop;
import dev.spindle.vm.value.FuncValue;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a program's goroutines on one P, cooperatively, in Go's single-P order. Who may call
 * what: everything here runs on the one thread that called {@link #run}.
 *
 * <p>Scheduling follows proc.go for GOMAXPROCS=1: {@code go} puts the new goroutine in
 * {@code runnext} (kicking the previous occupant to the local queue's tail), and so does
 * readying a goroutine (channel hand-off, unlock, Done, close, Broadcast); the scheduler
 * takes {@code runnext}, then the local queue, then the global queue, except that every 61st
 * schedule looks at the global queue first; Gosched and budget preemption go to the global
 * queue's tail. A goroutine that readies another keeps running.
 */
public final class SimpleHost {
    /** Safepoints a goroutine may pass before it is preempted (Go's 10 ms slice, roughly). */
    private static final long SLICE = 2_000_000;

    private final Machine machine;
    private final OutputStream stdout;
    private final OutputStream stderr;
    final List<GState> all = new ArrayList<>();
    private final ArrayDeque<GState> local = new ArrayDeque<>();
    private final ArrayDeque<GState> global = new ArrayDeque<>();
    private GState runnext;
    private long schedtick;
    private long nextId = 7;
    final Clock clock = new Clock();
    final SyncOps sync;
    final ChanOps chans;
    private final TimeOps time;
    private Integer exitCode;
    private final int numCpu;
    private int maxProcs;

    public SimpleHost(Machine machine, OutputStream stdout, OutputStream stderr, int procs, int numCpu) {
        this.machine = machine;
        this.stdout = stdout;
        this.stderr = stderr;
        this.maxProcs = procs;
        this.numCpu = numCpu;
        this.sync = new SyncOps(this);
        this.chans = new ChanOps(this);
        this.time = new TimeOps(this);
    }

    /** Runs the program to its end; returns the exit status (0, 2 for crashes, n for os.Exit(n)). */
    public int run() throws IOException {
        Goroutine main = machine.mainGoroutine();
        dev.spindle.vm.StdlibLinker.initVariables(machine, main);
        GState ms = new GState(main, 0, null);
        all.add(ms);
        GState cur = ms;
        while (true) {
            if (cur == null) {
                cur = findRunnable();
                if (cur == null) {
                    if (time.fireNext()) {
                        continue;
                    }
                    return deadlock();
                }
            }
            Stop stop = Interpreter.run(cur.g, SLICE);
            switch (stop) {
                case BUDGET -> {
                    global.addLast(cur);
                    cur = null;
                }
                case RUNTIME_OP -> {
                    HostOp op = cur.g.pendingOp();
                    boolean keep = perform(cur, op);
                    if (exitCode != null) {
                        flush();
                        return exitCode;
                    }
                    if (!keep) {
                        cur = null;
                    }
                }
                case FINISHED -> {
                    cur.dead = true;
                    if (cur == ms) {
                        flush();
                        return 0;
                    }
                    if (cur.doneGroup != null) {
                        sync.done(cur, cur.doneGroup);
                    }
                    cur = null;
                }
                case PANICKED -> {
                    flush();
                    String report = cur.g.panicReport();
                    if (cur != ms && cur.createdBy != null) {
                        report += "created by " + cur.createdBy + " in goroutine 1\n\t"
                                + machine.program().fileName() + ":" + cur.createdLine + "\n";
                    }
                    stderr.write(dev.spindle.vm.value.GoString.bytes(report));
                    stderr.flush();
                    return 2;
                }
                case FATAL -> {
                    return fatal(cur, cur.g.fatal());
                }
            }
        }
    }

    /** Performs a runtime operation; returns whether the goroutine keeps running. */
    private boolean perform(GState cur, HostOp op) throws IOException {
        try {
            return switch (op) {
                case HostOp.Output o -> {
                    (o.stderr() ? stderr : stdout).write(o.bytes());
                    if (o.stderr()) {
                        stdout.flush();
                        stderr.flush();
                    }
                    yield true;
                }
                case HostOp.Go go -> {
                    Goroutine g = machine.newGoroutine(nextId++, go.fn(), go.args());
                    GState gs = new GState(g, go.line(), currentFunction(cur));
                    all.add(gs);
                    ready(gs);
                    yield true;
                }
                case HostOp.MakeChan mc -> {
                    cur.g.pushResult(new Channel((int) mc.size(), mc.elem()));
                    yield true;
                }
                case HostOp.Send s -> chans.send(cur, s.chan(), s.value());
                case HostOp.Recv r -> chans.recv(cur, r.chan(), r.withOk());
                case HostOp.Close c -> chans.close(cur, c.chan());
                case HostOp.Select sel -> chans.select(cur, sel.desc(), sel.chans(), sel.values());
                case HostOp.Call call -> call(cur, call);
            };
        } catch (GoFatal f) {
            exitCode = fatal(cur, f);
            return false;
        }
    }

    private boolean call(GState cur, HostOp.Call call) {
        String name = call.name();
        Object[] a = call.args();
        if (name.startsWith("sync.")) {
            return sync.call(cur, name, a);
        }
        if (name.startsWith("atomic.")) {
            AtomicOps.apply(cur.g, name, a);
            return true;
        }
        switch (name) {
            case "runtime.Gosched" -> {
                global.addLast(cur);
                return false;
            }
            case "runtime.NumGoroutine" -> {
                long n = all.stream().filter(s -> !s.dead).count();
                cur.g.pushResult(n);
                return true;
            }
            case "runtime.NumCPU" -> {
                cur.g.pushResult((long) numCpu);
                return true;
            }
            case "runtime.GOMAXPROCS" -> {
                long prev = maxProcs;
                long n = (Long) a[0];
                if (n > 0) {
                    maxProcs = (int) n;
                }
                cur.g.pushResult(prev);
                return true;
            }
            case "runtime.GC" -> {
                return true;
            }
            case "runtime.Version" -> {
                cur.g.pushResult("go1.25");
                return true;
            }
            case "os.Exit" -> {
                exitCode = (int) (long) (Long) a[0];
                return false;
            }
            default -> {
                if (name.startsWith("time.")) {
                    return time.call(cur, name, a, call.results());
                }
                throw new GoFatal("spindle: the runtime has no " + name);
            }
        }
    }

    /** Makes gs runnable in runnext; the previous runnext goes to the local queue's tail. */
    void ready(GState gs) {
        gs.waitReason = null;
        if (runnext != null) {
            local.addLast(runnext);
        }
        runnext = gs;
    }

    /** Parks gs with a wait reason (it is not in any queue until readied). */
    void park(GState gs, String reason) {
        gs.waitReason = reason;
    }

    private GState findRunnable() {
        schedtick++;
        if (schedtick % 61 == 0 && !global.isEmpty()) {
            return global.pollFirst();
        }
        if (runnext != null) {
            GState g = runnext;
            runnext = null;
            return g;
        }
        if (!local.isEmpty()) {
            return local.pollFirst();
        }
        return global.pollFirst();
    }

    /** Starts a goroutine that calls fn (timers' AfterFunc, WaitGroup.Go). */
    GState spawn(FuncValue fn, Object[] args, GState creator) {
        Goroutine g = machine.newGoroutine(nextId++, fn, args);
        GState gs = new GState(g, creator == null ? 0 : creator.g.currentLine(), creator == null ? "time.goFunc" : currentFunction(creator));
        all.add(gs);
        ready(gs);
        return gs;
    }

    Machine machine() {
        return machine;
    }

    private String currentFunction(GState gs) {
        List<StackLine> st = gs.g.stack();
        return st.isEmpty() ? "main.main" : st.getFirst().function();
    }

    private int deadlock() throws IOException {
        flush();
        StringBuilder b = new StringBuilder("fatal error: all goroutines are asleep - deadlock!\n");
        for (GState gs : all) {
            if (gs.dead) {
                continue;
            }
            b.append('\n').append("goroutine ").append(gs.g.id()).append(" [").append(gs.waitReason).append("]:\n");
            appendStack(b, gs);
        }
        stderr.write(dev.spindle.vm.value.GoString.bytes(b.toString()));
        stderr.flush();
        return 2;
    }

    private void appendStack(StringBuilder b, GState gs) {
        String file = machine.program().fileName();
        for (StackLine s : gs.g.stack()) {
            if (s.function().startsWith("runtime.")) {
                continue;
            }
            b.append(s.function()).append("(...)\n\t").append(s.fileOr(file)).append(':').append(s.line()).append('\n');
        }
        if (gs.createdBy != null) {
            b.append("created by ").append(gs.createdBy).append(" in goroutine 1\n\t")
                    .append(file).append(':').append(gs.createdLine).append('\n');
        }
    }

    private int fatal(GState cur, GoFatal f) throws IOException {
        flush();
        StringBuilder b = new StringBuilder(f.prelude());
        b.append("fatal error: ").append(f.getMessage()).append('\n');
        if (!f.getMessage().startsWith("spindle")) {
            b.append('\n').append("goroutine ").append(cur.g.id()).append(" [running]:\n");
            if (!f.getMessage().equals("stack overflow")) {
                appendStack(b, cur);
            } else {
                List<StackLine> st = cur.g.stack();
                for (int i = 0; i < Math.min(50, st.size()); i++) {
                    b.append(st.get(i).function()).append("(...)\n\t").append(st.get(i).fileOr(machine.program().fileName()))
                            .append(':').append(st.get(i).line()).append('\n');
                }
                b.append("...additional frames elided...\n");
            }
        }
        stderr.write(dev.spindle.vm.value.GoString.bytes(b.toString()));
        stderr.flush();
        return 2;
    }

    void flush() throws IOException {
        stdout.flush();
        stderr.flush();
    }

    /** For ChanOps: whether a select's chosen order is random (Go's pollorder). */
    int randomIndex(int n) {
        return machine.random().nextInt(n);
    }

    static SelectDesc desc(HostOp.Select s) {
        return s.desc();
    }
}
