package dev.spindle.runtime;

import dev.spindle.runtime.spi.GoroutineCode;
import dev.spindle.runtime.spi.Resume;
import dev.spindle.runtime.spi.RuntimeOp;
import dev.spindle.runtime.spi.WaitGroup;
import dev.spindle.trace.ObjectRef;
import dev.spindle.trace.WaitReason;

/**
 * A goroutine: its id, status, where it came from, and the VM code that holds its whole
 * execution state. Kept small (a dozen fields) because a program may park a million of them.
 *
 * <p>Legal status transitions (after OpenJDK's VirtualThread), enforced by {@link #transition}:
 * <pre>
 *   from \ to    RUNNABLE               RUNNING     WAITING     DEAD
 *   (created)    newproc                -           -           -
 *   RUNNABLE     -                      execute     -           -
 *   RUNNING      preempt, Gosched, STW  -           park        goexit / main returns
 *   WAITING      ready (unblock)        -           -           -
 *   DEAD         -                      -           -           -
 * </pre>
 * All fields are read and written by the coordinator only, except that the carrier running
 * the goroutine reads {@link #code} and {@link #resume} during a round (published to it by
 * the round's hand-off).
 */
final class G {

    final long id;
    /** The creator's id; an int, as the VM's owner ids are (see {@link #parent()}). */
    private final int parent;
    final String function;
    final int line;
    final GoroutineCode code;

    private GStatus status = GStatus.RUNNABLE;
    /** Why it waits, and on what (null object for sleep and select); meaningful while WAITING. */
    WaitReason waitReason;
    ObjectRef waitObject;
    /** Incremented at every park: wait-queue entries from an older park are stale (select cancels this way). */
    int parkGeneration;
    /** The answer to its last request, handed to its next run. */
    Resume resume = Resume.None.INSTANCE;
    /** While parked in a select: the select, so that the entries in its other channels can be removed when one case fires. */
    RuntimeOp.Select selecting;
    /**
     * What few goroutines need, made on first need (wg.Go's WaitGroup, Cond.Wait's locker):
     * two fields fewer keep a goroutine at 64 bytes instead of 72, and a million parked
     * goroutines are a million of these.
     */
    private Rare rare;

    private static final class Rare {
        /** wg.Go: the WaitGroup to Done when this goroutine returns, else null. */
        WaitGroup doneOnExit;
        /** Cond.Wait: the locker to reacquire before the goroutine runs again, else null. */
        Object relock;
    }

    G(long id, long parent, String function, int line, GoroutineCode code) {
        this.id = id;
        this.parent = (int) parent;
        this.function = function;
        this.line = line;
        this.code = code;
    }

    long parent() {
        return parent;
    }

    /** wg.Go: the WaitGroup to Done when this goroutine returns, else null. */
    WaitGroup doneOnExit() {
        return rare == null ? null : rare.doneOnExit;
    }

    void doneOnExit(WaitGroup wg) {
        if (wg != null || rare != null) {
            rare().doneOnExit = wg;
        }
    }

    /** Cond.Wait: the locker to reacquire before the goroutine runs again, else null. */
    Object relock() {
        return rare == null ? null : rare.relock;
    }

    void relock(Object locker) {
        if (locker != null || rare != null) {
            rare().relock = locker;
        }
    }

    private Rare rare() {
        if (rare == null) {
            rare = new Rare();
        }
        return rare;
    }

    GStatus status() {
        return status;
    }

    /** Moves to {@code to} if the table above allows it; otherwise an engine bug: throws. Coordinator only. */
    void transition(GStatus to) {
        boolean ok = switch (status) {
            case RUNNABLE -> to == GStatus.RUNNING;
            case RUNNING -> to == GStatus.RUNNABLE || to == GStatus.WAITING || to == GStatus.DEAD;
            case WAITING -> to == GStatus.RUNNABLE;
            case DEAD -> false;
        };
        if (!ok) {
            throw new IllegalStateException("goroutine " + id + ": illegal transition " + status + " -> " + to);
        }
        status = to;
        if (to != GStatus.WAITING) {
            waitReason = null;
            waitObject = null;
        }
    }

    /** Parks: RUNNING -> WAITING with Go's wait reason. Coordinator only. */
    void park(WaitReason reason, ObjectRef object) {
        transition(GStatus.WAITING);
        waitReason = reason;
        waitObject = object;
        parkGeneration++;
    }

    @Override
    public String toString() {
        return "G" + id + "(" + status + ")";
    }
}
