package dev.spindle.runtime;

import dev.spindle.runtime.spi.GoroutineCode;
import dev.spindle.runtime.spi.Slice;
import dev.spindle.trace.EventLog;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs one Go program: {@code main}'s code as goroutine 1, GOMAXPROCS carriers, rounds and
 * boundaries, until main returns, the program exits, panics or deadlocks, or someone stops
 * it. The run's only outputs are the program's bytes on the configured streams and the
 * {@link #log() event log}.
 *
 * <pre>
 *   var engine = new Engine(config, mainCode, "main.main");
 *   engine.start();                  // returns at once; carriers run the program
 *   engine.pacer().pause();          // UI controls, any thread
 *   engine.setMaxProcs(4);           // the cores slider, any thread
 *   RunResult r = engine.await();    // or engine.run() = start + await
 * </pre>
 */
public final class Engine {

    private final Coordinator coordinator;

    /** Tests in this package: the scheduler's state after a run. */
    Scheduler scheduler() {
        return coordinator.sched;
    }
    private final EventLog log;
    private final Pacer pacer = new Pacer();
    private final GoroutineCode main;
    private final String mainFunction;
    private final List<Carrier> carriers = new ArrayList<>();
    private final AtomicInteger pending = new AtomicInteger();
    private final CompletableFuture<RunResult> done = new CompletableFuture<>();
    private boolean started;
    private boolean initialized;
    private long wallStart;

    public Engine(EngineConfig config, GoroutineCode main, String mainFunction) {
        this(config, main, mainFunction, new EventLog());
    }

    /** An engine appending to {@code log} (e.g. {@link EventLog#discarding()} for a run nobody replays). */
    public Engine(EngineConfig config, GoroutineCode main, String mainFunction, EventLog log) {
        this(config, main, mainFunction, log, new SeededChooser(config.seed()));
    }

    /**
     * An engine whose choices come from {@code chooser} instead of the seed alone (a replayed
     * {@link Schedule}, an explorer). The config's seed still seeds the goroutines' own streams.
     */
    public Engine(EngineConfig config, GoroutineCode main, String mainFunction, EventLog log, Chooser chooser) {
        this.log = log;
        this.coordinator = new Coordinator(config, log, pacer, chooser);
        this.main = main;
        this.mainFunction = mainFunction;
    }

    /**
     * Turns on the race detector ({@code --race}) before {@link #start()}: the goroutines'
     * code must log their heap accesses ({@link GoroutineCode#raceLog()}); races are reported
     * on stderr as Go's are, and a run that found any and would exit 0 exits 66.
     */
    public void detectRaces(String file) {
        coordinator.race = new dev.spindle.runtime.race.RaceDetector(file);
    }

    /** Data races the detector has reported (Go's "Found N data race(s)"; 0 when it is off); after the run. */
    public int racesFound() {
        return coordinator.race == null ? 0 : coordinator.race.found();
    }

    /** The first data race's report as printed on stderr, or null (none, or the detector is off); after the run. */
    public String firstRace() {
        var r = coordinator.race == null ? null : coordinator.race.first();
        return r == null ? null : r.text();
    }

    /**
     * Containers the race detector holds shadow state for now (0 when it is off): only those
     * the program can still reach, once the collector has run (the shadow map is weak).
     */
    public int raceLiveContainers() {
        return coordinator.race == null ? 0 : coordinator.race.liveContainers();
    }

    /** Memory locations the race detector has shadow state for (0 when it is off); after the run. */
    public long raceLocations() {
        return coordinator.race == null ? 0 : coordinator.race.locations();
    }

    /** The run's event log; read it with {@link EventLog#snapshot()} from any thread. */
    public EventLog log() {
        return log;
    }

    public Pacer pacer() {
        return pacer;
    }

    /** Starts the carriers; returns at once. Call once. */
    public synchronized void start() {
        if (started) {
            throw new IllegalStateException("already started");
        }
        started = true;
        wallStart = System.nanoTime();
        ensureCarriers(coordinator.sched.procs());
        carriers.get(0).assign(Carrier.Control.COORDINATE);
    }

    /** Waits for the end of the run. */
    public RunResult await() throws InterruptedException {
        try {
            return done.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Waits at most {@code millis} for the end of the run; null on timeout. */
    public RunResult await(long millis) throws InterruptedException {
        try {
            return done.get(millis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return null;
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** {@link #start()} then {@link #await()}. */
    public RunResult run() throws InterruptedException {
        start();
        return await();
    }

    /** Changes GOMAXPROCS from outside at the next round boundary (stop-the-world). Any thread. */
    public void setMaxProcs(int n) {
        coordinator.requestProcs(n, 0);
    }

    /** Changes GOMAXPROCS at the first boundary at or after virtual time {@code at} (to replay a run). Any thread. */
    public void setMaxProcsAt(int n, long at) {
        coordinator.requestProcs(n, at);
    }

    /**
     * Changes GOMAXPROCS at the very end of the first boundary after which the log holds at
     * least {@code events} events: right after the boundary that logged event
     * {@code events - 1} (the app's "at the event on screen" when it replays a run). Any thread.
     */
    public void setMaxProcsAfterEvents(int n, long events) {
        coordinator.requestProcsAfterEvents(n, events, 0);
    }

    /**
     * Changes GOMAXPROCS at the very end of the first boundary that ends with at least
     * {@code events} events in the log, at or after virtual time {@code at}: with (0, 0) at
     * the end of the boundary the run stands paused at (or of the round under way), without
     * waiting for another round; with the log size and time where such a change was made, at
     * the same place of a replay. Any thread.
     */
    public void setMaxProcsAfterEvents(int n, long events, long at) {
        coordinator.requestProcsAfterEvents(n, events, at);
    }

    /**
     * From the end of the boundary {@link #setMaxProcsAfterEvents(int, long, long)} would pick
     * on, the run's choices (wake-ups, ties, steal order, select) come from {@code seed}; map
     * order and math/rand keep the first seed's streams. A run replaying a schedule ignores it.
     * Any thread.
     */
    public void reseedAfterEvents(long seed, long events, long at) {
        coordinator.requestReseedAfterEvents(seed, events, at);
    }

    /**
     * Runs every round on the coordinating carrier, none handed to the other carriers (call
     * before {@link #start()}): the same log (see {@link #runsInline}), with no thread
     * hand-off per round. A replay the screen waits for is then bounded by the work it
     * interprets, not by how fast a loaded machine wakes threads. False: only chatty rounds
     * again (any thread, any time: which thread runs a slice never changes the run).
     */
    public void runEveryRoundInline(boolean all) {
        inlineBelow = all ? Long.MAX_VALUE : CHATTY_BELOW;
    }

    /**
     * Stops the run at the first boundary past virtual time {@code nanos}, as {@link #stop()}
     * does: the same run is stopped at the same point on any machine (the explorer's "did
     * not finish"). Call before {@link #start()}.
     */
    public void limitVirtualTime(long nanos) {
        coordinator.virtualLimit = nanos;
    }

    /**
     * Stops the run at the first boundary after it has executed more than {@code instructions}
     * (budget units, summed over the Ps): a bound on the work a run does, which, unlike its
     * virtual time, a program's sleeps do not use up. Deterministic like
     * {@link #limitVirtualTime}. Call before {@link #start()}.
     */
    public void limitWork(long instructions) {
        coordinator.workLimit = instructions;
    }

    /**
     * Runs the carriers on virtual threads: starting one costs about a microsecond instead of
     * a platform thread's tens, which decides the explorer's throughput (thousands of short
     * runs, each with its own carriers). Results do not depend on the kind of thread. Call
     * before {@link #start()}.
     */
    public void virtualCarriers() {
        virtualCarriers = true;
    }

    /** Whether {@link #virtualCarriers()} was asked for. */
    boolean virtualCarriers;

    /** Stops the run at the next boundary; it ends with exit code -1. Any thread. */
    public void stop() {
        pacer.stop();
    }

    /** Carrier: one goroutine's slice is done; true for the last of the round, which must then coordinate. */
    boolean arrive() {
        return pending.decrementAndGet() == 0;
    }

    /**
     * Carrier holding the coordinator role: processes the boundary and launches the next
     * round, or ends the run. A chatty round ({@link #runsInline}) is run right here, slice
     * after slice, and followed by its boundary without any thread hand-off.
     */
    void coordinate(Carrier self) {
        while (true) {
            boolean going;
            if (doneInPlace != 0) {
                going = doneInPlace > 0; // the boundary of the round just run was applied in place
                doneInPlace = 0;
            } else {
                going = boundary();
            }
            if (!going) {
                finish();
                return;
            }
            if (!runsInline()) {
                launchRound();
                return;
            }
            runInline();
        }
    }

    /**
     * One boundary: the round's results applied (or the run started), GOMAXPROCS changes due
     * at its end, the pacer's hold. False when the run is over.
     */
    private boolean boundary() {
        boolean going;
        int before = log.size();
        try {
            if (!initialized) {
                initialized = true;
                coordinator.start(main, mainFunction);
                going = true;
            } else {
                Slice[] results = new Slice[coordinator.budgets.length];
                for (P pp : coordinator.sched.active()) { // only these have budgets
                    int p = pp.id;
                    if (p < results.length && coordinator.budgets[p] > 0) {
                        results[p] = roundResults[p];
                        roundResults[p] = null;
                    }
                }
                going = coordinator.boundary(results);
            }
            if (going) {
                coordinator.resizeAtBoundaryEnd();
            }
            if (going && !pacer.afterBoundary(log.size() - before)) {
                coordinator.stopRun();
                going = false;
            }
            if (going) {
                coordinator.resizeAtBoundaryEnd(); // a change asked while paused here
            }
        } catch (RuntimeException | Error e) {
            coordinator.internalError(e);
            going = false;
        }
        return going;
    }

    /**
     * The only P with a budget in the round about to run, or null (none, or several). Such a
     * round is run by one thread and nobody else touches the coordinator's state until it
     * ends, so that thread may apply the boundary itself ({@link #runAlone}).
     */
    P alone() {
        long[] budgets = coordinator.budgets;
        P only = null;
        for (P p : coordinator.sched.active()) {
            if (p.id < budgets.length && budgets[p.id] > 0) {
                if (only != null) {
                    return null;
                }
                only = p;
            }
        }
        return only;
    }

    /**
     * Runs the slice of P {@code p}, alone in its round, and then, on this same thread, the
     * round's boundary (the same {@link #boundary()} as ever: same order, same decisions, same
     * events, the pacer's hold) and the next slice, as long as each boundary leaves exactly one
     * P with a budget. This is the round of one goroutine that syncs every few instructions
     * (a spawn loop, Lock/Unlock, a channel ping-pong with one P busy): without it every
     * boundary went back up through the carrier and the engine's loop, and every round that
     * was not chatty cost a thread hand-off. Nothing observable changes: a run is the same
     * sequence of rounds and boundaries; only which thread applies them differs, which the
     * coordinator's role never depended on. The engine then goes on from the last boundary
     * applied here ({@link #doneInPlace}, see {@link #coordinate}).
     */
    void runAlone(P p) {
        while (true) {
            if (p.id >= roundResults.length) {
                roundResults = java.util.Arrays.copyOf(roundResults, coordinator.sched.procs()); // grown by a resize
            }
            roundResults[p.id] = Carrier.runSafely(p.current, coordinator.budgets[p.id]);
            boolean going = boundary();
            P next = going ? alone() : null;
            if (next == null) {
                doneInPlace = going ? 1 : -1;
                return;
            }
            p = next;
        }
    }

    /** After {@link #runAlone}: 1 the run goes on, -1 it is over, 0 no boundary was applied in place. Coordinating thread only. */
    private int doneInPlace;

    /**
     * Whether the next round is chatty: every P about to run used fewer than
     * {@link #inlineBelow} instructions in its last slice (a goroutine that stops at a runtime
     * operation every few instructions, like a spawn loop or a channel ping-pong). Waking
     * another carrier (a futex wake-up and an OS reschedule, tens of microseconds on a busy
     * machine) would then cost far more than the slices themselves, so the coordinating
     * carrier runs them itself. A slice is bounded by its budget, so a misjudged round costs
     * at most one short budget of serial work; a P that spends its budget or runs longer goes
     * back to its own carrier at the next round. Only which thread runs a slice changes:
     * results, boundaries and the event log are the same either way.
     */
    private boolean runsInline() {
        long[] budgets = coordinator.budgets;
        for (P p : coordinator.sched.active()) {
            if (budgets[p.id] > 0 && p.lastUsed >= inlineBelow) {
                return false;
            }
        }
        return true;
    }

    /** Runs every P's slice of a chatty round on this thread, in P order. */
    private void runInline() {
        ensureCarriers(coordinator.sched.procs());
        P only = alone();
        if (only != null) {
            runAlone(only);
            return;
        }
        long[] budgets = coordinator.budgets;
        for (P p : coordinator.sched.active()) {
            if (budgets[p.id] > 0) {
                roundResults[p.id] = Carrier.runSafely(p.current, budgets[p.id]);
            }
        }
    }

    /**
     * Slices shorter than this (virtual instructions) mark a chatty round; 0 runs every round
     * on the carriers. About 2-5 µs of interpretation: well under one thread wake-up.
     */
    private volatile long inlineBelow = CHATTY_BELOW;
    private static final long CHATTY_BELOW = 256;

    /** Tests: chatty rounds are never run inline (every round goes through the carriers). */
    void neverInline() {
        inlineBelow = 0;
    }

    /**
     * Starts the next round. Everything is read from the coordinator first: once the first
     * carrier is released, the round may end and another carrier may become the coordinator
     * (and change the budgets) while this thread is still here, so after the first hand-off
     * this method touches nothing shared but the carriers it still has to release.
     */
    private void launchRound() {
        int procs = coordinator.sched.procs();
        ensureCarriers(procs);
        long[] budgets = coordinator.budgets;
        P only = alone();
        if (only != null) {
            Carrier c = carriers.get(only.id % carriers.size());
            c.addAlone(only);
            pending.set(1);
            c.assign(Carrier.Control.RUN);
            return;
        }
        List<Carrier> go = new ArrayList<>(carriers.size());
        for (P p : coordinator.sched.active()) {
            if (budgets[p.id] > 0) {
                Carrier c = carriers.get(p.id % carriers.size());
                if (c.slices == 0) {
                    go.add(c);
                }
                c.add(p.id, p.current, budgets[p.id]);
            }
        }
        pending.set(go.size());
        for (Carrier c : go) {
            c.assign(Carrier.Control.RUN);
        }
    }

    /**
     * The most carrier threads a run starts, whatever GOMAXPROCS says: Ps are lanes, not
     * threads. With more Ps than carriers, carrier {@code i} runs the slices of Ps {@code i},
     * {@code i + n}, ... one after the other; which thread runs a slice never changes its
     * result, so outputs and event logs are those of one thread per P. At least 8, so that a
     * classroom's lanes are real threads even on a small laptop; the host's cores beyond that.
     */
    static final int MAX_CARRIERS = Math.max(8, Runtime.getRuntime().availableProcessors());

    /** Each P's slice result of the current round, by P id (written by carriers, read by the coordinator). */
    Slice[] roundResults = new Slice[0];

    /** Grows or shrinks the carrier list for {@code procs} Ps: new threads up to {@link #MAX_CARRIERS}, shutdown for dropped ones. */
    private void ensureCarriers(int procs) {
        if (roundResults.length < procs) {
            roundResults = java.util.Arrays.copyOf(roundResults, procs);
        }
        procs = Math.min(procs, MAX_CARRIERS);
        while (carriers.size() < procs) {
            Carrier c = new Carrier(carriers.size(), this);
            carriers.add(c);
            c.thread.start();
        }
        while (carriers.size() > procs) {
            carriers.remove(carriers.size() - 1).assign(Carrier.Control.SHUTDOWN);
        }
    }

    /**
     * Records each carrier thread's CPU time at the end of the run ({@link RunStats#cpuPerCarrier()},
     * for {@code --stats}). Off by default: the JVM's management classes it loads cost a
     * run that does not print them tens of milliseconds. Call before {@link #start()}.
     */
    public void measureCarrierCpu() {
        measureCpu = true;
    }

    private boolean measureCpu;

    /** Each carrier thread's CPU time so far (-1 where the JVM cannot measure it). */
    private long[] cpuTimes() {
        long[] cpu = new long[carriers.size()];
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < cpu.length; i++) {
            Thread t = carriers.get(i).thread;
            cpu[i] = !t.isVirtual() && threads.isThreadCpuTimeSupported() ? threads.getThreadCpuTime(t.threadId()) : -1;
        }
        return cpu;
    }

    private void finish() {
        long end = System.nanoTime(); // before the CPU times, whose first reading loads classes
        long wall = end - wallStart;
        long[] waited = new long[carriers.size()];
        for (int i = 0; i < waited.length; i++) {
            waited[i] = carriers.get(i).waitedUntil(end); // each wrote its total before it last arrived or coordinated
        }
        coordinator.stats.waitedPerCarrier = waited;
        if (measureCpu) {
            coordinator.stats.cpuPerCarrier = cpuTimes();
        }
        for (Carrier c : carriers) {
            c.assign(Carrier.Control.SHUTDOWN);
        }
        coordinator.stats.addBusy(0, 0);
        done.complete(new RunResult(coordinator.exitCode(), coordinator.stopped(), coordinator.now,
                wall, coordinator.stats));
    }
}
