package dev.spindle.runtime;

import dev.spindle.runtime.spi.Resume;
import dev.spindle.trace.ObjectRef;
import dev.spindle.trace.WaitReason;
import java.util.ArrayDeque;

/**
 * sync.WaitGroup: a counter and the goroutines in Wait. When the counter returns to zero all
 * waiters are released in FIFO order, each readied into the releaser's runnext (Go's loop of
 * semrelease), so the last waiter runs first. Coordinator only.
 */
final class WaitGroupState implements dev.spindle.runtime.spi.CopiedState {

    final ObjectRef ref;
    long counter;
    private final ArrayDeque<G> waiters = new ArrayDeque<>();

    /** A copy's starting counter not yet in the event log (see {@link #traceSeed}). */
    private long untracedSeed;

    WaitGroupState(ObjectRef ref, Object seed) {
        this.ref = ref;
        this.counter = seed instanceof Long n ? n : 0;
        this.untracedSeed = counter;
    }

    /**
     * A WaitGroup copied by value starts with the original's counter: the log shows that as
     * an Add of the whole counter by the goroutine that first uses the copy, so the gauge and
     * the validator's count start where the copy does.
     */
    private void traceSeed(Coordinator c, G g) {
        if (untracedSeed != 0) {
            c.tracer.waitGroupAdd(c.opP, g.id, ref, untracedSeed, untracedSeed);
            untracedSeed = 0;
        }
    }

    /** A copy of the WaitGroup (Go copies the counter, not the waiters). */
    @Override
    public Object snapshot() {
        return counter;
    }

    /** Add(delta) by {@code g}; a negative result panics as Go does and leaves the counter alone. */
    Outcome add(Coordinator c, G g, long delta) {
        traceSeed(c, g);
        if (counter + delta < 0) {
            g.resume = new Resume.Panic("sync: negative WaitGroup counter", false);
            return Outcome.CONTINUE;
        }
        counter += delta;
        if (c.race != null && delta < 0) {
            c.race.release(g.id, this); // Done happens before the Wait it releases returns
        }
        c.tracer.waitGroupAdd(c.opP, g.id, ref, delta, counter);
        if (counter == 0) {
            G w;
            while ((w = waiters.pollFirst()) != null) {
                if (c.race != null) {
                    c.race.acquire(w.id, this);
                }
                w.resume = Resume.None.INSTANCE;
                c.ready(w, g.id);
            }
        }
        g.resume = Resume.None.INSTANCE;
        return Outcome.CONTINUE;
    }

    Outcome await(Coordinator c, G g) {
        traceSeed(c, g);
        g.resume = Resume.None.INSTANCE;
        if (counter == 0) {
            if (c.race != null) {
                c.race.acquire(g.id, this);
            }
            return Outcome.CONTINUE;
        }
        c.park(g, WaitReason.WAIT_GROUP_WAIT, ref);
        waiters.addLast(g);
        return Outcome.RELEASED;
    }
}
