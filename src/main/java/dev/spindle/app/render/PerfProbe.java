package dev.spindle.app.render;

import dev.spindle.app.MainWindow;
import dev.spindle.app.model.CoreRange;
import dev.spindle.app.model.MemoryThemeStore;
import dev.spindle.app.model.ShellModel;
import dev.spindle.app.model.Theme;
import dev.spindle.app.play.Playback;
import dev.spindle.app.play.Samples;
import dev.spindle.app.play.Speed;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
 * {@link AnimationTimer} probe), how fast the FX thread answers while 100,000
 * goroutines run flat out, and frame times of the timeline repainted every frame (zooming)
 * with 10,000 slices and with the 100,000-goroutine run's history.
 *
 * <p>Wall-clock figures say what a user on this machine sees now; on a shared, loaded machine
 * they mostly measure waiting for a core. So each phase also reports thread CPU: the FX
 * thread's CPU per pulse (median and worst: an input event waits at most for the pulse in
 * progress, so the worst is the input latency on a machine with a core free for the FX
 * thread) and the renderer thread's CPU per frame. "CPU-bound fps" is the frame rate those
 * two threads allow when each has a core, capped at JavaFX's 60 Hz pulse.
 */
public final class PerfProbe {
    private static final String MANY_TOKENS = """
            package main

            func main() {
            	gate := make(chan int)
            	for i := 0; i < 500; i++ {
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

    /** Four goroutines that yield 2,500 times each: over 10,000 runs on the timeline. */
    private static final String TEN_THOUSAND_SLICES = """
            package main

            import (
            	"runtime"
            	"sync"
            )

            func main() {
            	var wg sync.WaitGroup
            	for i := 0; i < 4; i++ {
            		wg.Add(1)
            		go func() {
            			defer wg.Done()
            			for j := 0; j < 2500; j++ {
            				runtime.Gosched()
            			}
            		}()
            	}
            	wg.Wait()
            }
            """;

    private PerfProbe() {
    }

    public static void main(String[] args) throws Exception {
        Instant processStart = dev.spindle.app.StartupClock.launchedAt(); // the kernel's clock, not ProcessHandle's (StartupClock says why)
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
        while (!Fx.call(() -> playback.state().rooms().stream().mapToInt(r -> r.goroutines().size()).sum() >= 500
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
        Frames frames = measureFrames(4_000, () -> {
            double s = window.view().yard().scaleProperty().get();
            window.view().yard().scaleProperty().set(s == 1 ? 1.04 : 1);
        }, 450);
        System.out.printf(Locale.ROOT, "frames with %d animated tokens: median %.1f ms (%.0f fps), p95 %.1f ms, max %.1f ms wall;"
                        + " %s (load average %s)%n",
                tokens, pct(frames.wall, 50), 1000 / pct(frames.wall, 50), pct(frames.wall, 95), pct(frames.wall, 100),
                frames.cpuSummary(), loadAverage());

        // The timeline with 10,000 slices: zoomed and panned every frame, so every frame repaints it.
        Fx.call(() -> {
            window.view().yard().scaleProperty().set(1);
            window.session().coresProperty().set(4);
            window.session().runNow(TEN_THOUSAND_SLICES);
            playback.runToEnd();
            return null;
        });
        while (!Fx.call(() -> playback.finishedProperty().get())) {
            Fx.pulses(1);
        }
        timelineFrames(window, "10,000 slices", false);

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
        Frames runFrames = Frames.start();
        while (!Fx.call(() -> playback.finishedProperty().get()) && System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(600)) {
            long posted = System.nanoTime();
            CompletableFuture<Void> answered = new CompletableFuture<>();
            Platform.runLater(() -> answered.complete(null));
            answered.get(60, TimeUnit.SECONDS);
            latencies.add((System.nanoTime() - posted) / 1e6);
            Thread.sleep(50);
        }
        runFrames.stop();
        long events = Fx.call(() -> (long) playback.knownProperty().get());
        System.out.printf(Locale.ROOT, "100,000 goroutines flat out: %d events in %.1f s wall; FX answers in median %.1f ms, p95 %.1f ms, max %.1f ms wall;"
                        + " frames median %.1f ms, p95 %.1f ms wall; %s; output: %s (load average %s)%n",
                events, (System.nanoTime() - t0) / 1e9, pct(latencies, 50), pct(latencies, 95), pct(latencies, 100),
                pct(runFrames.wall, 50), pct(runFrames.wall, 95), runFrames.cpuSummary(),
                Fx.call(() -> window.view().console().text().strip()), loadAverage());
        timelineFrames(window, "the 100,000-goroutine run, P rows", false);
        timelineFrames(window, "the 100,000-goroutine run, G rows", true);
        System.out.printf(Locale.ROOT, "targets: >= 55 fps with 300 animated tokens -> %.0f fps CPU-bound (%.0f wall);"
                        + " input within 100 ms while 100,000 goroutines run -> worst pulse %.1f ms FX CPU (%.1f ms wall answer)%n",
                frames.cpuBoundFps(), 1000 / pct(frames.wall, 50), pct(runFrames.fxCpu, 100), pct(latencies, 100));
        Platform.exit();
        System.exit(0);
    }

    /**
     * Frame times while the timeline zooms in and out and pans on every pulse (each pulse
     * repaints it), over 4 s: the timeline's share of a frame with this run's history.
     */
    private static void timelineFrames(MainWindow window, String what, boolean byGoroutine) throws Exception {
        var timeline = window.view().timeline();
        int slices = Fx.call(() -> {
            timeline.byGoroutine(byGoroutine);
            timeline.fit();
            return timeline.history().sliceCount();
        });
        int[] tick = {0};
        long[] rects = {0};
        AnimationTimer mover = new AnimationTimer() {
            @Override
            public void handle(long now) {
                int t = tick[0]++;
                // 60 pulses zooming in around a wandering point, 60 out, a pan now and then.
                double anchor = 0.2 + 0.6 * ((t / 120) % 5) / 4.0;
                timeline.zoom(t % 120 < 60 ? 1.08 : 1 / 1.08, anchor);
                rects[0] = Math.max(rects[0], timeline.lastPaintRects());
            }
        };
        Fx.call(() -> {
            mover.start();
            return null;
        });
        Frames frames = Frames.start();
        Thread.sleep(4_000);
        frames.stop();
        Fx.call(() -> {
            mover.stop();
            timeline.byGoroutine(false);
            timeline.fit();
            return null;
        });
        System.out.printf(Locale.ROOT, "timeline with %s (%d slices, %d goroutine rows), repainted every frame: median %.1f ms (%.0f fps),"
                        + " p95 %.1f ms wall; %s; at most %d rectangles per paint (load average %s)%n",
                what, slices, Fx.call(() -> timeline.history().goroutineRows().size()), pct(frames.wall, 50),
                1000 / pct(frames.wall, 50), pct(frames.wall, 95), frames.cpuSummary(), rects[0], loadAverage());
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /** Frame intervals over {@code millis}, running {@code poke} on the FX thread every {@code every} ms. */
    private static Frames measureFrames(long millis, Runnable poke, long every) throws Exception {
        Frames frames = Frames.start();
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            Fx.call(() -> {
                poke.run();
                return null;
            });
            Thread.sleep(every);
        }
        frames.stop();
        return frames;
    }

    /**
     * Per pulse, from an {@link AnimationTimer}: the wall interval since the previous pulse and the
     * CPU the FX thread spent in it; over the whole recording, the renderer thread's CPU.
     */
    private static final class Frames {
        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
        final List<Double> wall = Collections.synchronizedList(new ArrayList<>());
        final List<Double> fxCpu = Collections.synchronizedList(new ArrayList<>());
        private final long renderer = rendererThreadId();
        private final long rendererCpuAtStart = cpuOf(renderer);
        private long rendererCpu;
        private AnimationTimer timer;

        static Frames start() throws InterruptedException {
            Frames f = new Frames();
            Fx.call(() -> {
                f.timer = new AnimationTimer() {
                    private long last;
                    private long lastCpu;

                    @Override
                    public void handle(long now) {
                        long cpu = THREADS.getCurrentThreadCpuTime();
                        if (last != 0) {
                            f.wall.add((now - last) / 1e6);
                            f.fxCpu.add((cpu - lastCpu) / 1e6);
                        }
                        last = now;
                        lastCpu = cpu;
                    }
                };
                f.timer.start();
                return null;
            });
            return f;
        }

        void stop() throws InterruptedException {
            Fx.call(() -> {
                timer.stop();
                return null;
            });
            rendererCpu = cpuOf(renderer) - rendererCpuAtStart;
        }

        double rendererCpuPerFrame() {
            return wall.isEmpty() || renderer < 0 ? Double.NaN : rendererCpu / 1e6 / wall.size();
        }

        /** The frame rate the FX and renderer threads allow with a core each, at most the 60 Hz pulse. */
        double cpuBoundFps() {
            double perFrame = Math.max(pct(fxCpu, 50), Double.isNaN(rendererCpuPerFrame()) ? 0 : rendererCpuPerFrame());
            return Math.min(60, 1000 / Math.max(perFrame, 1e-3));
        }

        String cpuSummary() {
            return String.format(Locale.ROOT, "FX thread CPU per pulse median %.1f ms, p95 %.1f ms, max %.1f ms; renderer CPU per frame %.1f ms"
                            + " -> %.0f fps CPU-bound",
                    pct(fxCpu, 50), pct(fxCpu, 95), pct(fxCpu, 100), rendererCpuPerFrame(), cpuBoundFps());
        }

        /** JavaFX renders on its own thread ("QuantumRenderer-0"), beside the FX thread. */
        private static long rendererThreadId() {
            return Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> t.getName().startsWith("QuantumRenderer"))
                    .mapToLong(Thread::threadId).findFirst().orElse(-1);
        }

        private static long cpuOf(long threadId) {
            return threadId < 0 ? 0 : Math.max(0, THREADS.getThreadCpuTime(threadId));
        }
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
