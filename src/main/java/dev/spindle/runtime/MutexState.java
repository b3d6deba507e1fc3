package dev.spindle.runtime;

import dev.spindle.runtime.spi.Resume;
import dev.spindle.trace.ObjectRef;
import dev.spindle.trace.WaitReason;
import java.util.ArrayDeque;

/**
 * sync.Mutex with FIFO hand-off: Unlock gives the lock directly to the longest waiter. Go's
 * real mutex lets a running goroutine barge in ahead of woken waiters (and switches to
 * hand-off only in "starvation mode"); FIFO hand-off is simpler to watch and is what Go does
 * under contention, so Spindle always does it. Coordinator only.
 */
final class MutexState implements dev.spindle.runtime.spi.CopiedState {

    final ObjectRef ref;
    private boolean locked;
    private final ArrayDeque<G> waiters = new ArrayDeque<>();

    MutexState(ObjectRef ref, Object seed) {
        this.ref = ref;
        this.locked = Boolean.TRUE.equals(seed);
    }

    /** A copy of a locked Mutex is locked (and nobody will unlock it), as in Go. */
    @Override
    public Object snapshot() {
        return locked;
    }

    /** Lock by {@code g}: acquired now, or parked until handed the lock. */
    Outcome lock(Coordinator c, G g) {
        g.resume = Resume.None.INSTANCE;
        if (!locked) {
            locked = true;
            if (c.race != null) {
                c.race.acquire(g.id, this);
            }
            c.tracer.mutexLock(c.opP, g.id, ref, false);
            return Outcome.CONTINUE;
        }
        c.park(g, WaitReason.MUTEX_LOCK, ref);
        waiters.addLast(g);
        return Outcome.RELEASED;
    }

    /** TryLock by {@code g}: the lock if it is free now, else false (never parks). */
    boolean tryLock(Coordinator c, G g) {
        return !locked && lock(c, g) == Outcome.CONTINUE;
    }

    /** Unlock by {@code g}: hands the lock to the first waiter, if any. */
    void unlock(Coordinator c, G g) {
        if (!locked) {
            throw new FatalError("sync: unlock of unlocked mutex");
        }
        c.tracer.mutexUnlock(c.opP, g.id, ref, false);
        if (c.race != null) {
            c.race.release(g.id, this); // Unlock happens before the next Lock returns
        }
        G next = waiters.pollFirst();
        if (next == null) {
            locked = false;
        } else {
            if (c.race != null) {
                c.race.acquire(next.id, this);
            }
            c.tracer.mutexLock(c.opP, next.id, ref, false);
            next.resume = Resume.None.INSTANCE;
            c.ready(next, g.id);
        }
        g.resume = Resume.None.INSTANCE;
    }
}
