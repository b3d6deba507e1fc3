package dev.spindle.runtime;

import dev.spindle.runtime.spi.Resume;
import dev.spindle.trace.ObjectRef;
import dev.spindle.trace.WaitReason;
import java.util.ArrayDeque;

/**
 * sync.Cond: Wait unlocks c.L and parks in FIFO order; Signal readies the first waiter,
 * Broadcast all of them. As in Go, a woken waiter must take c.L again before Wait returns:
 * the coordinator does that for it when it is next scheduled ({@link G#relock}), where it
 * may block again on the lock. Coordinator only.
 */
final class CondState {

    final ObjectRef ref;
    private final ArrayDeque<G> waiters = new ArrayDeque<>();

    CondState(ObjectRef ref) {
        this.ref = ref;
    }

    /** Parks {@code g} (its lock was already released by the caller). */
    void await(Coordinator c, G g, Object locker) {
        c.park(g, WaitReason.COND_WAIT, ref);
        g.relock(locker);
        g.resume = Resume.None.INSTANCE;
        waiters.addLast(g);
    }

    /** Signal or Broadcast by g happens before the Wait of w returns. */
    private void wakes(Coordinator c, G g, G w) {
        if (c.race != null) {
            c.race.release(g.id, this);
            c.race.acquire(w.id, this);
        }
    }

    void signal(Coordinator c, G g) {
        G w = waiters.pollFirst();
        if (w != null) {
            wakes(c, g, w);
            c.ready(w, g.id);
        }
        g.resume = Resume.None.INSTANCE;
    }

    void broadcast(Coordinator c, G g) {
        G w;
        while ((w = waiters.pollFirst()) != null) {
            wakes(c, g, w);
            c.ready(w, g.id);
        }
        g.resume = Resume.None.INSTANCE;
    }
}
