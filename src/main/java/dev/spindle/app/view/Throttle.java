package dev.spindle.app.view;

import java.util.function.BooleanSupplier;
import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * Runs a view's update at most once per {@code interval} while {@code busy} holds (a run
 * playing flat out, when the shown state changes every pulse and text nobody can read that
 * fast would be laid out sixty times a second), and at once otherwise. An update skipped
 * for the interval is made up when the interval has passed, so a view is never left behind
 * the state on screen. FX thread only.
 */
public final class Throttle {
    private final long intervalNanos;
    private final BooleanSupplier busy;
    private final Runnable action;
    private final PauseTransition catchUp;
    private long last;

    public Throttle(Duration interval, BooleanSupplier busy, Runnable action) {
        this.intervalNanos = (long) (interval.toMillis() * 1e6);
        this.busy = busy;
        this.action = action;
        this.catchUp = new PauseTransition(interval);
        catchUp.setOnFinished(e -> run());
    }

    /** The state changed: update now, or within the interval when busy. */
    public void request() {
        if (busy.getAsBoolean() && System.nanoTime() - last < intervalNanos) {
            if (catchUp.getStatus() != Animation.Status.RUNNING) {
                catchUp.playFromStart();
            }
            return;
        }
        run();
    }

    /** Updates now, whatever the interval: a change the eye waits for. */
    public void now() {
        run();
    }

    private void run() {
        catchUp.stop();
        last = System.nanoTime();
        action.run();
    }
}
