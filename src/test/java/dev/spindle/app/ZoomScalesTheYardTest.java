package dev.spindle.app;

import static org.assertj.core.api.Assertions.assertThat;
import static dev.spindle.app.FxWait.fx;

import dev.spindle.app.model.CoreRange;
import dev.spindle.app.model.MemoryThemeStore;
import dev.spindle.app.model.ShellModel;
import dev.spindle.app.model.Theme;
import dev.spindle.scenario.Course;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 17: Ctrl +/− scales the whole window, the yard's tokens included, not only its type. */
class ZoomScalesTheYardTest {
    private final FxRobot robot = new FxRobot();
    private MainWindow window;
    private Stage stage;

    @BeforeEach
    void start() throws TimeoutException {
        stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            window = new MainWindow(new ShellModel(new MemoryThemeStore(Theme.LIGHT), CoreRange.forHost(8)));
            window.showIn(stage);
        });
    }

    @AfterEach
    void stop() throws TimeoutException {
        FxToolkit.setupFixture(() -> {
            window.dispose();
            stage.hide();
        });
        FxToolkit.cleanupStages();
    }

    @Test
    void ctrlPlusGrowsTheTokensAndCtrlZeroGivesThemBack() throws Exception {
        String source = Course.builtIn().lesson(2).orElseThrow().source();
        fx(() -> {
            window.openSource("main.go", source);
            return null;
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() -> window.scene().lookup(".token") != null));
        double before = tokenWidth();
        fx(() -> {
            window.scene().getRoot().requestFocus();
            return null;
        });
        robot.push(KeyCode.CONTROL, KeyCode.EQUALS);
        robot.push(KeyCode.CONTROL, KeyCode.EQUALS);
        robot.push(KeyCode.CONTROL, KeyCode.EQUALS);
        WaitForAsyncUtils.waitForFxEvents();
        double zoomed = tokenWidth();
        assertThat(zoomed).as("a token after Ctrl+ three times").isGreaterThanOrEqualTo(before * 1.25);
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT0);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tokenWidth()).isEqualTo(before);
    }

    private double tokenWidth() throws Exception {
        return fx(() -> {
            Node t = window.scene().lookup(".token");
            return t.getLayoutBounds().getWidth();
        });
    }
}
