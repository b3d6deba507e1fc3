package dev.spindle.app.play;

import java.util.concurrent.Executor;
import javafx.application.Platform;

/**
 * The one door from other threads into the UI: everything a background task wants to show
 * goes through {@link #post}, which runs it on the FX thread (at once when already there).
 */
public final class UiThread implements Executor {

    @Override
    public void execute(Runnable task) {
        post(task);
    }

    /** Runs {@code task} on the FX thread. Any thread. */
    public static void post(Runnable task) {
        if (Platform.isFxApplicationThread()) {
            task.run();
        } else {
            Platform.runLater(task);
        }
    }
}
