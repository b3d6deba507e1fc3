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
    long counter;
    long peak;
    final List<Long> deltas;
    long zeroAtSeq = -1;

    WaitGroupInfo(ObjectRef ref) {
        this.ref = ref;
        this.deltas = new ArrayList<>();
    }

    private WaitGroupInfo(WaitGroupInfo o) {
        this.ref = o.ref;
        this.counter = o.counter;
        this.peak = o.peak;
        this.deltas = new ArrayList<>(o.deltas);
        this.zeroAtSeq = o.zeroAtSeq;
    }

    WaitGroupInfo copy() {
        return new WaitGroupInfo(this);
    }

    public ObjectRef ref() { return ref; }
    /** The variable's name (or {@code waitgroup#id}). */
    public String name() { return Labels.of(ref); }
    public long counter() { return counter; }
    /** The highest the counter has been: the dial's full scale. */
    public long peak() { return peak; }
    /** Every Add (positive) and Done (-1) in order. */
    public List<Long> deltas() { return List.copyOf(deltas); }
    public long adds() { return deltas.stream().filter(d -> d > 0).count(); }
    public long dones() { return deltas.stream().filter(d -> d < 0).count(); }
    /** Sequence number of the event that last brought the counter to zero, -1 if never. */
    public long zeroAtSeq() { return zeroAtSeq; }
    public boolean negative() { return counter < 0; }

    /** Go's panic message for a negative counter. */
    public static final String NEGATIVE_MESSAGE = "sync: negative WaitGroup counter";
}
