package dev.spindle.app.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static dev.spindle.app.FxWait.fx;

import dev.spindle.app.MainWindow;
import dev.spindle.app.model.CoreRange;
import dev.spindle.app.model.MemoryThemeStore;
import dev.spindle.app.model.ShellModel;
import dev.spindle.app.model.Theme;
import dev.spindle.scenario.Course;
import dev.spindle.scenario.InMemoryProgress;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 17: the first Play without a prediction says why next to Play, every time, and pulses the choices. */
class PredictFirstTest {
    private final FxRobot robot = new FxRobot();
    private MainWindow window;
    private LessonsUi lessons;
    private Stage stage;
    private javafx.geometry.Dimension2D sizeBefore;

    @BeforeEach
    void start() throws Exception {
        Course course = Course.builtIn();
        stage = FxToolkit.registerPrimaryStage();
        // Its size before (the window's default when it has none yet), to give back after.
        sizeBefore = Double.isNaN(stage.getWidth())
                ? new javafx.geometry.Dimension2D(dev.spindle.app.MainWindow.WIDTH, dev.spindle.app.MainWindow.HEIGHT)
                : new javafx.geometry.Dimension2D(stage.getWidth(), stage.getHeight());
        FxToolkit.setupFixture(() -> {
            window = new MainWindow(new ShellModel(new MemoryThemeStore(Theme.LIGHT), CoreRange.forHost(8)));
            window.showIn(stage);
            stage.setWidth(1000);
            stage.setHeight(760);
            lessons = LessonsUi.install(window, course, new InMemoryProgress());
            lessons.show(course.lesson(2).orElseThrow());
        });
    }

    @AfterEach
    void stop() throws TimeoutException {
        FxToolkit.setupFixture(() -> {
            window.dispose();
            // The primary stage is shared by every TestFX test in this JVM: it gets its size back.
            stage.setWidth(sizeBefore.getWidth());
            stage.setHeight(sizeBefore.getHeight());
            stage.hide();
        });
        FxToolkit.cleanupStages();
    }

    @Test
    void playWithoutAPredictionShowsThePopoverNextToPlayAndPulsesTheChoices() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() -> window.session().playback().loadedProperty().get()));
        // Folded: the panel's own line would be out of sight.
        fx(() -> {
            lessons.collapse(true);
            return null;
        });
        for (int attempt = 1; attempt <= 2; attempt++) {
            robot.clickOn("#play");
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(fx(() -> window.session().playback().isPlaying())).as("Play %d is blocked", attempt).isFalse();
            assertThat(fx(() -> lessons.askingForPrediction())).isTrue();
            Node text = robot.lookup("#predict-first-text").query();
            assertThat(((javafx.scene.control.Label) text).getText()).contains("prediction first");
            // Next to Play: the popover's window is just below the button, overlapping it horizontally.
            Bounds play = fx(() -> { Node p = window.scene().lookup("#play"); return p.localToScreen(p.getLayoutBounds()); });
            Bounds pop = fx(() -> text.localToScreen(text.getLayoutBounds()));
            assertThat(pop.getMinY()).isBetween(play.getMaxY(), play.getMaxY() + 80);
            assertThat(pop.getMinX()).isBetween(play.getMinX() - 120, play.getMaxX() + 40);
            assertThat(fx(() -> lessons.collapsed())).isFalse();
            assertThat(fx(() -> lessons.problemLine())).as("the panel's red line").contains("prediction first");
            int pulses = attempt;
            assertThat(fx(() -> lessons.predictionPulses())).isEqualTo(pulses);
            fx(() -> {
                Window w = text.getScene().getWindow();
                w.hide();
                return null;
            });
        }
        robot.clickOn("#play");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#play-without-predicting");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> window.session().playback().isPlaying())).isTrue();
        // The student chose: the request is answered, its red line under the narration goes too.
        assertThat(fx(() -> lessons.problemLine())).isEmpty();
        assertThat(robot.lookup("#lesson-problem").queryLabeled().getText()).isEmpty();
    }
}
