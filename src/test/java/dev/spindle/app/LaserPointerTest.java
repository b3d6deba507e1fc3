package dev.spindle.app;

import static dev.spindle.app.FxWait.fx;
import static org.assertj.core.api.Assertions.assertThat;

import dev.spindle.app.model.CoreRange;
import dev.spindle.app.model.MemoryThemeStore;
import dev.spindle.app.model.ShellModel;
import dev.spindle.app.model.Theme;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.Circle;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 17: the teacher's laser pointer: L in presentation mode draws the pointer large where the mouse is; L again puts it away. */
class LaserPointerTest {
    private final FxRobot robot = new FxRobot();
    private MainWindow window;
    private Stage stage;

    @BeforeEach
    void start() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            window = new MainWindow(new ShellModel(new MemoryThemeStore(Theme.DARK), CoreRange.forHost(8)));
            window.showIn(stage);
        });
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.setupFixture(() -> {
            window.dispose();
            stage.hide();
        });
        FxToolkit.cleanupStages();
    }

    @Test
    void lDrawsThePointerLargeInPresentationMode() throws Exception {
        fx(() -> {
            window.scene().getRoot().requestFocus();
            return null;
        });
        // Not a presentation: L does nothing.
        robot.push(KeyCode.L);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> window.view().laser().shown())).isFalse();
        robot.push(KeyCode.F5);
        robot.push(KeyCode.L);
        WaitForAsyncUtils.waitForFxEvents();
        Bounds yard = fx(() -> {
            Node n = window.scene().lookup("#yard-scroll");
            return n.localToScreen(n.getLayoutBounds());
        });
        robot.moveTo(new Point2D(yard.getCenterX(), yard.getCenterY()));
        robot.moveBy(7, 5);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> window.view().laser().shown())).isTrue();
        Circle dot = fx(() -> (Circle) window.scene().lookup("#laser-pointer"));
        Point2D atScreen = fx(() -> dot.localToScreen(dot.getCenterX(), dot.getCenterY()));
        assertThat(atScreen.distance(yard.getCenterX() + 7, yard.getCenterY() + 5)).as("the dot is where the mouse is").isLessThan(2);
        assertThat(fx(dot::getRadius)).as("drawn large: radius in px").isGreaterThanOrEqualTo(20);
        assertThat(fx(() -> window.scene().getRoot().getCursor())).isEqualTo(Cursor.NONE);
        // On top of everything: the last child of the root.
        assertThat(fx(() -> window.scene().getRoot().getChildrenUnmodifiable().getLast())).isSameAs(dot);
        robot.push(KeyCode.L);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> window.view().laser().shown())).isFalse();
        assertThat(fx(() -> window.scene().getRoot().getCursor())).isNotEqualTo(Cursor.NONE);
    }
}
