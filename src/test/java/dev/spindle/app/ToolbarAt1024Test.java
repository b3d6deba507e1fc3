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
import dev.spindle.scenario.Course;
import dev.spindle.scenario.InMemoryProgress;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 17: on a 1024×768 projector the toolbar keeps Play, the cores, the seed and the speed
 * in view, in the normal window and in presentation mode (F5), none of them in the toolbar's
 * overflow menu.
 */
class ToolbarAt1024Test extends WideWindowTest {
    /** What the teacher works the demonstration with. */
    private static final List<String> IN_VIEW = List.of("#play", "#cores", "#cores-value", "#seed", "#new-seed", "#speed", "#speed-value");

    @ParameterizedTest(name = "presentation mode {0}")
    @ValueSource(booleans = {false, true})
    void playCoresSeedAndSpeedStayInTheToolbar(boolean presentation) throws Exception {
        Course course = Course.builtIn();
        FxToolkit.setupFixture(() -> {
            window = new MainWindow(new ShellModel(new MemoryThemeStore(Theme.LIGHT), CoreRange.forHost(8)));
            stage = FxWait.showSized(window, 1024, 768);
            LessonsUi.install(window, course, new InMemoryProgress()).show(course.lesson(17).orElseThrow());
            window.view().presentationProperty().set(presentation);
        });
        FxWait.waitUntil(() -> fx(() -> window.session().playback().loadedProperty().get()));
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> window.scene().getWidth())).isEqualTo(1024);
        List<String> problems = fx(() -> {
            List<String> out = new ArrayList<>();
            Node bar = window.scene().lookup("#toolbar");
            Bounds toolbar = bar.localToScene(bar.getLayoutBounds());
            Bounds scene = new javafx.geometry.BoundingBox(0, 0, window.scene().getWidth(), window.scene().getHeight());
            for (String id : IN_VIEW) {
                Node n = window.scene().lookup(id);
                if (n == null || !showing(n)) {
                    out.add(id + " is not in the toolbar (overflow menu?)");
                    continue;
                }
                Bounds b = n.localToScene(n.getLayoutBounds());
                if (!contains(scene, b) || !contains(toolbar, b)) {
                    out.add(id + " is not whole inside the toolbar " + toolbar + ": " + b);
                }
            }
            if (!out.isEmpty()) {
                StringBuilder widths = new StringBuilder("toolbar items:");
                for (Node item : ((javafx.scene.control.ToolBar) bar).getItems()) {
                    widths.append(' ').append(item.getId() != null ? item.getId() : item.getClass().getSimpleName())
                            .append('=').append(Math.round(item.prefWidth(-1)));
                }
                out.add(widths.toString());
            }
            return out;
        });
        assertThat(problems).isEmpty();
    }
}
