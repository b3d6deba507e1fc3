package dev.spindle.runtime.race;

import dev.spindle.vm.RaceLog;
import dev.spindle.vm.RaceLog.RaceSite;
import dev.spindle.vm.value.Elems;
import dev.spindle.vm.value.StructValue;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The happens-before race detector of {@code spindle run --race}: a vector clock per
 * goroutine and per synchronisation object, FastTrack's epochs ({@link Shadow}) per memory
 * location, and Go's report.
 *
 * <p>Edges come from the engine, at the round boundary, as it applies each operation, in the
 * words of the Go memory model: {@link #go} for a go statement, {@link #release} by the
 * goroutine that unlocks, sends, closes, calls Done..., {@link #acquire} by the goroutine whose
 * lock, receive or Wait completes. Accesses come from the goroutines' {@link RaceLog}s, read
 * by {@link #check} at the same boundary, each goroutine's just before its operation is
 * applied: everything a goroutine did in a slice happened at one epoch, since only an
 * operation can move its clock. Timers and sleeps give no edge.
 *
 * <p>Goroutine slots (tids): each goroutine gets the next slot, so clocks stay exact. A
 * program that makes more than {@link #FRESH_TIDS} goroutines reuses the slots of finished
 * ones, oldest first, continuing their clocks (as ThreadSanitizer does); a race between a
 * long-finished goroutine and its slot's successor can then be missed.
 *
 * <p>Coordinator only: single-threaded by construction, like the rest of the boundary.
 */
public final class RaceDetector {

    /** Slots handed out before finished goroutines' slots are reused. */
    static final int FRESH_TIDS = 1024;
    private static final long HEAP_BASE = 0xc000010000L;

    private final String file;
    private final Map<Long, GoState> goroutines = new HashMap<>();
    /*
     * Keyed weakly by identity (WeakIdentityMap): a container or sync object the program has
     * dropped takes its shadow state and clocks with it, instead of staying reachable for the run.
     */
    private final WeakIdentityMap<Object, VectorClock> syncClocks = new WeakIdentityMap<>();
    /** Per channel (or atomic location): the clock of each buffer slot (or field, element) by index. */
    private final WeakIdentityMap<Object, Map<Integer, VectorClock>> slotClocks = new WeakIdentityMap<>();
    private final WeakIdentityMap<Object, Cells> memory = new WeakIdentityMap<>();
    private final ArrayDeque<Integer> freeTids = new ArrayDeque<>();
    /** The last clock of each slot's previous owners (a reused slot continues from it). */
    private int[] lastClock = new int[16];
    private int nextTid;
    private long nextAddress = HEAP_BASE;
    private final Set<String> reportedAddresses = new HashSet<>();
    private final Set<String> reportedStacks = new HashSet<>();
    private int found;
    private RaceReport first;
    private long locations;

    /** @param file the program's file as reports print it */
    public RaceDetector(String file) {
        this.file = file;
    }

    private static final class GoState {
        final long goid;
        final int tid;
        final VectorClock vc;
        final RaceSite created;
        boolean finished;

        GoState(long goid, int tid, VectorClock vc, RaceSite created) {
            this.goid = goid;
            this.tid = tid;
            this.vc = vc;
            this.created = created;
        }

        long epoch() {
            return Epoch.of(tid, vc.get(tid));
        }
    }

    /** The memory of one container: its base address and a shadow per slot touched. */
    private static final class Cells {
        final long base;
        final Shadow[] cells;

        Cells(long base, int n) {
            this.base = base;
            this.cells = new Shadow[n];
        }
    }

    // ---------------------------------------------------------------- edges

    /**
     * Goroutine {@code child} starts: a go statement in {@code parent} (whose log gives the
     * stack of the statement) happens before it. {@code parent} 0: started by the runtime
     * (main, a time.AfterFunc function), with no edge.
     */
    public void go(long parent, Object parentLog, long child) {
        int tid = newTid();
        GoState p = goroutines.get(parent);
        VectorClock vc = p != null ? p.vc.copy() : new VectorClock();
        vc.set(tid, Math.max(vc.get(tid), lastClock[tid]) + 1);
        RaceSite created = parentLog instanceof RaceLog l ? l.stackNow() : null;
        goroutines.put(child, new GoState(child, tid, vc, created));
        if (p != null) {
            tick(p);
        }
    }

    /** Goroutine {@code goid} has ended: its slot may serve a later goroutine. */
    public void finished(long goid) {
        GoState g = goroutines.get(goid);
        if (g == null || g.finished) {
            return;
        }
        g.finished = true;
        lastClock[g.tid] = g.vc.get(g.tid);
        freeTids.addLast(g.tid);
    }

    /** {@code goid} releases {@code sync}: what it did so far happens before a later acquire. */
    public void release(long goid, Object sync) {
        GoState g = goroutines.get(goid);
        if (g != null) {
            syncClocks.computeIfAbsent(sync, k -> new VectorClock()).join(g.vc);
            tick(g);
        }
    }

    /** {@code goid} acquires {@code sync}: every release of it so far happens before what it does next. */
    public void acquire(long goid, Object sync) {
        GoState g = goroutines.get(goid);
        VectorClock s = syncClocks.get(sync);
        if (g != null && s != null) {
            g.vc.join(s);
        }
    }

    /**
     * A channel operation on buffer slot {@code index} of {@code chan} (Go's racenotify):
     * the goroutine acquires then releases the slot, so the k-th send happens before the k-th
     * receive completes, and the k-th receive before the (k+C)-th send completes.
     */
    public void slot(long goid, Object chan, int index) {
        GoState g = goroutines.get(goid);
        if (g == null) {
            return;
        }
        VectorClock s = slotClocks.computeIfAbsent(chan, k -> new HashMap<>()).computeIfAbsent(index, k -> new VectorClock());
        g.vc.join(s);
        s.join(g.vc);
        tick(g);
    }

    private void tick(GoState g) {
        g.vc.set(g.tid, g.vc.get(g.tid) + 1);
    }

    private int newTid() {
        int tid;
        if (nextTid < FRESH_TIDS || freeTids.isEmpty()) {
            tid = nextTid++;
        } else {
            tid = freeTids.pollFirst();
        }
        if (tid >= lastClock.length) {
            lastClock = java.util.Arrays.copyOf(lastClock, Math.max(tid + 1, lastClock.length * 2));
        }
        return tid;
    }

    // ---------------------------------------------------------------- accesses

    /**
     * Checks the accesses in {@code goroutineLog}, a {@link RaceLog} (its goroutine's last slice) in the order they were
     * made, records them in the shadow memory, and empties the log. Returns the races found,
     * each reported once: an address already reported, or the same two stacks, is not again.
     */
    public List<RaceReport> check(Object goroutineLog) {
        RaceLog log = (RaceLog) goroutineLog;
        int n = log.size();
        if (n == 0) {
            return List.of();
        }
        GoState g = goroutines.get(log.goroutineId());
        List<RaceReport> out = List.of();
        if (g != null) {
            for (int i = 0; i < n; i++) {
                int from = log.index(i);
                int count = log.count(i);
                for (int k = 0; k < count; k++) {
                    RaceReport r = access(g, log.container(i), from + k, log.isWrite(i), false, log.site(i));
                    if (r != null) {
                        if (out.isEmpty()) {
                            out = new ArrayList<>();
                        }
                        out.add(r);
                        break; // one report per range, as Go's range check stops at the first race
                    }
                }
            }
        }
        log.clear();
        return out;
    }

    /**
     * A sync/atomic operation by {@code goid} on {@code location}'s {@code slot}: a read (Load)
     * or a write (Store, Add, Swap, CompareAndSwap, as ThreadSanitizer counts them), checked
     * against the plain accesses of that location as Go's detector does (atomic accesses never
     * race each other). Called before the operation's own edge ({@link #slot}), at the epoch
     * the goroutine made it. {@code goroutineLog} gives the stack of the call. Returns the race
     * found, or null.
     */
    public RaceReport atomic(long goid, Object goroutineLog, Object location, int slot, boolean write) {
        GoState g = goroutines.get(goid);
        if (g == null || location == null) {
            return null;
        }
        RaceSite site = goroutineLog instanceof RaceLog l ? l.stackNow() : null;
        return access(g, location, slot, write, true, site);
    }

    /** One access checked against the location's shadow and recorded there; its report, if it raced and is new. */
    private RaceReport access(GoState g, Object container, int index, boolean write, boolean atomic, RaceSite site) {
        Cells cells = memory.get(container);
        if (cells == null) {
            cells = newCells(container);
            memory.put(container, cells);
        }
        if (index < 0 || index >= cells.cells.length) {
            return null;
        }
        Shadow s = cells.cells[index];
        if (s == null) {
            s = new Shadow();
            cells.cells[index] = s;
            locations++;
        }
        long now = g.epoch();
        Shadow.Previous prev = write ? s.write(now, g.vc, g.goid, site, atomic) : s.read(now, g.vc, g.goid, site, atomic);
        return prev == null ? null : report(g, write, site, prev, cells.base + 8L * index);
    }

    private Cells newCells(Object container) {
        int n = container.getClass().isArray() ? Elems.length(container) // a backing store, Object[] or scalar
                : container instanceof StructValue s ? s.fields.length
                : 1;
        Cells c = new Cells(nextAddress, Math.max(1, n));
        nextAddress += (Math.max(1, n) * 8L + 15) & ~15L;
        return c;
    }

    /** The number of races reported so far (Go's "Found N data race(s)"). */
    public int found() {
        return found;
    }

    /** The first race reported, or null: what an explorer shows of a racy schedule. */
    public RaceReport first() {
        return first;
    }

    /** Containers (structs, arrays, boxes, maps) whose shadow state is held now: the ones the program still holds (tests). */
    public int liveContainers() {
        return memory.size();
    }

    /** Memory locations with a shadow so far (for the cost figures). */
    public long locations() {
        return locations;
    }

    // ---------------------------------------------------------------- the report

    private RaceReport report(GoState g, boolean write, RaceSite site, Shadow.Previous prev, long addr) {
        String address = String.format("0x%012x", addr);
        String cur = stack(site);
        String before = stack(prev.site());
        String pair = cur.compareTo(before) <= 0 ? cur + "\u0000" + before : before + "\u0000" + cur;
        if (reportedAddresses.contains(address) || reportedStacks.contains(pair)) {
            return null;
        }
        reportedAddresses.add(address);
        reportedStacks.add(pair);
        found++;
        StringBuilder b = new StringBuilder();
        b.append("==================\n");
        b.append("WARNING: DATA RACE\n");
        b.append(write ? "Write" : "Read").append(" at ").append(address).append(" by ").append(who(g.goid)).append(":\n");
        b.append(cur);
        b.append('\n');
        b.append("Previous ").append(prev.write() ? "write" : "read").append(" at ").append(address)
                .append(" by ").append(who(prev.goid())).append(":\n");
        b.append(before);
        creation(b, g.goid);
        creation(b, prev.goid());
        b.append("==================\n");
        RaceReport r = new RaceReport(b.toString(), g.goid, write, topLine(site),
                prev.goid(), prev.write(), topLine(prev.site()), address);
        if (first == null) {
            first = r;
        }
        return r;
    }

    private void creation(StringBuilder b, long goid) {
        GoState s = goroutines.get(goid);
        if (goid == 1 || s == null) {
            return;
        }
        b.append('\n');
        b.append("Goroutine ").append(goid).append(s.finished ? " (finished)" : " (running)").append(" created at:\n");
        if (s.created != null) {
            b.append(stack(s.created));
        }
    }

    private static String who(long goid) {
        return goid == 1 ? "main goroutine" : "goroutine " + goid;
    }

    /** Go's race stack: {@code "  main.f()\n      /path/prog.go:12 +0x1d\n"} per frame, innermost first. */
    private String stack(RaceSite s) {
        StringBuilder b = new StringBuilder();
        if (s == null) {
            return "";
        }
        for (int i = 0; i < s.depth(); i++) {
            String f = s.function(i);
            if (f.startsWith("runtime.")) {
                continue;
            }
            b.append("  ").append(f).append("()\n");
            b.append("      ").append(file).append(':').append(s.line(i))
                    .append(" +0x").append(Integer.toHexString(s.offset(i))).append('\n');
        }
        return b.toString();
    }

    private static int topLine(RaceSite s) {
        return s == null || s.depth() == 0 ? 0 : s.line(0);
    }
}
