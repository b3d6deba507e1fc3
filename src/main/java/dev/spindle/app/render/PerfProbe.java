package dev.spindle.app.render;

import dev.spindle.app.MainWindow;
import dev.spindle.app.model.CoreRange;
import dev.spindle.app.model.MemoryThemeStore;
import dev.spindle.app.model.ShellModel;
import dev.spindle.app.model.Theme;
import dev.spindle.app.play.Playback;
import dev.spindle.app.play.Samples;
import dev.spindle.app.play.Speed;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Performance figures of the window (not a test; run it and read the numbers):
 * launch to a window with a program loaded, frame times with 300 animated tokens (an
 * {@link AnimationTimer} probe), and how fast the FX thread answers while 100,000
 * goroutines run flat out.
 */
public final class PerfProbe {
    private static final String MANY_TOKENS = """
            package main

            func main() {
            	gate := make(chan int)
            	for i := 0; i < 400; i++ {
            		go func() {
            			<-gate
            		}()
            	}
            	<-gate
            }
            """;

    private static final String HUNDRED_THOUSAND = """
            package main

            import (
            	"fmt"
            	"sync"
            )

            func main() {
            	var wg sync.WaitGroup
            	var mu sync.Mutex
            	total := 0
            	for i := 0; i < 100000; i++ {
            		wg.Add(1)
            		go func(n int) {
            			defer wg.Done()
            			mu.Lock()
            			total += n % 7
            			mu.Unlock()
            		}(i)
            	}
            	wg.Wait()
            	fmt.Println(total)
            }
            """;

    private PerfProbe() {
    }

    public static void main(String[] args) throws Exception {
        Instant processStart = ProcessHandle.current().info().startInstant().orElse(Instant.now());
        Fx.start();
        MainWindow window = Fx.call(() -> {
            MainWindow w = new MainWindow(new ShellModel(new MemoryThemeStore(Theme.LIGHT), CoreRange.forHost(8)));
            w.showIn(new Stage());
            w.openSample(Samples.WAIT_GROUP);
            return w;
        });
        Playback playback = window.session().playback();
        while (!Fx.call(() -> playback.loadedProperty().get() && playback.knownProperty().get() > 0)) {
            Fx.pulses(1);
        }
        Fx.pulses(1);
        System.out.printf(Locale.ROOT, "launch to window with a program loaded: %d ms wall, %d ms CPU (load average %s)%n",
                Duration.between(processStart, Instant.now()).toMillis(),
                ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO).toMillis(), loadAverage());

        // 300 animated tokens: park 400 goroutines, then make every visible token move at once, repeatedly.
        Fx.call(() -> {
            window.session().coresProperty().set(4);
            window.session().runNow(MANY_TOKENS);
            playback.speedProperty().set(Speed.FLAT_OUT);
            playback.play();
            return null;
        });
        while (!Fx.call(() -> playback.state().rooms().stream().mapToInt(r -> r.goroutines().size()).sum() >= 400
                || playback.finishedProperty().get())) {
            Fx.pulses(1);
        }
        Fx.call(() -> {
            playback.pause();
            playback.speedProperty().set(2);
            return null;
        });
        Fx.pulses(4);
        int tokens = Fx.call(() -> window.view().yard().visibleTokens());
        List<Double> frames = measureFrames(4_000, () -> {
            double s = window.view().yard().scaleProperty().get();
            window.view().yard().scaleProperty().set(s == 1 ? 1.04 : 1);
        }, 450);
        System.out.printf(Locale.ROOT, "frames with %d animated tokens: median %.1f ms (%.0f fps), p95 %.1f ms, max %.1f ms (load average %s)%n",
                tokens, pct(frames, 50), 1000 / pct(frames, 50), pct(frames, 95), pct(frames, 100), loadAverage());

        // 100,000 goroutines flat out: how long does a task posted to the FX thread wait?
        Fx.call(() -> {
            window.view().yard().scaleProperty().set(1);
            window.session().coresProperty().set(4);
            window.session().runNow(HUNDRED_THOUSAND);
            playback.speedProperty().set(Speed.FLAT_OUT);
            playback.play();
            return null;
        });
        List<Double> latencies = new ArrayList<>();
        long t0 = System.nanoTime();
        List<Double> runFrames = Collections.synchronizedList(new ArrayList<>());
        AnimationTimer[] probe = new AnimationTimer[1];
        Fx.call(() -> {
            probe[0] = frameRecorder(runFrames);
            probe[0].start();
            return null;
        });
        while (!Fx.call(() -> playback.finishedProperty().get()) && System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(600)) {
            long posted = System.nanoTime();
            CompletableFuture<Void> answered = new CompletableFuture<>();
            Platform.runLater(() -> answered.complete(null));
            answered.get(60, TimeUnit.SECONDS);
            latencies.add((System.nanoTime() - posted) / 1e6);
            Thread.sleep(50);
        }
        Fx.call(() -> {
            probe[0].stop();
            return null;
        });
        long events = Fx.call(() -> (long) playback.knownProperty().get());
        System.out.printf(Locale.ROOT, "100,000 goroutines flat out: %d events in %.1f s wall; FX answers in median %.1f ms, p95 %.1f ms, max %.1f ms;"
                        + " frames median %.1f ms, p95 %.1f ms; output: %s%n",
                events, (System.nanoTime() - t0) / 1e9, pct(latencies, 50), pct(latencies, 95), pct(latencies, 100),
                pct(runFrames, 50), pct(runFrames, 95),
                Fx.call(() -> window.view().console().text().strip()));
        Platform.exit();
        System.exit(0);
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static AnimationTimer frameRecorder(List<Double> out) {
        return new AnimationTimer() {
            private long last;

            @Override
            public void handle(long now) {
                if (last != 0) {
                    out.add((now - last) / 1e6);
                }
                last = now;
            }
        };
    }

    /** Frame intervals over {@code millis}, running {@code poke} on the FX thread every {@code every} ms. */
    private static List<Double> measureFrames(long millis, Runnable poke, long every) throws Exception {
        List<Double> out = Collections.synchronizedList(new ArrayList<>());
        AnimationTimer[] timer = new AnimationTimer[1];
        Fx.call(() -> {
            timer[0] = frameRecorder(out);
            timer[0].start();
            return null;
        });
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            Fx.call(() -> {
                poke.run();
                return null;
            });
            Thread.sleep(every);
        }
        Fx.call(() -> {
            timer[0].stop();
            return null;
        });
        return new ArrayList<>(out);
    }

    private static double pct(List<Double> xs, int p) {
        if (xs.isEmpty()) {
            return Double.NaN;
        }
        List<Double> s = new ArrayList<>(xs);
        Collections.sort(s);
        int i = (int) Math.ceil(p / 100.0 * s.size()) - 1;
        return s.get(Math.max(0, Math.min(s.size() - 1, i)));
    }
}
