package dev.spindle.app;

import static dev.spindle.app.FxWait.fx;
import static dev.spindle.app.FxWait.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.spindle.app.lesson.LessonsUi;
import dev.spindle.app.model.CoreRange;
import dev.spindle.app.model.MemoryThemeStore;
import dev.spindle.app.model.ShellModel;
import dev.spindle.app.model.Theme;
import dev.spindle.scenario.Course;
import dev.spindle.scenario.InMemoryProgress;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 17: the app's own start on a 1024×768 projector. The window is sized to the screen
 * before it is shown (as {@code DesktopApp} does through {@code WindowSize}), while its scene
 * was made at 1440×900: the lesson column must open at its 1024 px width (220 px), not keep
 * what the split pane's first layout at 1440 gave it (it opened about 400 px wide, the code
 * column squeezed to its 240 px minimum).
 */
class ColdStartColumnsTest {
    private MainWindow window;
    private Stage stage;

    @BeforeEach
    void start() throws Exception {
        FxToolkit.registerPrimaryStage();
        // A 1024 px window is wider than the headless platform's 1000 px screen: its layout is
        // real, but a frame's upload to that screen can fail on the render thread (nothing
        // here reads pixels).
        WaitForAsyncUtils.autoCheckException = false;
    }

    @AfterEach
    void stop() throws Exception {
        FxWait.closeWide(stage);
    }

    @Test
    void theLessonColumnOpensAtItsWidthOnA1024PxScreen() throws Exception {
        Course course = Course.builtIn();
        FxToolkit.setupFixture(() -> {
            window = new MainWindow(new ShellModel(new MemoryThemeStore(Theme.LIGHT), CoreRange.forHost(8)));
            LessonsUi.install(window, course, new InMemoryProgress()).show(course.lesson(1).orElseThrow());
            stage = FxWait.showSized(window, 1024, 768);
        });
        waitUntil(() -> fx(() -> window.session().playback().loadedProperty().get()));
        WaitForAsyncUtils.waitForFxEvents();
        double[] widths = fx(() -> {
            Node lesson = window.scene().lookup("#lesson-panel");
            return new double[] {window.scene().getWidth(), lesson.getLayoutBounds().getWidth(),
                ((Region) window.view().code().root()).getWidth()};
        });
        assertThat(widths[0]).as("scene width").isEqualTo(1024);
        assertThat(widths[1]).as("lesson column").isBetween(215.0, 235.0);
        assertThat(widths[2]).as("code column").isGreaterThan(250);
    }
}
