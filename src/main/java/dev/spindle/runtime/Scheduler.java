package dev.spindle.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * Go's scheduling policy, function for function after {@code src/runtime/proc.go}:
 * {@link #runqput}, {@link #runqget}, {@link #globrunqget}, {@link #findRunnable} (with
 * {@code stealWork}, {@code runqsteal}, {@code runqgrab}), {@link #execute} and
 * {@link #procresize}. Every method is executed only by the round coordinator, so the
 * lock-free dances of the originals (CAS on runnext, the usleep before stealing runnext)
 * collapse into plain code; the decisions are the same.
 */
final class Scheduler {

    /** Go's {@code stealTries}. */
    static final int STEAL_TRIES = 4;

    final List<P> allp = new ArrayList<>();
    final GlobalRunQueue global = new GlobalRunQueue();
    private final int runQueueCapacity;
    private final Chooser chooser;
    private final Tracer tracer;
    final RunStats stats;

    Scheduler(int procs, int runQueueCapacity, Chooser chooser, Tracer tracer, RunStats stats) {
        this.runQueueCapacity = runQueueCapacity;
        this.chooser = chooser;
        this.tracer = tracer;
        this.stats = stats;
        for (int i = 0; i < procs; i++) {
            allp.add(new P(i, runQueueCapacity));
        }
    }

    int procs() {
        return allp.size();
    }

    /**
     * Go's runqput: puts {@code g} on {@code p}'s local queue; with {@code next}, into
     * {@code runnext}, kicking the previous runnext to the tail. A full queue sends half of
     * itself and the goroutine to the global queue (runqputslow).
     */
    void runqput(P p, G g, boolean next) {
        if (next) {
            G old = p.runnext;
            p.runnext = g;
            if (old == null) {
                return;
            }
            g = old;
        }
        p.local().pushBackOrOverflow(g, global);
    }

    /** A scheduling choice: the goroutine and whether it inherits the current time slice. */
    record Pick(G g, boolean inheritTime) {}

    /** Go's runqget: runnext first (inheriting the time slice), then the queue's head. */
    Pick runqget(P p) {
        G next = p.runnext;
        if (next != null) {
            p.runnext = null;
            return new Pick(next, true);
        }
        G g = p.local().pop();
        return g == null ? null : new Pick(g, false);
    }

    /**
     * Go's globrunqget(batch): takes {@code min(size, size/GOMAXPROCS + 1, max, capacity/2)}
     * goroutines from the global queue, returns the first and puts the rest on {@code p}'s
     * local queue. {@code max <= 0} means no extra limit.
     */
    G globrunqget(P p, int max) {
        int size = global.size();
        if (size == 0) {
            return null;
        }
        int n = Math.min(size, size / procs() + 1);
        if (max > 0) {
            n = Math.min(n, max);
        }
        n = Math.min(n, runQueueCapacity / 2);
        G first = global.poll();
        for (int i = 1; i < n; i++) {
            runqput(p, global.poll(), false);
        }
        return first;
    }

    /**
     * Go's findRunnable, minus what has no counterpart here (GC work, netpoll; timers are run
     * by the coordinator before scheduling): every 61st schedtick one goroutine from the global
     * queue first, for fairness; then runnext and the local queue; then a batch from the
     * global queue; then stealing. Returns null when there is nothing to run.
     */
    Pick findRunnable(P p) {
        if (p.schedtick % 61 == 0 && !global.isEmpty()) {
            return new Pick(global.poll(), false);
        }
        Pick local = runqget(p);
        if (local != null) {
            return local;
        }
        if (!global.isEmpty()) {
            return new Pick(globrunqget(p, 0), false);
        }
        G stolen = stealWork(p);
        return stolen == null ? null : new Pick(stolen, false);
    }

    /**
     * Go's stealWork: {@link #STEAL_TRIES} passes over all other Ps in a random order
     * ({@link DecisionKind#STEAL_ORDER}, one decision per pass as Go draws one); runnext may be
     * taken only in the last pass. Under the free model only the orders that differ are
     * asked: see {@link #stealFree}.
     */
    private G stealWork(P p) {
        int n = procs();
        if (n < 2) {
            return null;
        }
        if (chooser.model() == Chooser.Model.FREE) {
            return stealFree(p);
        }
        int[] coprimes = coprimes(n);
        for (int i = 0; i < STEAL_TRIES; i++) {
            boolean stealRunNext = i == STEAL_TRIES - 1;
            int r = chooser.choose(new Decision(DecisionKind.STEAL_ORDER, n * coprimes.length,
                    k -> "start at P" + (k % n) + ", stride " + coprimes[k / n], null));
            int pos = r % n;
            int inc = coprimes[r / n];
            for (int k = 0; k < n; k++, pos = (pos + inc) % n) {
                P victim = allp.get(pos);
                if (victim == p) {
                    continue;
                }
                G g = runqsteal(p, victim, stealRunNext);
                if (g != null) {
                    return g;
                }
            }
        }
        return null;
    }

    /**
     * stealWork as the free model sees it: what Go's passes amount to is "the first victim in
     * the random order with a non-empty queue, else (last pass) the first with a runnext", so
     * the only choice is which of the victims that have work is robbed, asked only when there
     * are two or more.
     */
    private G stealFree(P p) {
        List<P> victims = new ArrayList<>();
        for (P v : allp) {
            if (v != p && !v.runq.isEmpty()) {
                victims.add(v);
            }
        }
        boolean runNext = victims.isEmpty();
        if (runNext) {
            for (P v : allp) {
                if (v != p && v.runnext != null) {
                    victims.add(v);
                }
            }
        }
        if (victims.isEmpty()) {
            return null;
        }
        int k = victims.size() < 2 ? 0 : chooser.choose(new Decision(DecisionKind.STEAL_ORDER, victims.size(),
                i -> "P" + p.id + " robs " + victims.get(i), null));
        return runqsteal(p, victims.get(k), runNext);
    }

    /** Go's runqsteal/runqgrab: half of the victim's queue to the thief; returns the last one taken. */
    private G runqsteal(P thief, P victim, boolean stealRunNext) {
        int n = victim.stealer().stealHalfInto(thief.runq);
        if (n == 0) {
            if (stealRunNext && victim.runnext != null) {
                G g = victim.runnext;
                victim.runnext = null;
                tracer.steal(victim.id, thief.id, 1);
                stats.steals++;
                return g;
            }
            return null;
        }
        tracer.steal(victim.id, thief.id, n);
        stats.steals++;
        return thief.runq.popTail();
    }

    /** Go's randomOrder: the numbers below and coprime with {@code n}, used as strides. */
    private static int[] coprimes(int n) {
        int[] out = new int[n];
        int k = 0;
        for (int i = 1; i <= n; i++) {
            if (gcd(i, n) == 1) {
                out[k++] = i;
            }
        }
        return java.util.Arrays.copyOf(out, k);
    }

    private static int gcd(int a, int b) {
        while (b != 0) {
            int t = a % b;
            a = b;
            b = t;
        }
        return a;
    }

    /**
     * Go's execute: binds the picked goroutine to {@code p}. A goroutine that does not
     * inherit the time slice starts a new one and counts a schedtick.
     */
    void execute(P p, Pick pick) {
        if (!pick.inheritTime()) {
            p.schedtick++;
            p.sliceStart = tracer.time;
        }
        G g = pick.g();
        g.transition(GStatus.RUNNING);
        p.current = g;
        p.awake = true;
        p.wakeAt = -1;
        tracer.goStart(p.id, g);
        stats.contextSwitches++;
    }

    /**
     * Go's procresize, with the world stopped and no goroutine bound to a P that is dropped:
     * adds Ps, or removes the last ones, moving their runnext and local queues to the head of
     * the global queue (queue order kept, runnext first, as {@code (*p).destroy} does).
     */
    void procresize(int n) {
        int old = procs();
        for (int i = old; i < n; i++) {
            allp.add(new P(i, runQueueCapacity));
        }
        for (int i = old - 1; i >= n; i--) {
            P dropped = allp.remove(i);
            if (dropped.current != null) {
                throw new IllegalStateException("procresize: " + dropped + " still runs " + dropped.current);
            }
            List<G> queued = dropped.local().drain();
            for (int k = queued.size() - 1; k >= 0; k--) {
                global.putHead(queued.get(k));
            }
            if (dropped.runnext != null) {
                global.putHead(dropped.runnext);
                dropped.runnext = null;
            }
        }
    }
}
