package dev.spindle.runtime;

/**
 * The UI's hold on a run: flat out, paused, N more events, stop. The coordinator consults
 * it after every round boundary ({@link #afterBoundary}) and waits there while paused, so
 * a pause takes effect within one round and never in the middle of one. Rounds are short
 * (at most {@code maxRoundBudget} instructions), which is what bounds the reaction time of
 * {@link #stop()} to well under 50 ms. A boundary appends its events together, so "N
 * events" may run a few events past N. Thread-safe: the UI calls the controls from its
 * thread, the coordinator calls {@code afterBoundary} from a carrier.
 */
public final class Pacer {

    private static final long FLAT_OUT = Long.MAX_VALUE;

    private long credit = FLAT_OUT;
    private boolean stopRequested;
    /** Wall time the coordinator has spent held at boundaries, so a run's wall time can leave it out. */
    private long pausedNanos;
    private long pausedSince = -1;
    /**
     * Flat out and not stopped, as of the last control call: then {@link #afterBoundary} has
     * nothing to do and skips the lock (a run without a window passes it at every boundary).
     * Written under the lock by every control, read without it.
     */
    private volatile boolean free = true;

    private void controlled() {
        free = credit == FLAT_OUT && !stopRequested;
    }

    /** Runs without pausing. Any thread. */
    public synchronized void runFlatOut() {
        credit = FLAT_OUT;
        controlled();
        notifyAll();
    }

    /** Pauses at the next round boundary. Any thread. */
    public synchronized void pause() {
        credit = 0;
        controlled();
    }

    /** Runs until at least one more event has been appended, then pauses. Any thread. */
    public void runUntilNextEvent() {
        runEvents(1);
    }

    /** Runs until at least {@code n} more events have been appended, then pauses. Any thread. */
    public synchronized void runEvents(long n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be positive");
        }
        credit = n;
        controlled();
        notifyAll();
    }

    /** Ends the run at the next boundary (also when paused). Any thread. */
    public synchronized void stop() {
        stopRequested = true;
        controlled();
        notifyAll();
    }

    /** Wall time the run has spent paused so far (waiting for Play, a Step or the screen to catch up). Any thread. */
    public synchronized long pausedNanos() {
        return pausedNanos + (pausedSince >= 0 ? System.nanoTime() - pausedSince : 0);
    }

    public synchronized boolean isPaused() {
        return credit == 0 && !stopRequested;
    }

    /**
     * Coordinator only: the boundary just appended {@code appended} events. Blocks while
     * paused; returns false when the run must stop.
     */
    boolean afterBoundary(long appended) {
        return free || heldAfterBoundary(appended);
    }

    private synchronized boolean heldAfterBoundary(long appended) {
        if (credit != FLAT_OUT) {
            credit = Math.max(0, credit - appended);
            controlled();
        }
        if (credit == 0 && !stopRequested) {
            pausedSince = System.nanoTime();
        }
        try {
            while (credit == 0 && !stopRequested) {
                wait();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            if (pausedSince >= 0) {
                pausedNanos += System.nanoTime() - pausedSince;
                pausedSince = -1;
            }
        }
        return !stopRequested;
    }
}
