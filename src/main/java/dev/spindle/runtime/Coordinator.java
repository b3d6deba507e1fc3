package dev.spindle.runtime;

import dev.spindle.runtime.spi.GoroutineCode;
import dev.spindle.runtime.spi.Resume;
import dev.spindle.runtime.spi.RuntimeOp;
import dev.spindle.runtime.spi.Slice;
import dev.spindle.runtime.spi.Timer;
import dev.spindle.trace.EventLog;
import dev.spindle.trace.ObjectRef;
import dev.spindle.trace.WaitReason;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The round boundary: everything that happens between two rounds, done by one thread at a
 * time (whichever carrier finished the round last). It applies the goroutines' requests in
 * virtual-time order (ties in an order drawn from the seed), runs due timers, preempts
 * goroutines whose time slice is over, applies GOMAXPROCS changes, schedules idle Ps,
 * advances the clock to the next timer when everything waits on timers, detects deadlock,
 * and appends every event. It knows nothing about threads: {@link Engine} runs the rounds.
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
    /** Where every choice of the run comes from (see {@link Chooser}). */
    final Chooser chooser;
    /** Free model: the slice results of Ps whose visible operation waits for a later boundary (index = P id). */
    private Slice[] held = new Slice[0];
    final TimerQueue timers = new TimerQueue();
    final Map<Long, G> live = new AllGs();
        final Output output;
    long nextGoid = FIRST_USER_GOID;

    /** Virtual time in nanoseconds (= instructions executed). */
    long now;
    /** The P on whose behalf the current operation is applied (its runnext receives readied goroutines). */
    int opP;
    /** Instructions per round, adapted at each boundary. */
    long roundBudget;
    /** Budget handed to each P for the round being run (index = P id). */
    long[] budgets = new long[0];

    /** A run whose virtual clock passes this is stopped (exit -1, stopped): see {@link Engine#limitVirtualTime}. */
    long virtualLimit = Long.MAX_VALUE;
    /** A run that has executed more instructions than this is stopped: see {@link Engine#limitWork}. */
    long workLimit = Long.MAX_VALUE;
    private Integer exitCode;
    private boolean stopped;
    int programProcs;
    long programProcsBy;
    private final List<long[]> outsideProcs = new ArrayList<>(); // {time, n}, guarded by itself
    /**
     * {events, time, value, kind}: see {@link #requestProcsAfterEvents} (kind 0, value = cores)
     * and {@link #requestReseedAfterEvents} (kind 1, value = seed), in the order asked; guarded
     * by {@link #outsideProcs}.
     */
    private final List<long[]> procsAtEvents = new ArrayList<>();
    /**
     * Something is in {@link #outsideProcs} or {@link #procsAtEvents}: set under their lock by
     * whoever adds, recomputed under it by the boundary that takes; the boundary looks under
     * the lock only when it is set (a run nobody resizes never takes it).
     */
    private volatile boolean outsideAsked;

    private final Pacer pacer;

    Coordinator(EngineConfig config, EventLog log, Pacer pacer, Chooser chooser) {
        this.config = config;
        this.pacer = pacer;
        this.tracer = new Tracer(log, live);
        this.chooser = chooser;
        this.sched = new Scheduler(config.procs(), config.runQueueCapacity(), chooser, tracer, stats);
        this.output = new Output(config.stdout(), config.stderr(), tracer);
        this.roundBudget = config.minRoundBudget();
        this.objects = new RuntimeObjects();
        this.ops = new Ops(this);
    }

    /** The race detector ({@code --race}), or null: every hook below tests it first. */
    dev.spindle.runtime.race.RaceDetector race;

    /** The engine's state of every runtime object, by handle. */
    final RuntimeObjects objects;
    private final Ops ops;

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
        if (race != null) {
            race.go(0, null, 1);
        }
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
            outsideAsked = true;
        }
    }

    /**
     * Any thread: asks for GOMAXPROCS {@code n} at the end of the first boundary that ends with
     * at least {@code events} events in the log and at or after virtual time {@code at}
     * ({@link #resizeAtBoundaryEnd}). Asked while the run stands paused at a boundary, with
     * (0, 0), it applies at that boundary, as the run goes on; and (log size, time) of the
     * boundary where it applied make a replay apply it at the same place.
     */
    void requestProcsAfterEvents(int n, long events, long at) {
        if (n < 1) {
            throw new IllegalArgumentException("GOMAXPROCS must be at least 1");
        }
        synchronized (outsideProcs) {
            procsAtEvents.add(new long[] {events, at, n, 0});
            outsideAsked = true;
        }
    }

    /**
     * Any thread: from the end of the boundary {@link #requestProcsAfterEvents} would pick for
     * ({@code events}, {@code at}) on, the seeded chooser draws from {@code seed}. Only the
     * coordinator's choices change (wake-ups, ties, steal order, select): map order and
     * math/rand come from each goroutine's own stream, fixed by the run's first seed. A run
     * whose choices come from elsewhere (a replayed schedule) ignores it.
     */
    void requestReseedAfterEvents(long seed, long events, long at) {
        synchronized (outsideProcs) {
            procsAtEvents.add(new long[] {events, at, seed, 1});
            outsideAsked = true;
        }
    }

    /**
     * The very end of a boundary (its events logged, the next round planned; the engine calls
     * it before and after the pacer's wait, with nothing logged between): applies a change
     * asked by {@link #requestProcsAfterEvents} that is due, then plans the round again.
     * Unlike a change by virtual time, it never waits for the next round: a change asked
     * while the run is paused here is made here, so the screen sees it at once and exactly
     * after the events it shows.
     */
    void resizeAtBoundaryEnd() {
        if (!outsideAsked) {
            return; // nothing asked from outside: no lock to take at every boundary
        }
        int n = 0;
        synchronized (outsideProcs) {
            for (var it = procsAtEvents.iterator(); it.hasNext(); ) {
                long[] req = it.next();
                if (req[0] <= tracer.log.size() && req[1] <= now) {
                    if (req[3] == 1) {
                        if (chooser instanceof SeededChooser seeded) {
                            seeded.reseed(req[2]);
                        }
                    } else {
                        n = (int) req[2];
                    }
                    it.remove();
                }
            }
            outsideAsked = !outsideProcs.isEmpty() || !procsAtEvents.isEmpty();
        }
        if (n < 1 || n == sched.procs() || ended()) {
            return;
        }
        if (anyHeld()) {
            synchronized (outsideProcs) {
                procsAtEvents.add(new long[] {0, 0, n, 0}); // a held operation applies first: the next boundary
                outsideAsked = true;
            }
            return;
        }
        resize(n, 0);
        scheduleIdle();
        planBudgets();
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
        if (t instanceof OutOfMemoryError && !ended()) {
            outOfMemory();
            return;
        }
        if (!ended()) {
            output.writeRaw(true, "spindle: internal error: " + t + "\n");
            end(2);
        }
    }

    void end(int code) {
        if (race != null && race.found() > 0 && code == 0) {
            // A -race binary that found races exits 66 instead of 0 (Go 1.20+: only then).
            output.writeRaw(true, "Found " + race.found() + " data race(s)\n");
            code = RACE_EXIT;
        }
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
        if (HeapLimit.exceeded()) {
            outOfMemory();
            return false;
        }
        long roundStart = now;
        boolean free = chooser.model() == Chooser.Model.FREE;
        if (free) {
            takeHeld(results);
        }
        // The Ps that ran, ordered by the virtual instant their slice ended (insertion sort:
        // there are a handful). Ps that reached their operations at the same instant raced
        // for them, as two cores do in Go: who wins a tie is drawn from the seed.
        int ran = 0;
        for (P ap : sched.active()) { // only these can have run (Scheduler.active)
            if (ap.id < results.length && results[ap.id] != null) {
                ran++;
            }
        }
        int[] order = new int[ran];
        long[] ends = new long[ran];
        int n = 0;
        boolean ties = false;
        for (P ap : sched.active()) {
            int p = ap.id;
            if (p >= results.length || results[p] == null) {
                continue;
            }
            long used = used(results, p);
            sched.allp.get(p).lastUsed = used;
            int k = n++;
            while (k > 0 && ends[k - 1] > used) {
                order[k] = order[k - 1];
                ends[k] = ends[k - 1];
                k--;
            }
            ties |= k > 0 && ends[k - 1] == used;
            order[k] = p;
            ends[k] = used;
        }
        if (free) {
            n = oneVisible(results, order, ends, n);
        } else if (ties) {
            shuffleTies(order, ends, n);
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
            stats.addBusy(p, used);
            Slice s = results[p];
            synced |= !(s instanceof Slice.BudgetSpent);
            if (free && isVisible(s, g)) {
                chooser.applied(g.id, Footprint.of(s));
            }
            handle(pp, g, s);
            if (ended()) {
                return false;
            }
        }
        // Free model: every boundary takes at least a virtual nanosecond, so that a woken P gets
        // there while others go from operation to operation (whose cost the clock does not count).
        now = roundStart + (free ? Math.max(1, maxUsed) : maxUsed);
        tracer.time = now;
        fireTimers(now);
        preempt();
        resizeIfAsked();
        scheduleIdle();
        while (!anyRunning()) {
            long next = timers.nextWhen();
            long wake = nextWake();
            if (wake >= 0 && (next < 0 || wake <= next)) {
                // Nothing runs, but an idle P is being woken for queued work: it gets there.
                now = Math.max(now, wake);
                tracer.time = now;
                scheduleIdle();
                continue;
            }
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
        if (now > virtualLimit || stats.busyTotal > workLimit) {
            stopRun(); // the explorer's budget: a run this long counts as "did not finish"
            return false;
        }
        roundBudget = synced ? config.minRoundBudget() : Math.min(config.maxRoundBudget(), roundBudget * 2);
        planBudgets();
        return true;
    }

    /** Free model: the results held back at the last boundary join this one's (they took no time since). */
    private void takeHeld(Slice[] results) {
        for (int p = 0; p < held.length && p < results.length; p++) {
            if (held[p] != null) {
                results[p] = held[p];
                held[p] = null;
            }
        }
    }

    /**
     * Free model: of the Ps in {@code order[0..n)} whose slice ended at a visible operation,
     * one is chosen ({@link DecisionKind#NEXT_OP}) to apply it now; the others are held for a
     * later boundary (their goroutines wait, as a slower core would). Slices that ended
     * without one (budget spent, a goroutine other than main returning) go on as usual.
     * While some P still computes towards its next operation, every visible operation waits
     * for it (in Go that P might be faster), unless it has computed for {@link #SPIN_LIMIT}
     * since its last operation (a spinning goroutine would hold the others forever).
     * Returns the new length of {@code order}.
     */
    private int oneVisible(Slice[] results, int[] order, long[] ends, int n) {
        int[] visible = new int[n];
        int v = 0;
        boolean computing = false;
        for (int k = 0; k < n; k++) {
            P p = sched.allp.get(order[k]);
            if (isVisible(results[order[k]], p.current)) {
                visible[v++] = order[k];
            } else if (results[order[k]] instanceof Slice.BudgetSpent) {
                p.computed += ends[k];
                computing |= p.computed < SPIN_LIMIT;
            } else {
                p.computed = 0;
            }
        }
        if (v == 0 || (v == 1 && !computing)) {
            if (v == 1) {
                sched.allp.get(visible[0]).computed = 0;
            }
            return n;
        }
        if (held.length != results.length) {
            held = new Slice[results.length];
        }
        if (computing) {
            int m = 0;
            for (int k = 0; k < n; k++) {
                int p = order[k];
                if (isVisible(results[p], sched.allp.get(p).current)) {
                    held[p] = results[p];
                } else {
                    order[m++] = p;
                }
            }
            return m;
        }
        long[] gs = new long[v];
        int[] lines = new int[v];
        Footprint[] prints = new Footprint[v];
        for (int k = 0; k < v; k++) {
            G g = sched.allp.get(visible[k]).current;
            gs[k] = g.id;
            lines[k] = g.code.line();
            prints[k] = Footprint.of(results[visible[k]]);
        }
        int[] vis = visible;
        int chosen = vis[chooser.choose(new Decision(DecisionKind.NEXT_OP, v,
                k -> "P" + vis[k] + ": G" + gs[k] + " " + describe(results[vis[k]]), gs, lines, prints))];
        sched.allp.get(chosen).computed = 0;
        int m = 0;
        for (int k = 0; k < n; k++) {
            int p = order[k];
            if (p != chosen && isVisible(results[p], sched.allp.get(p).current)) {
                held[p] = results[p];
            } else {
                order[m++] = p;
            }
        }
        return m;
    }

    /** Free model: virtual ns a goroutine may compute without an operation before the others stop waiting for it. */
    static final long SPIN_LIMIT = 1 << 20;

    private static boolean isVisible(Slice s, G g) {
        return s instanceof Slice.Request || s instanceof Slice.Panicked || (s instanceof Slice.Finished && g.id == 1);
    }

    /** What a slice ended at, in a few words (for a person choosing). */
    private static String describe(Slice s) {
        return switch (s) {
            case Slice.Request r -> operation(r.op());
            case Slice.Panicked p -> "panics";
            case Slice.Finished f -> "returns";
            case Slice.BudgetSpent b -> "runs";
        };
    }

    /** A runtime operation in Go's words ("calls wg.Done()"), for a person choosing which goes first. */
    private static String operation(dev.spindle.runtime.spi.RuntimeOp op) {
        return switch (op) {
            case dev.spindle.runtime.spi.RuntimeOp.Print pr -> "prints " + pr.bytes().strip();
            case dev.spindle.runtime.spi.RuntimeOp.Go g -> "starts go " + g.function();
            case dev.spindle.runtime.spi.RuntimeOp.ChanSend x -> "sends on a channel";
            case dev.spindle.runtime.spi.RuntimeOp.ChanRecv x -> "receives from a channel";
            case dev.spindle.runtime.spi.RuntimeOp.ChanClose x -> "closes a channel";
            case dev.spindle.runtime.spi.RuntimeOp.Select x -> "selects";
            case dev.spindle.runtime.spi.RuntimeOp.WgAdd w -> w.delta() == -1 ? "calls wg.Done()" : "calls wg.Add(" + w.delta() + ")";
            case dev.spindle.runtime.spi.RuntimeOp.WgWait x -> "calls wg.Wait()";
            case dev.spindle.runtime.spi.RuntimeOp.Lock x -> "calls Lock()";
            case dev.spindle.runtime.spi.RuntimeOp.Unlock x -> "calls Unlock()";
            case dev.spindle.runtime.spi.RuntimeOp.RLock x -> "calls RLock()";
            case dev.spindle.runtime.spi.RuntimeOp.RUnlock x -> "calls RUnlock()";
            case dev.spindle.runtime.spi.RuntimeOp.Sleep x -> "calls time.Sleep";
            case dev.spindle.runtime.spi.RuntimeOp.Gosched x -> "calls runtime.Gosched()";
            case dev.spindle.runtime.spi.RuntimeOp.Access a -> (a.write() ? "writes" : "reads") + " shared memory";
            default -> op.getClass().getSimpleName();
        };
    }

    private boolean isHeld(P p) {
        return p.id < held.length && held[p.id] != null;
    }

    private boolean anyHeld() {
        for (Slice s : held) {
            if (s != null) {
                return true;
            }
        }
        return false;
    }

    /** Shuffles each run of equal end times in {@code order[0..n)}: Fisher-Yates, each step a {@link DecisionKind#TIE_ORDER} decision. */
    private void shuffleTies(int[] order, long[] ends, int n) {
        for (int from = 0; from < n; ) {
            int to = from + 1;
            while (to < n && ends[to] == ends[from]) {
                to++;
            }
            for (int i = to - 1; i > from; i--) {
                int lo = from;
                int j = from + chooser.choose(new Decision(DecisionKind.TIE_ORDER, i - from + 1,
                        k -> "P" + order[lo + k] + " first", null));
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            from = to;
        }
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
            for (P p : sched.active()) {
                budgets[p.id] = 0; // a pristine P's budget is 0 already
            }
        }
        long nextTimer = timers.nextWhen();
        long wake = nextWake();
        for (P p : sched.active()) {
            if (p.current == null || isHeld(p)) {
                continue;
            }
            long b = Math.min(roundBudget, p.sliceStart + config.timeSlice() - now);
            if (nextTimer >= 0) {
                b = Math.min(b, nextTimer - now);
            }
            if (wake > now) {
                b = Math.min(b, wake - now); // the woken P starts searching on time
            }
            budgets[p.id] = Math.max(1, b);
        }
    }

    private boolean anyRunning() {
        for (P p : sched.active()) {
            if (p.current != null) {
                return true;
            }
        }
        return false;
    }

    /** What a goroutine's slice result means. */
    private void handle(P pp, G g, Slice s) {
        opP = pp.id;
        if (race != null) {
            checkRaces(pp, g);
        }
        switch (s) {
            case Slice.BudgetSpent b -> g.resume = Resume.None.INSTANCE;
            case Slice.Request r -> {
                Outcome o;
                try {
                    o = ops.apply(pp, g, r.op());
                } catch (FatalError e) {
                    crash(g, "fatal error: " + e.getMessage());
                    return;
                }
                if (o == Outcome.RELEASED && pp.current == g) {
                    throw new IllegalStateException("released goroutine still bound to " + pp);
                }
            }
            case Slice.Finished f -> {
                if (g.id == 1 && !g.code.goexited()) { // after main's Goexit the others run on
                    tracer.goEnd(pp.id, g);
                    g.transition(GStatus.DEAD);
                    end(0);
                    return;
                }
                if (g.doneOnExit() != null) {
                    objects.wg(g.doneOnExit()).add(this, g, -1);
                }
                tracer.goEnd(pp.id, g);
                g.transition(GStatus.DEAD);
                live.remove(g.id);
                pp.current = null;
                if (race != null) {
                    race.finished(g.id);
                }
            }
            case Slice.Panicked p -> crash(g, p.prelude() + (p.fatal() ? "fatal error: " : "panic: ") + p.message());
        }
    }

    /** The exit status of a run whose race detector reported races (Go's exitcode=66). */
    static final int RACE_EXIT = 66;

    /** Checks what g did in its slice against the shadow memory, before its operation moves its clock. */
    private void checkRaces(P pp, G g) {
        var log = g.code.raceLog();
        if (log == null) {
            return;
        }
        for (var r : race.check(log)) {
            reportRace(pp, r);
        }
    }

    /** A race found (null: none): its event in the log, Go's report on stderr. */
    void reportRace(P pp, dev.spindle.runtime.race.RaceReport r) {
        if (r != null) {
            tracer.dataRace(pp.id, r);
            output.writeRaw(true, r.text());
        }
    }

    /** Ends the program with Go's crash report for goroutine {@code g}. */
    private void crash(G g, String firstLine) {
        tracer.panic(opP, g.id, firstLine);
        output.writeRaw(true, firstLine + "\n\n" + CrashReport.goroutine(g, "running", live) + "\n");
        end(2);
    }

    /** The live heap passed {@link HeapLimit} (--max-heap): Go's fatal error, whatever runs. */
    private void outOfMemory() {
        String first = "runtime: out of memory: " + HeapLimit.lastUsed() + " bytes in use, limit " + HeapLimit.threshold()
                + " (--max-heap)\nfatal error: out of memory";
        for (P p : sched.active()) {
            if (p.current != null) {
                crash(p.current, first);
                return;
            }
        }
        tracer.panic(opP, 0, first);
        output.writeRaw(true, first + "\n");
        end(2);
    }

    private void deadlock() {
        String report = live.isEmpty() ? "fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n"
                : CrashReport.deadlock(live);
        tracer.deadlock(report);
        output.writeRaw(true, report);
        end(2);
    }

    // ---------------------------------------------------------------- scheduling

    /**
     * Gives every idle P a goroutine if it can get one now, as Go's schedule/findRunnable and
     * wakep do together:
     * <ol>
     *   <li>Ps with work of their own (runnext, local queue) take it at once — first, so that
     *       a P's runnext is not stolen by a P that merely comes earlier in the list, as in Go
     *       where the owner reaches it first;</li>
     *   <li>Ps whose M is awake (its goroutine just parked, ended or was preempted) search at
     *       once: global queue, then stealing; a P whose search finds nothing goes to sleep;</li>
     *   <li>a sleeping P searches only once woken. Go's newproc and ready call wakep when work
     *       is queued and no M is spinning; the woken M needs a futex wake-up and the OS to
     *       schedule it, microseconds in which the other Ps go on (and often reach the work
     *       first). That latency is what makes real Go's interleavings differ from run to
     *       run; here it is drawn from the run's seed ({@link #wakeLatency}), one wake-up at
     *       a time, the most recently idled P first (Go's pidle list is LIFO).</li>
     * </ol>
     * With one P none of this arises: single-P order is exactly Go's.
     */
    void scheduleIdle() {
        // Pristine Ps (Scheduler.active) have no work, are not awake and are not being woken.
        for (P p : sched.active()) {
            if (p.current == null && (p.hasLocalWork() || (p.awake && p.schedtick % 61 == 0 && !sched.global.isEmpty()))) {
                search(p);
            }
        }
        for (P p : sched.active()) {
            if (p.current != null) {
                continue;
            }
            if (p.awake) {
                search(p);
            } else if (p.wakeAt >= 0 && now >= p.wakeAt) {
                search(p);
            }
        }
        wakep();
    }

    /** An idle P's M searches for work (findRunnable); it sleeps if there is none. */
    private void search(P p) {
        sched.touch(p);
        p.wakeAt = -1;
        p.awake = true;
        scheduleOne(p);
        if (p.current == null) {
            p.awake = false;
            p.asleepSince = stats.rounds;
        }
    }

    /** Go's wakep: if work is queued where a sleeping P could take it and no P is waking yet, wake one. */
    private void wakep() {
        P sleeper = null;
        for (P p : sched.active()) {
            if (p.wakeAt >= 0) {
                return; // an M is already on its way (Go: nmspinning != 0)
            }
            if (p.current == null && !p.awake && (sleeper == null || p.asleepSince >= sleeper.asleepSince)) {
                sleeper = p;
            }
        }
        // The pristine Ps sleep since 0; a scan of every P in order would end at the last of them on a tie.
        P pristine = sched.lastPristine();
        if (pristine != null && (sleeper == null || pristine.asleepSince > sleeper.asleepSince
                || (pristine.asleepSince == sleeper.asleepSince && pristine.id > sleeper.id))) {
            sleeper = pristine;
        }
        if (sleeper == null || !queuedWork()) {
            return;
        }
        sched.touch(sleeper);
        sleeper.wakeAt = now + wakeLatency();
    }

    /** Whether any goroutine waits in the global queue or in a P's runnext or local queue. */
    private boolean queuedWork() {
        if (!sched.global.isEmpty()) {
            return true;
        }
        for (P p : sched.active()) {
            if (p.hasLocalWork()) {
                return true;
            }
        }
        return false;
    }

    /**
     * How long a sleeping P takes to wake, in virtual nanoseconds: 1 to {@link #MAX_WAKE_LATENCY},
     * one {@link DecisionKind#WAKE_LATENCY} decision (uniform under a seed).
     *
     * <p>The model, after real Go. A Go wakep is a futex wake-up: the woken M runs a few
     * microseconds later (about 5-50 µs on Linux, more on a loaded machine), while the waker
     * goes on at full speed. Spindle's clock counts safepoints (calls and loop back-edges, one
     * virtual ns each) and charges nothing for a runtime operation, so what matters is how far
     * the waker gets before the woken P searches: in Go, through a {@code go} statement, a
     * {@code wg.Wait} and usually a whole {@code fmt.Println} (a write system call, 1-5 µs) of
     * the goroutine it then runs; in Spindle that path is 10-30 safepoints. A wake-up of 1..32
     * virtual ns therefore lets the woken P win that race now and then, but not usually — the
     * odds measured on Go 1.19 at GOMAXPROCS=2 (300 runs per program, see
     * {@code GoOddsTest}): two goroutines printing, 84-97% "second first" (Spindle over seeds
     * 1..200: about 93%); a lost update with Gosched, 95-99% lost (Spindle ~96%); three senders
     * on one channel, 98% "3 1 2" (Spindle ~91%). The earlier bound of 5 made the rare Go
     * order Spindle's usual one (issue 13's table).
     */
    private long wakeLatency() {
        if (chooser.model() == Chooser.Model.FREE) {
            // Free model: the P wakes at the next boundary or a few later, so that a goroutine
            // created meanwhile can be the first one it finds (held operations stand for
            // every other delay).
            return chooser.choose(new Decision(DecisionKind.WAKE_LATENCY, 2,
                    k -> k == 0 ? "a sleeping P wakes at once" : "a sleeping P wakes late", null)) == 0 ? 1 : FREE_LATE_WAKE;
        }
        return 1 + chooser.choose(new Decision(DecisionKind.WAKE_LATENCY, MAX_WAKE_LATENCY,
                k -> "a sleeping P wakes in " + (k + 1) + " ns", null));
    }

    /** Free model: the late wake-up, in virtual ns (boundaries, each at least 1 ns there). */
    static final int FREE_LATE_WAKE = 4;

    /** Upper bound of {@link #wakeLatency()}. */
    static final int MAX_WAKE_LATENCY = 32;

    /** The earliest virtual time a sleeping P is due awake, or -1. */
    private long nextWake() {
        long w = -1;
        for (P p : sched.active()) {
            if (p.wakeAt >= 0 && (w < 0 || p.wakeAt < w)) {
                w = p.wakeAt;
            }
        }
        return w;
    }

    private void scheduleOne(P p) {
        while (p.current == null) {
            Scheduler.Pick pick = sched.findRunnable(p);
            if (pick == null) {
                return;
            }
            sched.execute(p, pick);
            G g = pick.g();
            if (g.relock() != null) {
                if (chooser.model() == Chooser.Model.FREE) {
                    chooser.applied(g.id, Footprint.GLOBAL);
                }
                Object l = g.relock();
                g.relock(null);
                opP = p.id;
                ops.lock(g, l);
            }
        }
    }

    /** Preempts goroutines whose 10 ms slice is over: to the tail of the global queue. */
    private void preempt() {
        for (P p : sched.active()) {
            G g = p.current;
            if (g != null && !isHeld(p) && now - p.sliceStart >= config.timeSlice()) {
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
        if (outsideAsked) {
            synchronized (outsideProcs) {
                for (var it = outsideProcs.iterator(); it.hasNext(); ) {
                    long[] req = it.next();
                    if (req[0] <= now) {
                        n = (int) req[1];
                        by = 0;
                        it.remove();
                    }
                }
                outsideAsked = !outsideProcs.isEmpty() || !procsAtEvents.isEmpty();
            }
        }
        if (n < 1 || n == sched.procs()) {
            return;
        }
        if (anyHeld()) {
            // Free model: a held operation must apply first; ask again at the next boundary.
            if (by == 0) {
                requestProcs(n, now);
            } else {
                programProcs = n;
                programProcsBy = by;
            }
            return;
        }
        resize(n, by);
    }

    /** GOMAXPROCS {@code n}, asked by goroutine {@code by} (0: from outside). Stops the world. */
    private void resize(int n, long by) {
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
                ChanState st = objects.chan(c.chan());
                (c.send() ? st.sendq : st.recvq).removeIf(w -> w.g() == g && w.generation() == gen);
            }
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
        return t.handle.channel() != null && ChanState.hasLive(objects.chan(t.handle.channel()).recvq);
    }

    /** Runs every timer due at or before {@code upTo}, in order, each at its own instant. */
    private void fireTimers(long upTo) {
        TimerState t;
        while ((t = timers.pollDue(upTo)) != null) {
            if (chooser.model() == Chooser.Model.FREE) {
                chooser.applied(0, Footprint.GLOBAL); // it wakes a sleeper or sends: the runtime acts
            }
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
                var code = h.afterFunc().get();
                if (code == null) {
                    // time.AfterFunc(d, nil): Go's timer goroutine runs go f() and dies of it.
                    tracer.panic(opP, 0, "fatal error: go of nil func value");
                    output.writeRaw(true, "fatal error: go of nil func value\n");
                    end(2);
                    return;
                }
                G ng = new G(nextGoid++, 0, "time.goFunc", 0, code);
                ng.code.started(ng.id);
                if (race != null) {
                    race.go(0, null, ng.id); // a timer gives no edge
                }
                live.put(ng.id, ng);
                stats.goroutinesCreated++;
                tracer.goCreate(opP, ng);
                sched.runqput(sched.allp.get(opP), ng, true);
            } else if (h.channel() != null) {
                ChanState st = objects.chan(h.channel());
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
