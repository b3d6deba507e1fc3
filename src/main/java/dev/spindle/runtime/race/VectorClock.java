package dev.spindle.runtime.race;

import java.util.Arrays;

/**
 * A vector clock: for each goroutine slot (a tid, see {@link RaceDetector}), the last of its
 * instants known to happen before the owner's present. Grows on demand; a missing entry is 0.
 */
final class VectorClock {
    private int[] c;

    VectorClock() {
        c = new int[4];
    }

    private VectorClock(int[] c) {
        this.c = c;
    }

    int get(int tid) {
        return tid < c.length ? c[tid] : 0;
    }

    void set(int tid, int clock) {
        if (tid >= c.length) {
            c = Arrays.copyOf(c, Math.max(tid + 1, c.length * 2));
        }
        c[tid] = clock;
    }

    /** This := this ⊔ other (entry by entry maximum). */
    void join(VectorClock other) {
        int[] o = other.c;
        if (o.length > c.length) {
            c = Arrays.copyOf(c, o.length);
        }
        for (int i = 0; i < o.length; i++) {
            if (o[i] > c[i]) {
                c[i] = o[i];
            }
        }
    }

    VectorClock copy() {
        return new VectorClock(c.clone());
    }

    /** Bytes of the entries (for the memory figure in {@code spindle bench}). */
    int length() {
        return c.length;
    }
}
