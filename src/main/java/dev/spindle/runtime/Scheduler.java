package dev.spindle.runtime;

import java.util.ArrayList;
import java.util.BitSet;
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
     * The Ps that have ever run a goroutine, searched for one, been woken or been given one.
     * Every other P is pristine: no goroutine, no queued work, asleep since the start, never
     * woken. Per-round work visits only these ({@link #active()}), so that
     * {@code GOMAXPROCS(100000)} with a handful of goroutines costs what a handful of Ps do;
     * a pristine P changes nothing a loop over every P would compute (see {@link #stealWork}
     * and {@code Coordinator.wakep} for the two places that need more than skipping them).
     */
    private final BitSet active = new BitSet();

    /** Marks {@code p} as no longer pristine; call before it runs, searches, wakes or gets work. */
    void touch(P p) {
        if (!allActive) {
            if (!active.get(p.id)) {
                active.set(p.id);
                activeArray = null;
            }
            allActive = active.cardinality() >= allp.size();
        }
    }

    /**
     * Every P has been touched (the usual state of a run at --procs 1 or 2 after its first
     * rounds): the bit set no longer changes until a resize.
     */
    private boolean allActive;

    /**
     * {@link #active()}'s answer, made again only when a P is touched for the first time or
     * the Ps change (null then). An array because the loops over the Ps run several times at
     * every boundary, hundreds of thousands of boundaries a second in a run of many short
     * goroutines: a for-each over an array makes nothing, where one over an iterable made an
     * iterator each time (a quarter of what such a run allocated).
     */
    private P[] activeArray;

    /**
     * The non-pristine Ps in P order (see {@link #touch}). Callers only read the array. A loop
     * over it sees the Ps active when it began; no loop touches a pristine P (the Ps a loop's
     * body readies goroutines on or searches for are those it visits), so that is also every P
     * active while it runs.
     */
    P[] active() {
        P[] a = activeArray;
        if (a == null) {
            a = new P[allActive ? allp.size() : active.cardinality()];
            int k = 0;
            for (int i = active.nextSetBit(0); i >= 0 && i < allp.size() && k < a.length; i = active.nextSetBit(i + 1)) {
                a[k++] = allp.get(i);
            }
            a = k == a.length ? a : java.util.Arrays.copyOf(a, k);
            activeArray = a;
        }
        return a;
    }

    /** The highest-numbered pristine P, or null if every P has been used. */
    P lastPristine() {
        int i = active.previousClearBit(allp.size() - 1);
        return i < 0 ? null : allp.get(i);
    }

    /**
     * Go's runqput: puts {@code g} on {@code p}'s local queue; with {@code next}, into
     * {@code runnext}, kicking the previous runnext to the tail. A full queue sends half of
     * itself and the goroutine to the global queue (runqputslow).
     */
    void runqput(P p, G g, boolean next) {
        touch(p);
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
        if (chooser.model() == Chooser.Model.FREE) {
            return pickFree(p);
        }
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
     * taken only in the last pass.
     */
    private G stealWork(P p) {
        int n = procs();
        if (n < 2) {
            return null;
        }
        int[] coprimes = coprimes(n);
        for (int i = 0; i < STEAL_TRIES; i++) {
            boolean stealRunNext = i == STEAL_TRIES - 1;
            int r = chooser.choose(new Decision(DecisionKind.STEAL_ORDER, n * coprimes.length,
                    k -> "start at P" + (k % n) + ", stride " + coprimes[k / n], null));
            int pos = r % n;
            int inc = coprimes[r / n];
            if (active.cardinality() * 8 < n) {
                // Most Ps are pristine (nothing to steal): visit the others in this pass's order.
                G g = stealFromActive(p, pos, inc, n, stealRunNext);
                if (g != null) {
                    return g;
                }
                continue;
            }
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

    /** The goroutine ids of a RUN_NEXT decision's options (someone choosing by hand points at the tokens). */
    private static long[] ids(List<G> gs) {
        long[] ids = new long[gs.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = gs.get(i).id;
        }
        return ids;
    }

    /**
     * findRunnable under the free model: any runnable goroutine may be the one {@code p} runs
     * next (Go's run-queue order is a policy, not a promise: timing, preemption and stealing
     * let any of them go first). One {@link DecisionKind#RUN_NEXT} decision over all of them,
     * option 0 being the one Go's policy would take first (own runnext, own queue, global
     * queue, the others' queues, the others' runnext), so that option 0 everywhere is Go's
     * order. Taking another P's goroutine is a steal.
     */
    private Pick pickFree(P p) {
        List<G> gs = new ArrayList<>();
        List<P> from = new ArrayList<>(); // null = the global queue
        if (p.runnext != null) {
            gs.add(p.runnext);
            from.add(p);
        }
        for (G g : p.runq.peekAll()) {
            gs.add(g);
            from.add(p);
        }
        for (G g : global.peekAll()) {
            gs.add(g);
            from.add(null);
        }
        for (P v : allp) {
            if (v != p) {
                for (G g : v.runq.peekAll()) {
                    gs.add(g);
                    from.add(v);
                }
            }
        }
        for (P v : allp) {
            if (v != p && v.runnext != null) {
                gs.add(v.runnext);
                from.add(v);
            }
        }
        if (gs.isEmpty()) {
            return null;
        }
        int k = gs.size() < 2 ? 0 : chooser.choose(new Decision(DecisionKind.RUN_NEXT, gs.size(),
                i -> "P" + p.id + " runs G" + gs.get(i).id + (from.get(i) == null ? " from the global queue"
                        : from.get(i) == p ? "" : " stolen from " + from.get(i)), ids(gs)));
        G g = gs.get(k);
        P owner = from.get(k);
        if (owner == null) {
            global.remove(g);
            return new Pick(g, false);
        }
        boolean inherit = owner == p && owner.runnext == g;
        if (owner.runnext == g) {
            owner.runnext = null;
        } else {
            List<G> rest = owner.local().drain();
            for (G r : rest) {
                if (r != g) {
                    owner.local().pushBackOrOverflow(r, global);
                }
            }
        }
        if (owner != p) {
            tracer.steal(owner.id, p.id, 1);
            stats.steals++;
        }
        return new Pick(g, inherit);
    }

    /**
     * The pass of {@link #stealWork} from {@code pos} by stride {@code inc} over the
     * non-pristine Ps only: victim v comes at step k = (v - pos) / inc (mod n), so sorting the
     * active Ps by k gives the same victims in the same order as the full pass, pristine ones
     * (empty queues, no runnext: runqsteal takes nothing and changes nothing) left out.
     */
    private G stealFromActive(P p, int pos, int inc, int n, boolean stealRunNext) {
        long inv = java.math.BigInteger.valueOf(inc).modInverse(java.math.BigInteger.valueOf(n)).longValue();
        int count = active.cardinality();
        long[] keyed = new long[count];
        int m = 0;
        for (int v = active.nextSetBit(0); v >= 0 && v < n; v = active.nextSetBit(v + 1)) {
            if (v != p.id) {
                long k = Math.floorMod((long) v - pos, (long) n) * inv % n;
                keyed[m++] = k << 32 | v;
            }
        }
        java.util.Arrays.sort(keyed, 0, m);
        for (int i = 0; i < m; i++) {
            G g = runqsteal(p, allp.get((int) keyed[i]), stealRunNext);
            if (g != null) {
                return g;
            }
        }
        return null;
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

    /**
     * Go's randomOrder: the numbers below and coprime with {@code n}, used as strides; computed
     * once per GOMAXPROCS, as Go's stealOrder.reset does. With a hundred thousand Ps only the
     * first strides are kept, so that a decision's {@code n * strides} options fit an int.
     */
    private int[] coprimes(int n) {
        if (coprimesFor != n) {
            int[] out = new int[n];
            int k = 0;
            int max = Integer.MAX_VALUE / n;
            for (int i = 1; i <= n && k < max; i++) {
                if (gcd(i, n) == 1) {
                    out[k++] = i;
                }
            }
            coprimes = java.util.Arrays.copyOf(out, k);
            coprimesFor = n;
        }
        return coprimes;
    }

    private int[] coprimes;
    private int coprimesFor;

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
        touch(p);
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
        if (n < old) {
            active.clear(n, old);
        }
        allActive = false; // Ps added are pristine; after a shrink, recounted at the next touch
        activeArray = null;
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
