package dev.spindle.runtime;

import dev.spindle.runtime.spi.Resume;
import dev.spindle.trace.ObjectRef;
import dev.spindle.trace.WaitReason;
import java.util.ArrayDeque;

/**
 * sync.Once: the first Do runs f; concurrent Do calls wait (on Once's internal mutex, hence
 * Go's wait reason {@code sync.Mutex.Lock}) until f returns; later calls return at once.
 * Coordinator only.
 */
final class OnceState implements dev.spindle.runtime.spi.CopiedState {

    private enum Phase { NEW, RUNNING, DONE }

    final ObjectRef ref;
    private Phase phase = Phase.NEW;
    private final ArrayDeque<G> waiters = new ArrayDeque<>();

    OnceState(ObjectRef ref, Object seed) {
        this.ref = ref;
        if (Boolean.TRUE.equals(seed)) {
            this.phase = Phase.DONE;
        }
    }

    /** A copy of a done Once is done. */
    @Override
    public Object snapshot() {
        return phase == Phase.DONE;
    }

    Outcome begin(Coordinator c, G g) {
        switch (phase) {
            case NEW -> {
                phase = Phase.RUNNING;
                g.resume = new Resume.Value(Boolean.TRUE);
                return Outcome.CONTINUE;
            }
            case DONE -> {
                if (c.race != null) {
                    c.race.acquire(g.id, this);
                }
                g.resume = new Resume.Value(Boolean.FALSE);
                return Outcome.CONTINUE;
            }
            default -> {
                c.park(g, WaitReason.MUTEX_LOCK, ref);
                waiters.addLast(g);
                return Outcome.RELEASED;
            }
        }
    }

    void done(Coordinator c, G g) {
        phase = Phase.DONE;
        if (c.race != null) {
            c.race.release(g.id, this); // f's return happens before every Do returns
        }
        G w;
        while ((w = waiters.pollFirst()) != null) {
            if (c.race != null) {
                c.race.acquire(w.id, this);
            }
            w.resume = new Resume.Value(Boolean.FALSE);
            c.ready(w, g.id);
        }
        g.resume = Resume.None.INSTANCE;
    }
}
