package dev.spindle.runtime;

import dev.spindle.runtime.spi.Resume;
import dev.spindle.trace.ObjectRef;
import dev.spindle.trace.WaitReason;
import java.util.ArrayDeque;

/**
 * sync.RWMutex: many readers or one writer. A waiting writer blocks new readers (so writers
 * do not starve); a writer's Unlock admits every waiting reader, else the next writer; the
 * last reader's RUnlock admits the first waiting writer. Coordinator only.
 */
final class RWMutexState implements dev.spindle.runtime.spi.CopiedState {

    final ObjectRef ref;
    private boolean writer;
    private int readers;
    private final ArrayDeque<G> writers = new ArrayDeque<>();
    private final ArrayDeque<G> waitingReaders = new ArrayDeque<>();

    RWMutexState(ObjectRef ref, Object seed) {
        this.ref = ref;
        if (seed instanceof int[] s) {
            this.writer = s[0] != 0;
            this.readers = s[1];
        }
    }

    /** A copy keeps the writer flag and the reader count, as Go's copy of the state words does. */
    @Override
    public Object snapshot() {
        return new int[] {writer ? 1 : 0, readers};
    }

    Outcome rlock(Coordinator c, G g) {
        g.resume = Resume.None.INSTANCE;
        if (!writer && writers.isEmpty()) {
            readers++;
            if (c.race != null) {
                c.race.acquire(g.id, this);
            }
            c.tracer.mutexLock(c.opP, g.id, ref, true);
            return Outcome.CONTINUE;
        }
        c.park(g, WaitReason.RW_MUTEX_RLOCK, ref);
        waitingReaders.addLast(g);
        return Outcome.RELEASED;
    }

    /** TryRLock: a read lock if no writer holds or waits for the lock, else false. */
    boolean tryRLock(Coordinator c, G g) {
        return !writer && writers.isEmpty() && rlock(c, g) == Outcome.CONTINUE;
    }

    /** TryLock: the write lock if nobody holds it, else false. */
    boolean tryLock(Coordinator c, G g) {
        return !writer && readers == 0 && lock(c, g) == Outcome.CONTINUE;
    }

    void runlock(Coordinator c, G g) {
        if (readers <= 0) {
            throw new FatalError("sync: RUnlock of unlocked RWMutex");
        }
        readers--;
        c.tracer.mutexUnlock(c.opP, g.id, ref, true);
        if (c.race != null) {
            c.race.release(g.id, writers); // every RUnlock happens before the next Lock returns
        }
        if (readers == 0) {
            admitWriter(c, g);
        }
        g.resume = Resume.None.INSTANCE;
    }

    Outcome lock(Coordinator c, G g) {
        g.resume = Resume.None.INSTANCE;
        if (!writer && readers == 0) {
            writer = true;
            acquireForWriter(c, g);
            c.tracer.mutexLock(c.opP, g.id, ref, false);
            return Outcome.CONTINUE;
        }
        c.park(g, WaitReason.RW_MUTEX_LOCK, ref);
        writers.addLast(g);
        return Outcome.RELEASED;
    }

    void unlock(Coordinator c, G g) {
        if (!writer) {
            throw new FatalError("sync: Unlock of unlocked RWMutex");
        }
        writer = false;
        c.tracer.mutexUnlock(c.opP, g.id, ref, false);
        if (c.race != null) {
            c.race.release(g.id, this); // Unlock happens before the next RLock or Lock returns
        }
        if (!waitingReaders.isEmpty()) {
            G r;
            while ((r = waitingReaders.pollFirst()) != null) {
                readers++;
                if (c.race != null) {
                    c.race.acquire(r.id, this);
                }
                c.tracer.mutexLock(c.opP, r.id, ref, true);
                r.resume = Resume.None.INSTANCE;
                c.ready(r, g.id);
            }
        } else {
            admitWriter(c, g);
        }
        g.resume = Resume.None.INSTANCE;
    }

    /** A writer's Lock returns after the last Unlock and after every RUnlock before it. */
    private void acquireForWriter(Coordinator c, G g) {
        if (c.race != null) {
            c.race.acquire(g.id, this);
            c.race.acquire(g.id, writers);
        }
    }

    private void admitWriter(Coordinator c, G by) {
        G w = writers.pollFirst();
        if (w != null) {
            writer = true;
            acquireForWriter(c, w);
            c.tracer.mutexLock(c.opP, w.id, ref, false);
            w.resume = Resume.None.INSTANCE;
            c.ready(w, by.id);
        }
    }
}
