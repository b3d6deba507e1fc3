package dev.spindle.runtime;

import dev.spindle.runtime.spi.Chan;
import dev.spindle.runtime.spi.Cond;
import dev.spindle.runtime.spi.GoroutineCode;
import dev.spindle.runtime.spi.Locker;
import dev.spindle.runtime.spi.Mutex;
import dev.spindle.runtime.spi.Once;
import dev.spindle.runtime.spi.RWMutex;
import dev.spindle.runtime.spi.Resume;
import dev.spindle.runtime.spi.RuntimeObject;
import dev.spindle.runtime.spi.RuntimeOp;
import dev.spindle.runtime.spi.Slice;
import dev.spindle.runtime.spi.Timer;
import dev.spindle.runtime.spi.WaitGroup;
import dev.spindle.trace.EventLog;
import dev.spindle.trace.ObjectRef;
import dev.spindle.trace.WaitReason;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The round boundary: everything that happens between two rounds, done by one thread at a
 * time (whichever carrier finished the round last). It applies the goroutines' requests in
 * virtual-time order (ties by P), runs due timers, preempts goroutines whose time slice is
 * over, applies GOMAXPROCS changes, schedules idle Ps, advances the clock to the next timer
 * when everything waits on timers, detects deadlock, and appends every event. It knows
 * nothing about threads: {@link Engine} runs the rounds.
 *
 * <p>Single-threaded by construction: each method is called only by the thread currently
 * holding the coordinator role, which the round hand-off passes on with a happens-before
 * edge. The only exception is {@link #requestProcs}, which any thread may call.
 */
final class Coordinator {

    /** The id of the first goroutine a program starts (Go 1.25 starts runtime goroutines 2..6 first). */
    static final long FIRST_USER_GOID = 7;

    final EngineConfig config;
    final Tracer tracer;
    final Scheduler sched;
    final RunStats stats = new RunStats();
    private final SplittableRandom random;
    private final TimerQueue timers = new TimerQueue();
    private final Map<Long, G> live = new LinkedHashMap<>();
    private final long[] nextObjectId = new long[ObjectRef.Kind.values().length];
    private final Output output;
    private long nextGoid = FIRST_USER_GOID;

    /** Virtual time in nanoseconds (= instructions executed). */
    long now;
    /** The P on whose behalf the current operation is applied (its runnext receives readied goroutines). */
    int opP;
    /** Instructions per round, adapted at each boundary. */
    long roundBudget;
    /** Budget handed to each P for the round being run (index = P id). */
    long[] budgets = new long[0];

    private Integer exitCode;
    private boolean stopped;
    private int programProcs;
    private long programProcsBy;
    private final List<long[]> outsideProcs = new ArrayList<>(); // {time, n}, guarded by itself

    private final Pacer pacer;

    Coordinator(EngineConfig config, EventLog log, Pacer pacer) {
        this.config = config;
        this.pacer = pacer;
        this.tracer = new Tracer(log);
        this.random = new SplittableRandom(config.seed());
        this.sched = new Scheduler(config.procs(), config.runQueueCapacity(), random, tracer, stats);
        this.output = new Output(config.stdout(), config.stderr(), tracer);
        this.roundBudget = config.minRoundBudget();
    }

    // ---------------------------------------------------------------- lifecycle

    /** Creates goroutine 1 running {@code main} and schedules it. */
    void start(GoroutineCode main, String function) {
        tracer.procResize(0, 0, config.procs());
        P p0 = sched.allp.get(0);
        // runtime.main schedules a few times before main.main runs; starting the tick at 1
        // keeps the program's first schedule from being a spurious "61st" one.
        p0.schedtick = 1;
        G g = new G(1, 0, function, 0, main);
        main.started(1);
        live.put(g.id, g);
        stats.goroutinesCreated++;
        tracer.goCreate(p0.id, g);
        sched.runqput(p0, g, true);
        scheduleIdle();
        planBudgets();
    }

    boolean ended() {
        return exitCode != null;
    }

    int exitCode() {
        return exitCode == null ? -1 : exitCode;
    }

    boolean stopped() {
        return stopped;
    }

    /** Any thread: asks for GOMAXPROCS {@code n} at the first boundary at or after virtual time {@code at}. */
    void requestProcs(int n, long at) {
        if (n < 1) {
            throw new IllegalArgumentException("GOMAXPROCS must be at least 1");
        }
        synchronized (outsideProcs) {
            outsideProcs.add(new long[] {at, n});
        }
    }

    /** Ends the run because it was stopped from outside (End with exit code -1). */
    void stopRun() {
        if (!ended()) {
            stopped = true;
            end(-1);
        }
    }

    /** Ends the run after an engine bug, with a one-line message instead of a Java stack trace. */
    void internalError(Throwable t) {
        if (!ended()) {
            output.writeRaw(true, "spindle: internal error: " + t + "\n");
            end(2);
        }
    }

    private void end(int code) {
        output.flushLines();
        tracer.end(code);
        exitCode = code;
        output.flush();
    }

    // ---------------------------------------------------------------- the boundary

    /**
     * Processes the round whose results are {@code results} (index = P id, null for idle Ps)
     * and prepares the next one. Returns false when the run is over.
     */
    boolean boundary(Slice[] results) {
        stats.rounds++;
        long roundStart = now;
        // The Ps that ran, ordered by the virtual instant their slice ended, then by P id
        // (insertion sort: there are a handful).
        int[] order = new int[results.length];
        long[] ends = new long[results.length];
        int n = 0;
        for (int p = 0; p < results.length; p++) {
            if (results[p] == null) {
                continue;
            }
            long used = used(results, p);
            int k = n++;
            while (k > 0 && ends[k - 1] > used) {
                order[k] = order[k - 1];
                ends[k] = ends[k - 1];
                k--;
            }
            order[k] = p;
            ends[k] = used;
        }
        long maxUsed = 0;
        boolean synced = false;
        for (int k = 0; k < n; k++) {
            int p = order[k];
            long used = ends[k];
            long t = roundStart + used;
            fireTimers(t);
            tracer.time = t;
            maxUsed = Math.max(maxUsed, used);
            P pp = sched.allp.get(p);
            G g = pp.current;
            g.instructions += used;
            stats.addBusy(p, used);
            Slice s = results[p];
            synced |= !(s instanceof Slice.BudgetSpent);
            handle(pp, g, s);
            if (ended()) {
                return false;
            }
        }
        now = roundStart + maxUsed;
        tracer.time = now;
        fireTimers(now);
        preempt();
        resizeIfAsked();
        scheduleIdle();
        while (!anyRunning()) {
            long next = timers.nextWhen();
            if (next < 0 || !timers.anyArmed(this::keepsAlive)) {
                deadlock();
                return false;
            }
            // Every goroutine waits on timers: jump the clock. A program whose timers never end
            // (a ticker nobody reads) would loop here forever, so honour pause and stop here too.
            if (!pacer.afterBoundary(0)) {
                stopRun();
                return false;
            }
            now = Math.max(now, next);
            tracer.time = now;
            fireTimers(now);
            resizeIfAsked();
            scheduleIdle();
        }
        roundBudget = synced ? config.minRoundBudget() : Math.min(config.maxRoundBudget(), roundBudget * 2);
        planBudgets();
        return true;
    }

    private long used(Slice[] results, int p) {
        long b = p < budgets.length ? budgets[p] : 0;
        return Math.max(0, Math.min(results[p].used(), b));
    }

    /** Budgets for the next round: the adaptive round budget, cut at the end of each P's time slice and at the next timer. */
    private void planBudgets() {
        if (budgets.length != sched.procs()) {
            budgets = new long[sched.procs()];
        } else {
            java.util.Arrays.fill(budgets, 0);
        }
        long nextTimer = timers.nextWhen();
        for (P p : sched.allp) {
            if (p.current == null) {
                continue;
            }
            long b = Math.min(roundBudget, p.sliceStart + config.timeSlice() - now);
            if (nextTimer >= 0) {
                b = Math.min(b, nextTimer - now);
            }
            budgets[p.id] = Math.max(1, b);
        }
    }

    private boolean anyRunning() {
        for (P p : sched.allp) {
            if (p.current != null) {
                return true;
            }
        }
        return false;
    }

    /** What a goroutine's slice result means. */
    private void handle(P pp, G g, Slice s) {
        opP = pp.id;
        switch (s) {
            case Slice.BudgetSpent b -> g.resume = Resume.None.INSTANCE;
            case Slice.Request r -> {
                Outcome o;
                try {
                    o = apply(pp, g, r.op());
                } catch (FatalError e) {
                    crash(g, "fatal error: " + e.getMessage());
                    return;
                }
                if (o == Outcome.RELEASED && pp.current == g) {
                    throw new IllegalStateException("released goroutine still bound to " + pp);
                }
            }
            case Slice.Finished f -> {
                if (g.id == 1) {
                    tracer.goEnd(pp.id, g);
                    g.transition(GStatus.DEAD);
                    end(0);
                    return;
                }
                if (g.doneOnExit != null) {
                    wg(g.doneOnExit).add(this, g, -1);
                }
                tracer.goEnd(pp.id, g);
                g.transition(GStatus.DEAD);
                live.remove(g.id);
                pp.current = null;
            }
            case Slice.Panicked p -> crash(g, (p.fatal() ? "fatal error: " : "panic: ") + p.message());
        }
    }

    /** Ends the program with Go's crash report for goroutine {@code g}. */
    private void crash(G g, String firstLine) {
        tracer.panic(opP, g.id, firstLine);
        output.writeRaw(true, firstLine + "\n\n" + CrashReport.goroutine(g, "running", live) + "\n");
        end(2);
    }

    private void deadlock() {
        String report = CrashReport.deadlock(live);
        tracer.deadlock(report);
        output.writeRaw(true, report);
        end(2);
    }

    // ---------------------------------------------------------------- scheduling

    /**
     * Gives every idle P a goroutine if there is one: first the Ps that have local work (or
     * owe the global queue their 61st-tick visit), then the others, which take from the global
     * queue or steal — so a P's own runnext is not stolen by a P that is merely earlier in
     * the list, as in Go where the owner reaches it first.
     */
    void scheduleIdle() {
        for (int pass = 0; pass < 2; pass++) {
            for (P p : sched.allp) {
                if (p.current != null) {
                    continue;
                }
                boolean own = p.hasLocalWork() || (p.schedtick % 61 == 0 && !sched.global.isEmpty());
                if (pass == 0 && !own) {
                    continue;
                }
                scheduleOne(p);
            }
        }
    }

    private void scheduleOne(P p) {
        while (p.current == null) {
            Scheduler.Pick pick = sched.findRunnable(p);
            if (pick == null) {
                return;
            }
            sched.execute(p, pick);
            G g = pick.g();
            if (g.relock != null) {
                Object l = g.relock;
                g.relock = null;
                opP = p.id;
                lock(g, l);
            }
        }
    }

    /** Preempts goroutines whose 10 ms slice is over: to the tail of the global queue. */
    private void preempt() {
        for (P p : sched.allp) {
            G g = p.current;
            if (g != null && now - p.sliceStart >= config.timeSlice()) {
                tracer.goPreempt(p.id, g);
                stats.preemptions++;
                g.transition(GStatus.RUNNABLE);
                p.current = null;
                sched.global.putTail(g);
            }
        }
    }

    /** Applies a GOMAXPROCS change asked by the program this round, or from outside. Stops the world. */
    private void resizeIfAsked() {
        int n = 0;
        long by = 0;
        if (programProcs > 0) {
            n = programProcs;
            by = programProcsBy;
            programProcs = 0;
        }
        synchronized (outsideProcs) {
            for (var it = outsideProcs.iterator(); it.hasNext(); ) {
                long[] req = it.next();
                if (req[0] <= now) {
                    n = (int) req[1];
                    by = 0;
                    it.remove();
                }
            }
        }
        if (n < 1 || n == sched.procs()) {
            return;
        }
        // Stop the world: every running goroutine but the caller goes to the global queue's tail.
        G caller = null;
        for (P p : sched.allp) {
            G g = p.current;
            if (g == null) {
                continue;
            }
            tracer.goStop(p.id, g, "GOMAXPROCS");
            g.transition(GStatus.RUNNABLE);
            p.current = null;
            if (g.id == by) {
                caller = g;
            } else {
                sched.global.putTail(g);
            }
        }
        int old = sched.procs();
        sched.procresize(n);
        tracer.procResize(by, old, n);
        if (caller != null) {
            // The caller keeps running: on P0, where Go's procresize puts the current M.
            P p0 = sched.allp.get(0);
            sched.execute(p0, new Scheduler.Pick(caller, true));
        }
    }

    // ---------------------------------------------------------------- services for op handlers

    /** Readies waiting goroutine {@code g} into the runnext of the P applying the current op (Go's ready). */
    void ready(G g, long by) {
        P p = sched.allp.get(Math.min(opP, sched.procs() - 1));
        unparkedFromSelect(g);
        g.transition(GStatus.RUNNABLE);
        tracer.goUnblock(p.id, g, by);
        sched.runqput(p, g, true);
    }

    /** Parks running goroutine {@code g} and frees its P. */
    void park(G g, WaitReason reason, ObjectRef object) {
        P p = sched.allp.get(opP);
        g.park(reason, object);
        tracer.goBlock(p.id, g, reason, object);
        if (p.current == g) {
            p.current = null;
        }
    }

    /** A goroutine parked in a select was chosen by one case: forget its entries in the other channels. */
    void unparkedFromSelect(G g) {
        RuntimeOp.Select sel = g.selecting;
        if (sel == null) {
            return;
        }
        g.selecting = null;
        int gen = g.parkGeneration;
        for (var c : sel.cases()) {
            if (c.chan() != null) {
                ChanState st = chan(c.chan());
                (c.send() ? st.sendq : st.recvq).removeIf(w -> w.g() == g && w.generation() == gen);
            }
        }
    }

    private ObjectRef ref(ObjectRef.Kind kind, RuntimeObject o) {
        return new ObjectRef(kind, ++nextObjectId[kind.ordinal()], o.name());
    }

    ChanState chan(Chan ch) {
        if (ch.engineState() instanceof ChanState st) {
            return st;
        }
        ChanState st = new ChanState(ch, ref(ObjectRef.Kind.CHAN, ch), ch.capacity(), ch.zero());
        ch.engineState(st);
        return st;
    }

    private WaitGroupState wg(WaitGroup wg) {
        if (wg.engineState() instanceof WaitGroupState st) {
            return st;
        }
        WaitGroupState st = new WaitGroupState(ref(ObjectRef.Kind.WAIT_GROUP, wg));
        wg.engineState(st);
        return st;
    }

    private MutexState mutex(Mutex m) {
        if (m.engineState() instanceof MutexState st) {
            return st;
        }
        MutexState st = new MutexState(ref(ObjectRef.Kind.MUTEX, m));
        m.engineState(st);
        return st;
    }

    private RWMutexState rw(RWMutex m) {
        if (m.engineState() instanceof RWMutexState st) {
            return st;
        }
        RWMutexState st = new RWMutexState(ref(ObjectRef.Kind.RW_MUTEX, m));
        m.engineState(st);
        return st;
    }

    private OnceState once(Once o) {
        if (o.engineState() instanceof OnceState st) {
            return st;
        }
        OnceState st = new OnceState(ref(ObjectRef.Kind.ONCE, o));
        o.engineState(st);
        return st;
    }

    private CondState cond(Cond c) {
        if (c.engineState() instanceof CondState st) {
            return st;
        }
        CondState st = new CondState(ref(ObjectRef.Kind.COND, c));
        c.engineState(st);
        return st;
    }

    private TimerState timer(Timer t, int p) {
        if (t.engineState() instanceof TimerState st) {
            return st;
        }
        TimerState st = new TimerState(ref(ObjectRef.Kind.TIMER, t), t, null, p);
        t.engineState(st);
        return st;
    }

    // ---------------------------------------------------------------- ops

    /** Applies {@code op} requested by {@code g} running on {@code pp} at {@code tracer.time}. */
    private Outcome apply(P pp, G g, RuntimeOp op) {
        g.resume = Resume.None.INSTANCE;
        return switch (op) {
            case RuntimeOp.Go go -> {
                newproc(pp, g, go.code(), go.function(), go.line(), null);
                yield Outcome.CONTINUE;
            }
            case RuntimeOp.WgGo go -> {
                wg(go.wg()).add(this, g, 1);
                newproc(pp, g, go.code(), go.function(), go.line(), go.wg());
                yield Outcome.CONTINUE;
            }
            case RuntimeOp.ChanMake m -> {
                ChanState st = chan(m.chan());
                tracer.chanMake(pp.id, g.id, st.ref, st.capacity);
                yield Outcome.CONTINUE;
            }
            case RuntimeOp.ChanSend s -> {
                if (s.chan() == null) {
                    park(g, WaitReason.CHAN_SEND_NIL, null);
                    yield Outcome.RELEASED;
                }
                ChanState st = chan(s.chan());
                if (st.canSendNow()) {
                    st.sendNow(this, g, s.value(), -1);
                    yield Outcome.CONTINUE;
                }
                st.parkPlain(this, g, true, s.value());
                yield Outcome.RELEASED;
            }
            case RuntimeOp.ChanRecv r -> {
                if (r.chan() == null) {
                    park(g, WaitReason.CHAN_RECEIVE_NIL, null);
                    yield Outcome.RELEASED;
                }
                ChanState st = chan(r.chan());
                if (st.canRecvNow()) {
                    st.recvNow(this, g, -1);
                    yield Outcome.CONTINUE;
                }
                st.parkPlain(this, g, false, null);
                yield Outcome.RELEASED;
            }
            case RuntimeOp.ChanClose c -> {
                if (c.chan() == null) {
                    g.resume = new Resume.Panic("close of nil channel", true);
                } else if (chan(c.chan()).closed) {
                    g.resume = new Resume.Panic("close of closed channel", true);
                } else {
                    chan(c.chan()).close(this, g);
                }
                yield Outcome.CONTINUE;
            }
            case RuntimeOp.ChanLen l -> {
                g.resume = new Resume.Value((long) (l.chan() == null ? 0 : chan(l.chan()).len()));
                yield Outcome.CONTINUE;
            }
            case RuntimeOp.Select s -> Selects.select(this, g, s, random);
            case RuntimeOp.WgAdd a -> wg(a.wg()).add(this, g, a.delta());
            case RuntimeOp.WgWait w -> wg(w.wg()).await(this, g);
            case RuntimeOp.Lock l -> lock(g, l.locker());
            case RuntimeOp.Unlock u -> {
                unlock(g, u.locker());
                yield Outcome.CONTINUE;
            }
            case RuntimeOp.RLock l -> rw(l.rw()).rlock(this, g);
            case RuntimeOp.RUnlock u -> {
                rw(u.rw()).runlock(this, g);
                yield Outcome.CONTINUE;
            }
            case RuntimeOp.OnceDo o -> once(o.once()).begin(this, g);
            case RuntimeOp.OnceDone o -> {
                once(o.once()).done(this, g);
                yield Outcome.CONTINUE;
            }
            case RuntimeOp.CondWait w -> {
                unlock(g, w.cond().locker());
                cond(w.cond()).await(this, g, w.cond().locker());
                yield Outcome.RELEASED;
            }
            case RuntimeOp.CondSignal s -> {
                cond(s.cond()).signal(this, g);
                yield Outcome.CONTINUE;
            }
            case RuntimeOp.CondBroadcast b -> {
                cond(b.cond()).broadcast(this, g);
                yield Outcome.CONTINUE;
            }
            case RuntimeOp.Sleep s -> {
                if (s.nanos() <= 0) {
                    yield Outcome.CONTINUE;
                }
                TimerState t = new TimerState(new ObjectRef(ObjectRef.Kind.TIMER,
                        ++nextObjectId[ObjectRef.Kind.TIMER.ordinal()], null), null, g, pp.id);
                timers.arm(t, tracer.time + s.nanos());
                park(g, WaitReason.SLEEP, null);
                yield Outcome.RELEASED;
            }
            case RuntimeOp.TimerStart s -> {
                TimerState t = timer(s.timer(), pp.id);
                t.p = pp.id;
                timers.arm(t, tracer.time + Math.max(0, s.nanos()));
                yield Outcome.CONTINUE;
            }
            case RuntimeOp.TimerStop s -> {
                TimerState t = timer(s.timer(), pp.id);
                boolean was = timers.stop(t);
                discardTick(s.timer());
                g.resume = new Resume.Value(was);
                yield Outcome.CONTINUE;
            }
            case RuntimeOp.TimerReset r -> {
                TimerState t = timer(r.timer(), pp.id);
                boolean was = timers.stop(t);
                discardTick(r.timer());
                t.p = pp.id;
                timers.arm(t, tracer.time + Math.max(0, r.nanos()));
                g.resume = new Resume.Value(was);
                yield Outcome.CONTINUE;
            }
            case RuntimeOp.Now n -> {
                g.resume = new Resume.Value(tracer.time);
                yield Outcome.CONTINUE;
            }
            case RuntimeOp.Gosched y -> {
                tracer.goSched(pp.id, g);
                g.transition(GStatus.RUNNABLE);
                pp.current = null;
                sched.global.putTail(g);
                yield Outcome.RELEASED;
            }
            case RuntimeOp.SetMaxProcs m -> {
                g.resume = new Resume.Value((long) sched.procs());
                if (m.n() >= 1 && m.n() != sched.procs()) {
                    programProcs = m.n();
                    programProcsBy = g.id;
                }
                yield Outcome.CONTINUE;
            }
            case RuntimeOp.NumGoroutine n -> {
                g.resume = new Resume.Value((long) live.size());
                yield Outcome.CONTINUE;
            }
            case RuntimeOp.NumCPU n -> {
                g.resume = new Resume.Value((long) config.numCpu());
                yield Outcome.CONTINUE;
            }
            case RuntimeOp.Print p -> {
                output.write(pp.id, g.id, p.bytes(), p.toStderr());
                yield Outcome.CONTINUE;
            }
            case RuntimeOp.Exit e -> {
                end(e.code());
                yield Outcome.CONTINUE;
            }
            case RuntimeOp.Atomic a -> {
                g.resume = new Resume.Value(a.action().get());
                yield Outcome.CONTINUE;
            }
        };
    }

    private void newproc(P pp, G parent, GoroutineCode code, String function, int line, WaitGroup doneOnExit) {
        G ng = new G(nextGoid++, parent.id, function, line, code);
        ng.doneOnExit = doneOnExit;
        code.started(ng.id);
        live.put(ng.id, ng);
        stats.goroutinesCreated++;
        tracer.goCreate(pp.id, ng);
        sched.runqput(pp, ng, true);
    }

    private Outcome lock(G g, Object locker) {
        return switch (locker) {
            case Mutex m -> mutex(m).lock(this, g);
            case RWMutex m -> rw(m).lock(this, g);
            default -> throw new IllegalArgumentException("not a Locker: " + locker);
        };
    }

    private void unlock(G g, Locker locker) {
        switch (locker) {
            case Mutex m -> mutex(m).unlock(this, g);
            case RWMutex m -> rw(m).unlock(this, g);
        }
    }

    private void discardTick(Timer t) {
        if (t.channel() != null) {
            chan(t.channel()).discardBuffered();
        }
    }

    // ---------------------------------------------------------------- timers

    /**
     * Whether a pending timer can still wake someone, so that waiting for it is not a
     * deadlock. Go 1.23: a sleep or AfterFunc timer always can; a channel timer (Timer,
     * Ticker, After) only while a goroutine is blocked receiving from its channel — Go keeps
     * such a timer in the heap only then, so a ticker nobody reads does not keep a deadlocked
     * program alive.
     */
    private boolean keepsAlive(TimerState t) {
        if (t.sleeper != null || t.handle.afterFunc() != null) {
            return true;
        }
        return t.handle.channel() != null && ChanState.hasLive(chan(t.handle.channel()).recvq);
    }

    /** Runs every timer due at or before {@code upTo}, in order, each at its own instant. */
    private void fireTimers(long upTo) {
        TimerState t;
        while ((t = timers.pollDue(upTo)) != null) {
            tracer.time = Math.max(tracer.time, t.when);
            opP = Math.min(t.p, sched.procs() - 1);
            if (t.sleeper != null) {
                tracer.timerFire(opP, t.sleeper.id, t.ref);
                t.sleeper.resume = Resume.None.INSTANCE;
                ready(t.sleeper, 0);
                continue;
            }
            Timer h = t.handle;
            if (h.afterFunc() != null) {
                tracer.timerFire(opP, 0, t.ref);
                G ng = new G(nextGoid++, 0, "time.goFunc", 0, h.afterFunc().get());
                ng.code.started(ng.id);
                live.put(ng.id, ng);
                stats.goroutinesCreated++;
                tracer.goCreate(opP, ng);
                sched.runqput(sched.allp.get(opP), ng, true);
            } else if (h.channel() != null) {
                ChanState st = chan(h.channel());
                Object value = h.valueAt() == null ? null : h.valueAt().apply(t.when);
                tracer.timerFire(opP, 0, t.ref);
                st.offerFromRuntime(this, value);
            }
            if (h.period() > 0) {
                long next = t.when + h.period();
                if (next <= upTo) {
                    next = t.when + h.period() * (1 + (upTo - t.when) / h.period());
                }
                timers.arm(t, next);
            }
        }
    }
}
