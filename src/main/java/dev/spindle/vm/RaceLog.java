package dev.spindle.vm;

import dev.spindle.lang.compile.FuncProto;
import java.util.Arrays;

/**
 * The heap accesses one goroutine made since the race detector last looked: what
 * {@code spindle run --race} checks at the next round boundary.
 *
 * <p>Why a log and not a check on the spot: goroutines on different Ps touch memory in
 * parallel inside a round, and which of two racing accesses a check on the spot saw first
 * would depend on the host's timing. The coordinator reads every goroutine's log at the round
 * boundary, in the order it applies their operations, so the report is the same for the same
 * seed. A goroutine's vector clock cannot change inside its slice (every synchronisation is a
 * runtime operation, which ends the slice), so recording the accesses loses nothing.
 *
 * <p>A location is a container and an index: a struct and a field number, an array's or a
 * slice's backing array and an element number, a {@link dev.spindle.vm.value.Box} (a captured
 * or escaped variable, a scalar package variable) and 0, a map and 0 (Go checks a map as one
 * location). Accessing the same location the same way twice in one slice is recorded once:
 * the clock is the same, so the second access can reveal nothing the first did not.
 *
 * <p>Owned by its goroutine while it runs and by the coordinator between rounds, never both.
 * Exists only when the machine was made with the detector on; the interpreter's heap helpers
 * ({@link Heap}) test {@code g.race != null} and do nothing else when it is off.
 */
public final class RaceLog {
    /** Recently recorded locations (a direct-mapped filter, emptied at each flush). */
    private static final int FILTER = 256;

    private final Goroutine owner;
    private Object[] containers = new Object[32];
    /** index << 1 | (1 if write). */
    private long[] keys = new long[32];
    private RaceSite[] sites = new RaceSite[32];
    /**
     * How many consecutive elements each entry covers, from its index (0 means 1); null until
     * the first range (copy, append), so the single accesses of the loop never touch it.
     */
    private int[] counts;
    private int n;
    private final Object[] seenContainer = new Object[FILTER];
    private final long[] seenKey = new long[FILTER];
    /** The last stack captured: consecutive accesses from one place share it. */
    private RaceSite last;

    RaceLog(Goroutine owner) {
        this.owner = owner;
    }

    /** The owning goroutine read {@code container[index]} at the instruction before {@code pc} of its top frame. */
    void read(int pc, Object container, int index) {
        record(pc, container, ((long) index) << 1);
    }

    /** The owning goroutine wrote {@code container[index]}. */
    void write(int pc, Object container, int index) {
        record(pc, container, (((long) index) << 1) | 1);
    }

    private void record(int pc, Object container, long key) {
        int h = (System.identityHashCode(container) * 31 + (int) key) & (FILTER - 1);
        if (seenContainer[h] == container && seenKey[h] == key) {
            return;
        }
        seenContainer[h] = container;
        seenKey[h] = key;
        append(pc, container, key);
    }

    private void append(int pc, Object container, long key) {
        if (n == containers.length) {
            int size = n * 2;
            containers = Arrays.copyOf(containers, size);
            keys = Arrays.copyOf(keys, size);
            sites = Arrays.copyOf(sites, size);
            if (counts != null) {
                counts = Arrays.copyOf(counts, size);
            }
        }
        containers[n] = container;
        keys[n] = key;
        sites[n] = siteNow(pc);
        n++;
    }

    /**
     * The owning goroutine read ({@code write} false) or wrote {@code count} consecutive elements
     * of {@code container} from {@code from}: a builtin's access to a range, as Go's
     * racereadrangepc / racewriterangepc (copy, append). One entry however long the range: the
     * detector walks it.
     */
    void range(int pc, Object container, int from, int count, boolean write) {
        if (count <= 0) {
            return;
        }
        if (counts == null) {
            counts = new int[containers.length];
        }
        append(pc, container, (((long) from) << 1) | (write ? 1 : 0));
        counts[n - 1] = count;
    }

    /** The stack as it is now, with {@code pc} for the top frame (the one before is the access). */
    private RaceSite siteNow(int pc) {
        Goroutine g = owner;
        RaceSite s = last;
        if (s != null && s.matches(g, g.fp, pc)) {
            return s;
        }
        s = RaceSite.of(g, g.fp, pc);
        last = s;
        return s;
    }

    /** The owner's stack now, between two runs (a {@code go} statement's "created at"). */
    public RaceSite stackNow() {
        Goroutine g = owner;
        return g.fp == 0 ? RaceSite.of(g, 0, 0) : RaceSite.of(g, g.fp, g.pcAt(g.fp - 1));
    }

    public long goroutineId() {
        return owner.id();
    }

    public int size() {
        return n;
    }

    public Object container(int i) {
        return containers[i];
    }

    public int index(int i) {
        return (int) (keys[i] >>> 1);
    }

    /** How many consecutive elements entry {@code i} covers from its {@link #index(int) index}. */
    public int count(int i) {
        return counts == null || counts[i] == 0 ? 1 : counts[i];
    }

    public boolean isWrite(int i) {
        return (keys[i] & 1) != 0;
    }

    public RaceSite site(int i) {
        return sites[i];
    }

    /** Forgets what was read: the next slice starts an empty log (its arrays stay, cleared). */
    public void clear() {
        Arrays.fill(containers, 0, n, null);
        Arrays.fill(sites, 0, n, null);
        if (counts != null) {
            Arrays.fill(counts, 0, n, 0);
        }
        Arrays.fill(seenContainer, null);
        n = 0;
    }

    /**
     * A goroutine's stack at one access, innermost frame first: functions and the pc after
     * each frame's current instruction. Immutable; lines are looked up when a report is written.
     */
    public static final class RaceSite {
        private final FuncProto[] protos;
        private final int[] pcs;

        private RaceSite(FuncProto[] protos, int[] pcs) {
            this.protos = protos;
            this.pcs = pcs;
        }

        static RaceSite of(Goroutine g, int fp, int topPc) {
            FuncProto[] ps = new FuncProto[fp];
            int[] pcs = new int[fp];
            for (int i = 0; i < fp; i++) {
                ps[i] = g.protoAt(fp - 1 - i);
                pcs[i] = i == 0 ? topPc : g.pcAt(fp - 1 - i);
            }
            return new RaceSite(ps, pcs);
        }

        boolean matches(Goroutine g, int fp, int topPc) {
            if (fp != protos.length || (fp > 0 && pcs[0] != topPc)) {
                return false;
            }
            for (int i = 0; i < fp; i++) {
                if (g.protoAt(fp - 1 - i) != protos[i] || (i > 0 && g.pcAt(fp - 1 - i) != pcs[i])) {
                    return false;
                }
            }
            return true;
        }

        public int depth() {
            return protos.length;
        }

        /** {@code main.main.func1}, as Go names the function of frame {@code i} (0 = innermost). */
        public String function(int i) {
            return protos[i].name();
        }

        /** The source line frame {@code i} is at. */
        public int line(int i) {
            return protos[i].lines().line(Math.max(0, pcs[i] - 1));
        }

        /** The bytecode offset of frame {@code i}'s instruction (Go prints the pc's offset as {@code +0x86}). */
        public int offset(int i) {
            return Math.max(0, pcs[i] - 1);
        }
    }
}
