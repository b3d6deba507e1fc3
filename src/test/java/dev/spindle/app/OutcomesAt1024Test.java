package dev.spindle.app;

import static dev.spindle.app.FxWait.fx;
import static dev.spindle.app.FxWait.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.spindle.app.model.CoreRange;
import dev.spindle.app.model.MemoryThemeStore;
import dev.spindle.app.model.ShellModel;
import dev.spindle.app.model.Theme;
import dev.spindle.app.render.PngWriter;
import dev.spindle.scenario.Course;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 17: at 1024×768 the Outcomes tab opens wide and tall enough for its controls and its
 * bars (about 200×140 px before: the second bar needed a scroll): lesson 2's two outcomes,
 * lesson 14's lost update's two and lesson 21's six of four lines each, every bar whole
 * inside the window and inside the panel's viewport, with no scroll; back on Stats, the
 * dividers are where they were.
 */
class OutcomesAt1024Test extends WideWindowTest {
    private final FxRobot robot = new FxRobot();

    @ParameterizedTest(name = "lesson {0}, program {1}")
    @CsvSource({"2, 0, 2", "14, 1, 2", "21, 0, 6"})
    void theBarsAreInViewWithoutADrag(int lesson, int program, int outcomes) throws Exception {
        String source = Course.builtIn().lesson(lesson).orElseThrow().programs().get(program).source();
        FxToolkit.setupFixture(() -> {
            window = new MainWindow(new ShellModel(new MemoryThemeStore(Theme.LIGHT), CoreRange.forHost(8)));
            stage = FxWait.showSized(window, 1024, 768);
            window.openSource("main.go", source);
        });
        waitUntil(() -> fx(() -> window.session().playback().loadedProperty().get()));
        double[] before = fx(() -> ((SplitPane) window.scene().lookup("#bottom-area")).getDividerPositions());
        double[] rowsBefore = fx(() -> ((SplitPane) window.scene().lookup("#rows")).getDividerPositions());
        // The hard case: at 768 px the timeline opens folded (least height = most height).
        assertThat(fx(() -> window.view().timeline().collapsedProperty().get())).isTrue();
        fx(() -> {
            ((TabPane) window.scene().lookup("#bottom-tabs")).getSelectionModel().select(1);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#explore");
        waitUntil(() -> fx(() -> !window.session().exploration().runningProperty().get()
                && window.session().exploration().reportProperty().get() != null
                && window.session().exploration().reportProperty().get().done()));
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        if (System.getenv("SPINDLE_LAYOUT_DUMP") != null) {
            fx(() -> {
                PngWriter.write(window.scene().snapshot(null), Path.of("/tmp/outcomes-1024-" + lesson + ".png"), true);
                return null;
            });
        }
        List<String> problems = fx(() -> {
            List<String> out = new ArrayList<>();
            Bounds scene = new BoundingBox(0, 0, window.scene().getWidth(), window.scene().getHeight());
            ScrollPane scroll = (ScrollPane) window.scene().lookup(".outcomes-scroll");
            Bounds vp = scroll.localToScene(new BoundingBox(scroll.snappedLeftInset(), scroll.snappedTopInset(),
                    scroll.getViewportBounds().getWidth(), scroll.getViewportBounds().getHeight()));
            List<Node> bars = new ArrayList<>(window.scene().getRoot().lookupAll(".outcome-bar"));
            if (bars.size() != outcomes) {
                out.add(bars.size() + " bars");
            }
            // Every bar whole in the panel's viewport and in the window: nothing to scroll to.
            for (Node b : bars) {
                Bounds bb = b.localToScene(b.getLayoutBounds());
                if (!inside(vp, bb) || !inside(scene, bb)) {
                    out.add("a bar is cut: " + bb + " in " + vp + " (window " + scene + ")");
                }
            }
            if (scroll.getVvalue() != 0) {
                out.add("the bars are scrolled: " + scroll.getVvalue());
            }
            if (vp.getWidth() < 400) {
                out.add("the panel is " + vp.getWidth() + " px wide");
            }
            for (String id : List.of("#explore", "#explore-stop", "#schedule-copy", "#schedule-paste", "#outcomes-summary")) {
                Node n = window.scene().lookup(id);
                Bounds nb = n.localToScene(n.getLayoutBounds());
                Node tabs = window.scene().lookup("#bottom-tabs");
                if (!inside(tabs.localToScene(tabs.getLayoutBounds()), nb) || !inside(scene, nb)) {
                    out.add(id + " is cut: " + nb);
                }
            }
            return out;
        });
        assertThat(problems).isEmpty();
        fx(() -> {
            ((TabPane) window.scene().lookup("#bottom-tabs")).getSelectionModel().select(0);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        double[] after = fx(() -> ((SplitPane) window.scene().lookup("#bottom-area")).getDividerPositions());
        assertThat(after[0]).isCloseTo(before[0], org.assertj.core.data.Offset.offset(0.01));
        assertThat(after[1]).isCloseTo(before[1], org.assertj.core.data.Offset.offset(0.01));
        double[] rowsAfter = fx(() -> ((SplitPane) window.scene().lookup("#rows")).getDividerPositions());
        assertThat(rowsAfter[0]).isCloseTo(rowsBefore[0], org.assertj.core.data.Offset.offset(0.01));
        assertThat(rowsAfter[1]).isCloseTo(rowsBefore[1], org.assertj.core.data.Offset.offset(0.01));
    }

    private static boolean inside(Bounds outer, Bounds inner) {
        double e = 0.5;
        return inner.getMinX() >= outer.getMinX() - e && inner.getMinY() >= outer.getMinY() - e
                && inner.getMaxX() <= outer.getMaxX() + e && inner.getMaxY() <= outer.getMaxY() + e;
    }
}
