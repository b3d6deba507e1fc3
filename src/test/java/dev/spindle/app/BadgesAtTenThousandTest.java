package dev.spindle.app;

import static dev.spindle.app.FxWait.fx;
import static dev.spindle.app.FxWait.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.spindle.app.model.CoreRange;
import dev.spindle.app.model.MemoryThemeStore;
import dev.spindle.app.model.ShellModel;
import dev.spindle.app.model.Theme;
import dev.spindle.app.play.Playback;
import dev.spindle.app.render.PngWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 17: 10,000 goroutines at 1024×768. Queued, waiting and done, each queue shows its head
 * and a {@code +N} badge, and no badge covers a token ("+9985" in the done row used to sit
 * on top of its first tokens).
 */
class BadgesAtTenThousandTest extends WideWindowTest {
    private static final String PROGRAM = """
            package main

            import "sync"

            func main() {
            	var wg sync.WaitGroup
            	start := make(chan bool)
            	for i := 0; i < 10000; i++ {
            		wg.Add(1)
            		go func() {
            			<-start
            			wg.Done()
            		}()
            	}
            	close(start)
            	wg.Wait()
            }
            """;


    @Test
    void noBadgeCoversAToken() throws Exception {
        FxToolkit.setupFixture(() -> {
            window = new MainWindow(new ShellModel(new MemoryThemeStore(Theme.LIGHT), CoreRange.forHost(8)));
            stage = FxWait.showSized(window, 1024, 768);
            window.session().coresProperty().set(2);
            window.openSource("many.go", PROGRAM);
        });
        waitUntil(() -> fx(() -> playback().loadedProperty().get()));
        fx(() -> {
            playback().runToEnd();
            return null;
        });
        waitUntil(() -> fx(() -> playback().finishedProperty().get()));
        int events = fx(() -> playback().events().size());
        List<String> problems = new ArrayList<>();
        int checked = 0;
        // All created and queued; all waiting on start; half done; the end.
        for (double at : new double[] {0.2, 0.4, 0.7, 1.0}) {
            int n = (int) Math.round((events - 1) * at);
            fx(() -> {
                playback().pause();
                playback().seek(n);
                return null;
            });
            WaitForAsyncUtils.waitForFxEvents();
            Thread.sleep(700); // the moves end
            WaitForAsyncUtils.waitForFxEvents();
            if (System.getenv("SPINDLE_LAYOUT_DUMP") != null) {
                fx(() -> {
                    PngWriter.write(window.scene().snapshot(null), Path.of("/tmp/badges-" + (int) (at * 100) + ".png"), true);
                    return null;
                });
            }
            checked += fx(() -> {
                Node yard = window.scene().lookup("#yard-scroll");
                List<Bounds> tokens = new ArrayList<>();
                for (Node t : yard.lookupAll(".token")) {
                    if (t.isVisible() && t.getOpacity() > 0) {
                        tokens.add(t.localToScene(t.getBoundsInLocal()));
                    }
                }
                int badges = 0;
                for (Node b : yard.lookupAll(".more-badge")) {
                    if (!b.isVisible()) {
                        continue;
                    }
                    badges++;
                    Bounds bb = b.localToScene(b.getBoundsInLocal());
                    for (Bounds t : tokens) {
                        if (overlap(bb, t)) {
                            problems.add("at " + at + ": badge " + ((javafx.scene.control.Label) b).getText() + " " + bb + " covers a token " + t);
                            break;
                        }
                    }
                }
                return badges;
            });
        }
        assertThat(checked).as("badges seen").isGreaterThanOrEqualTo(3);
        assertThat(problems).isEmpty();
    }

    private static boolean overlap(Bounds a, Bounds b) {
        double e = 0.5;
        return a.getMinX() < b.getMaxX() - e && b.getMinX() < a.getMaxX() - e
                && a.getMinY() < b.getMaxY() - e && b.getMinY() < a.getMaxY() - e;
    }

    private Playback playback() {
        return window.session().playback();
    }
}
