package dev.spindle.app;

import static dev.spindle.app.InView.showing;
import static dev.spindle.app.InView.contains;
import static org.assertj.core.api.Assertions.assertThat;
import static dev.spindle.app.FxWait.fx;

import dev.spindle.app.lesson.LessonsUi;
import dev.spindle.app.model.CoreRange;
import dev.spindle.app.model.MemoryThemeStore;
import dev.spindle.app.model.ShellModel;
import dev.spindle.app.model.Theme;
import dev.spindle.app.play.Playback;
import dev.spindle.app.render.PngWriter;
import dev.spindle.scenario.Course;
import dev.spindle.scenario.InMemoryProgress;
import dev.spindle.scenario.Lesson;
import dev.spindle.scenario.ProgressStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 17's projector check: at 1024×768 and 1920×1080, lessons 2, 11 and 17 mid-run, no
 * essential toolbar control, lane or queued token is clipped or outside the window.
 */
class ClassroomLayoutTest {
    /** The toolbar's controls a teacher cannot do without. */
    private static final List<String> ESSENTIAL = List.of("#play", "#step", "#back", "#cores", "#seed", "#lesson-picker");

    private final FxRobot robot = new FxRobot();
    private MainWindow window;
    private Stage stage;
    private javafx.geometry.Dimension2D sizeBefore;

    @BeforeEach
    void start() throws TimeoutException {
        stage = FxToolkit.registerPrimaryStage();
        // Its size before (the window's default when it has none yet), to give back after.
        sizeBefore = Double.isNaN(stage.getWidth())
                ? new javafx.geometry.Dimension2D(dev.spindle.app.MainWindow.WIDTH, dev.spindle.app.MainWindow.HEIGHT)
                : new javafx.geometry.Dimension2D(stage.getWidth(), stage.getHeight());
        // The headless glass platform's one screen is 1000x1000 px: a larger window is laid out
        // and styled exactly as on a real screen, but uploading its pixels to that screen's
        // frame buffer fails on the render thread. Nothing here reads those pixels (bounds are
        // asserted on the scene graph, the dump is a scene snapshot), so that failure is not
        // the test's business.
        WaitForAsyncUtils.autoCheckException = false;
    }

    @AfterEach
    void stop() throws Exception {
        // The primary stage is shared by every TestFX test in this JVM: it gets its size back.
        FxToolkit.setupFixture(() -> {
            window.dispose();
            stage.setWidth(sizeBefore.getWidth());
            stage.setHeight(sizeBefore.getHeight());
        });
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(200); // a frame still in flight at the larger size fails its upload now, not in the next test
        FxToolkit.setupFixture(() -> stage.hide());
        FxToolkit.cleanupStages();
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.clearExceptions();
        WaitForAsyncUtils.autoCheckException = true;
    }

    @ParameterizedTest(name = "lesson {0} at {1}x{2}")
    @CsvSource({"2, 1024, 768", "11, 1024, 768", "17, 1024, 768", "2, 1920, 1080", "11, 1920, 1080", "17, 1920, 1080"})
    void nothingEssentialIsClippedMidRun(int number, int width, int height) throws Exception {
        Lesson lesson = Course.builtIn().lesson(number).orElseThrow();
        ProgressStore progress = new InMemoryProgress();
        if (lesson.prediction() != null) {
            progress.setPrediction(lesson.key(), 1);
        }
        Course course = Course.builtIn();
        FxToolkit.setupFixture(() -> {
            window = new MainWindow(new ShellModel(new MemoryThemeStore(Theme.LIGHT), CoreRange.forHost(8)));
            window.showIn(stage);
            stage.setWidth(width);
            stage.setHeight(height);
            LessonsUi.install(window, course, progress).show(lesson);
        });
        waitUntil(() -> fx(() -> playback().loadedProperty().get() && playback().state().procs() > 0));
        // Mid-run: step until the queues fill (lesson 2 is short: playing could pass the moment).
        for (int i = 0; i < 2000 && !fx(() -> midRun(playback().state())); i++) {
            int before = fx(() -> {
                int at = playback().cursorProperty().get();
                playback().step();
                return at;
            });
            waitUntil(() -> fx(() -> playback().cursorProperty().get() > before || playback().state().ended()));
        }
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(600); // the last moves end
        WaitForAsyncUtils.waitForFxEvents();
        if (System.getenv("SPINDLE_LAYOUT_DUMP") != null) {
            fx(() -> {
                PngWriter.write(window.scene().snapshot(null), Path.of("/tmp/layout-" + number + "-" + width + ".png"), true);
                return null;
            });
        }
        assertThat(fx(() -> playback().state().ended())).as("still mid-run").isFalse();
        assertThat(fx(() -> window.scene().getWidth())).isEqualTo(width);

        List<String> problems = fx(() -> {
            List<String> out = new ArrayList<>();
            Bounds scene = new javafx.geometry.BoundingBox(0, 0, window.scene().getWidth(), window.scene().getHeight());
            for (String id : ESSENTIAL) {
                Node n = window.scene().lookup(id);
                if (n == null || !showing(n)) {
                    out.add(id + " is not on screen");
                } else if (!contains(scene, n.localToScene(n.getLayoutBounds()))) {
                    out.add(id + " is outside the window: " + n.localToScene(n.getLayoutBounds()));
                }
            }
            ScrollPane yard = (ScrollPane) window.scene().lookup("#yard-scroll");
            Bounds viewport = viewportInScene(yard);
            if (!contains(scene, viewport)) {
                out.add("the yard's viewport is outside the window: " + viewport);
            }
            List<Bounds> lanes = new ArrayList<>();
            for (Node lane : yard.lookupAll(".yard-lane")) {
                Bounds b = lane.localToScene(lane.getLayoutBounds());
                lanes.add(b);
                if (!contains(viewport, b)) {
                    out.add("a lane is clipped: " + b + " in " + viewport);
                }
            }
            if (lanes.size() != playback().state().procs()) {
                out.add(lanes.size() + " lanes on screen for " + playback().state().procs() + " Ps");
            }
            for (Node t : yard.lookupAll(".token, .more-badge")) {
                if (!showing(t)) {
                    continue;
                }
                Bounds b = t.localToScene(t.getLayoutBounds());
                boolean inLane = lanes.stream().anyMatch(l -> b.getCenterY() >= l.getMinY() && b.getCenterY() <= l.getMaxY());
                if (inLane && !contains(viewport, b)) {
                    out.add("a lane's token or badge is clipped: " + t + " " + b);
                }
            }
            return out;
        });
        assertThat(problems).isEmpty();
    }

    /** Goroutines queued or waiting, or some done: the yard has something to show in its queues. */
    private static boolean midRun(dev.spindle.app.fold.RunState s) {
        int queued = s.globalSize() + s.lanes().stream().mapToInt(l -> l.localSize()).sum();
        int waiting = s.rooms().stream().mapToInt(r -> r.total()).sum();
        return s.ended() || s.created() >= 3 && (queued + waiting >= 3 || !s.done().isEmpty());
    }

    private static Bounds viewportInScene(ScrollPane pane) {
        Bounds vp = pane.getViewportBounds();
        Bounds inPane = new javafx.geometry.BoundingBox(pane.snappedLeftInset(), pane.snappedTopInset(), vp.getWidth(), vp.getHeight());
        return pane.localToScene(inPane);
    }

    private Playback playback() {
        return window.session().playback();
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
    }
}
