package dev.spindle.app;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.stage.Stage;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What every window test does to reach the FX thread: run some work there and take its
 * result, or wait until a condition read there holds. One copy, so the window tests share
 * their bounds.
 */
public final class FxWait {
    private FxWait() {
    }

    /** Runs {@code work} on the FX thread and returns its result (at most 20 s). */
    public static <T> T fx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(20, TimeUnit.SECONDS);
    }

    /** Waits (at most 60 s) until {@code condition} holds. */
    public static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
    }

    /** Shows the window in a new stage of the given size, as a projector or a monitor would (on the FX thread). */
    public static Stage showSized(MainWindow window, double width, double height) {
        Stage stage = new Stage();
        stage.setWidth(width);
        stage.setHeight(height);
        window.showIn(stage);
        return stage;
    }

    /**
     * Closes a stage a test opened wider than the headless screen (1000×1000), with FX
     * exceptions unchecked meanwhile: a frame still in flight at that size fails its upload on
     * the render thread now, not in the next test, which then checks them again.
     */
    public static void closeWide(Stage stage) throws Exception {
        FxToolkit.setupFixture(() -> stage.close());
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(200);
        WaitForAsyncUtils.clearExceptions();
        WaitForAsyncUtils.autoCheckException = true;
    }
}
