package dev.spindle.app.render;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * Drives the FX thread from a plain {@code main}: start the toolkit, run work on the FX
 * thread and wait for it, let a few pulses pass so that CSS, layout and virtual flows settle.
 */
public final class Fx {
    private static final long TIMEOUT_SECONDS = 60;

    private Fx() {
    }

    /** Starts the JavaFX toolkit (once per process) and waits until it runs. */
    public static void start() throws InterruptedException {
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        Platform.setImplicitExit(false);
        await(started);
    }

    /** Runs {@code work} on the FX thread and returns its result. */
    public static <T> T call(Supplier<T> work) throws InterruptedException {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return await(result);
    }

    /** Waits until {@code count} pulses have run (each pulse does CSS, layout and rendering). */
    public static void pulses(int count) throws InterruptedException {
        CompletableFuture<Void> done = new CompletableFuture<>();
        AtomicInteger left = new AtomicInteger(count);
        Platform.runLater(() -> new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (left.decrementAndGet() <= 0) {
                    stop();
                    done.complete(null);
                }
            }
        }.start());
        await(done);
    }

    private static <T> T await(CompletableFuture<T> f) throws InterruptedException {
        try {
            return f.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("the FX thread did not answer in " + TIMEOUT_SECONDS + " s");
        }
    }
}
