package dev.spindle.app.fold;

import dev.spindle.trace.ObjectRef;
import java.util.ArrayList;
import java.util.List;

/**
 * A WaitGroup as its gauge shows it: the counter, every Add/Done so far (the ticks), the
 * goroutines parked in Wait, and when it last reached zero (to flash).
 */
public final class WaitGroupInfo {
    private final ObjectRef ref;
    private final String name;
    long counter;
    long peak;
    final List<Long> deltas;
    long zeroAtSeq = -1;
    long adds;
    long dones;
    /** Only the most recent deltas are kept: the gauge draws that many ticks. */
    static final int KEPT_DELTAS = 64;

    WaitGroupInfo(ObjectRef ref, String name) {
        this.ref = ref;
        this.name = name;
        this.deltas = new ArrayList<>();
    }

    private WaitGroupInfo(WaitGroupInfo o) {
        this.ref = o.ref;
        this.name = o.name;
        this.counter = o.counter;
        this.peak = o.peak;
        this.deltas = new ArrayList<>(o.deltas);
        this.zeroAtSeq = o.zeroAtSeq;
        this.adds = o.adds;
        this.dones = o.dones;
    }

    void record(long delta) {
        if (delta > 0) {
            adds++;
        } else {
            dones++;
        }
        deltas.add(delta);
        if (deltas.size() > 2 * KEPT_DELTAS) {
            deltas.subList(0, deltas.size() - KEPT_DELTAS).clear();
        }
    }

    WaitGroupInfo copy() {
        return new WaitGroupInfo(this);
    }

    public ObjectRef ref() { return ref; }
    /** The variable name ({@code wg}), disambiguated ({@code wg (2)}), or {@code wg#1}. */
    public String name() { return name; }
    public long counter() { return counter; }
    /** The highest the counter has been: the dial's full scale. */
    public long peak() { return peak; }
    /** The most recent Adds (positive) and Dones (negative), in order: at most {@link #KEPT_DELTAS}. */
    public List<Long> deltas() {
        return List.copyOf(deltas.size() > KEPT_DELTAS ? deltas.subList(deltas.size() - KEPT_DELTAS, deltas.size()) : deltas);
    }
    /** How many Add calls (positive deltas) so far. */
    public long adds() { return adds; }
    /** How many Done calls (and negative Adds) so far. */
    public long dones() { return dones; }
    /** Adds and Dones so far. */
    public long operations() { return adds + dones; }
    /** Sequence number of the event that last brought the counter to zero, -1 if never. */
    public long zeroAtSeq() { return zeroAtSeq; }
    public boolean negative() { return counter < 0; }

    /** Go's panic message for a negative counter. */
    public static final String NEGATIVE_MESSAGE = "sync: negative WaitGroup counter";
}
