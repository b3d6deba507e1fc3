package dev.spindle.runtime.race;

/**
 * FastTrack's epoch, {@code clock@tid}, packed in a long: one instant of one goroutine slot.
 * An access at epoch {@code c@t} happens before a goroutine whose vector clock {@code V} has
 * {@code V[t] >= c}; that one comparison replaces a whole vector clock for most locations.
 */
final class Epoch {
    private Epoch() {}

    /** No access yet. */
    static final long NONE = -1;

    static long of(int tid, int clock) {
        return ((long) tid << 32) | (clock & 0xFFFF_FFFFL);
    }

    static int tid(long e) {
        return (int) (e >>> 32);
    }

    static int clock(long e) {
        return (int) e;
    }

    /** Whether the access at {@code e} happens before the present of a goroutine with clock {@code vc}. */
    static boolean before(long e, VectorClock vc) {
        return clock(e) <= vc.get(tid(e));
    }
}
