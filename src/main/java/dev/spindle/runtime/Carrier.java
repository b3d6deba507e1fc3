package dev.spindle.runtime;

import dev.spindle.runtime.spi.Slice;
import java.util.concurrent.locks.LockSupport;

/**
 * A carrier (Go's M): one platform thread, named {@code spindle-carrier-N}, bound to P N
 * (and to Ps N + k, N + 2k, ... when GOMAXPROCS exceeds the k carriers the engine starts,
 * {@code Engine.MAX_CARRIERS}). Each round it runs the goroutines of its Ps with the VM for
 * their budgets, one after the other, really in
 * parallel with the other carriers; the carrier that finishes a round last becomes the
 * coordinator for the boundary (no extra thread, and no hand-off at all when only one P is
 * busy), then starts the next round — or, if the round is chatty, runs its tiny slices
 * itself (see {@code Engine.runsInline}).
 *
 * <p>Hand-off protocol: the coordinator writes the slices ({@link #add}), then the
 * volatile {@link #task}, then unparks the thread; the carrier reads {@code task} (acquire),
 * runs, writes the results into the engine's {@code roundResults}, and decrements the round's counter (a volatile
 * read-modify-write, which orders its writes before the last arriver's reads).
 */
final class Carrier implements Runnable {

    /** Tasks besides running a goroutine. */
    enum Control { RUN, COORDINATE, SHUTDOWN }

    final int index;
    final Thread thread;
    private final Engine engine;
    private volatile Control task;
    /** The slices of this round (coordinator writes, carrier runs): P ids, goroutines, budgets. */
    private int[] pids = new int[1];
    private G[] gs = new G[1];
    private long[] budgets = new long[1];
    int slices;
    /** Wall time this thread has waited for tasks (its own thread writes it; read when the run ends). */
    long waitedNanos;
    /** When this thread began the wait it is in, or 0: the run's end adds a wait still under way ({@link #waitedUntil}). */
    private volatile long waitingSince;
    /** This round's only P ({@code Engine.alone}), whose boundaries this carrier applies in place; else null. */
    private P alone;

    Carrier(int index, Engine engine) {
        this.index = index;
        this.engine = engine;
        // Below the window's threads: where priorities count (the installed runtime runs with
        // -XX:ThreadPriorityPolicy=1, see packaging/build.sh), a program running flat out on every
        // core still leaves the FX thread the first claim on one, so input is answered at once.
        // Elsewhere Linux ignores Java priorities; the run's results never depend on them.
        this.thread = engine.virtualCarriers
                ? Thread.ofVirtual().name("spindle-carrier-" + index).unstarted(this)
                : Thread.ofPlatform().name("spindle-carrier-" + index).daemon(true)
                        .priority(Thread.MIN_PRIORITY).unstarted(this);
    }

    /**
     * Coordinator, at the run's end: the wall time this thread has waited for tasks until
     * {@code now}, the wait it is still in included (a carrier whose Ps had nothing to do at
     * the end waits there until it is shut down).
     */
    long waitedUntil(long now) {
        long since = waitingSince;
        return waitedNanos + (since != 0 ? Math.max(0, now - since) : 0);
    }

    /** Coordinator only: adds P {@code pid}'s slice to this carrier's round. */
    void add(int pid, G g, long budget) {
        if (slices == pids.length) {
            pids = java.util.Arrays.copyOf(pids, slices * 2);
            gs = java.util.Arrays.copyOf(gs, slices * 2);
            budgets = java.util.Arrays.copyOf(budgets, slices * 2);
        }
        pids[slices] = pid;
        gs[slices] = g;
        budgets[slices] = budget;
        slices++;
    }

    /** Coordinator only: this carrier runs the round's only slice, P {@code p}'s (see {@code Engine.runAlone}). */
    void addAlone(P p) {
        alone = p;
    }

    /** Coordinator only: gives this carrier its next task and wakes it (unless it is the calling thread). */
    void assign(Control what) {
        task = what;
        if (Thread.currentThread() != thread) {
            LockSupport.unpark(thread);
        }
    }

    @Override
    public void run() {
        while (true) {
            Control t;
            if ((t = task) == null) {
                long since = System.nanoTime();
                waitingSince = since;
                while ((t = task) == null) {
                    LockSupport.park(this);
                }
                waitingSince = 0;
                waitedNanos += System.nanoTime() - since;
            }
            task = null;
            switch (t) {
                case SHUTDOWN -> {
                    return;
                }
                case COORDINATE -> engine.coordinate(this);
                case RUN -> {
                    P only = alone;
                    if (only != null) {
                        alone = null;
                        engine.runAlone(only);
                        if (engine.arrive()) {
                            engine.coordinate(this);
                        }
                        continue;
                    }
                    Slice[] results = engine.roundResults;
                    int n = slices;
                    slices = 0; // before arriving: the next round's coordinator may fill it again
                    for (int i = 0; i < n; i++) {
                        results[pids[i]] = runSafely(gs[i], budgets[i]);
                        gs[i] = null;
                    }
                    if (engine.arrive()) {
                        engine.coordinate(this);
                    }
                }
            }
        }
    }

    /** Runs the goroutine's code; a Java exception from the VM becomes a fatal error of that goroutine. */
    static Slice runSafely(G g, long budget) {
        try {
            Slice s = g.code.run(g.resume, budget);
            if (s == null) {
                return new Slice.Panicked("spindle: VM returned no result", true, 0);
            }
            return s;
        } catch (StackOverflowError e) {
            return new Slice.Panicked("stack overflow", true, 0);
        } catch (OutOfMemoryError e) {
            return new Slice.Panicked("out of memory", true, 0, "runtime: out of memory\n");
        } catch (RuntimeException | Error e) {
            return new Slice.Panicked("spindle: internal VM error: " + e, true, 0);
        }
    }
}
