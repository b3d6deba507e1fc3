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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 17, messages where the eye is and everything from the keyboard: a prediction chosen
 * and locked in with keys only, the verdict in a coloured banner above the narration at the
 * end, and the toolbar's focus order left to right.
 */
class KeyboardAndVerdictTest {
    private final FxRobot robot = new FxRobot();
    private MainWindow window;
    private LessonsUi lessons;
    private Stage stage;
    private javafx.geometry.Dimension2D sizeBefore;

    @BeforeEach
    void start() throws Exception {
        Course course = Course.builtIn();
        stage = FxToolkit.registerPrimaryStage();
        sizeBefore = Double.isNaN(stage.getWidth())
                ? new javafx.geometry.Dimension2D(MainWindow.WIDTH, MainWindow.HEIGHT)
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
            stage.setWidth(sizeBefore.getWidth());
            stage.setHeight(sizeBefore.getHeight());
            stage.hide();
        });
        FxToolkit.cleanupStages();
    }

    @Test
    void aPredictionIsChosenWithKeysAndTheVerdictIsABannerAboveTheNarration() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() -> window.session().playback().loadedProperty().get()));
        fx(() -> {
            window.scene().lookup("#play").requestFocus();
            return null;
        });
        // Space plays; the lesson asks for a prediction and the keyboard lands on the choices.
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> window.session().playback().isPlaying())).isFalse();
        assertThat(fx(() -> window.scene().getFocusOwner().getId())).isEqualTo("choice-1");
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> ((RadioButton) window.scene().lookup("#choice-2")).isSelected())).isTrue();
        assertThat(fx(() -> window.session().playback().cursorProperty().get())).as("Down chose; it did not step").isLessThanOrEqualTo(2);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        String said = fx(() -> ((Label) window.scene().lookup("#prediction-verdict")).getText());
        assertThat(said).startsWith("Your prediction: ");
        String chosen = fx(() -> ((RadioButton) window.scene().lookup("#choice-2")).getText());
        assertThat(said).contains(chosen);
        assertThat(fx(() -> window.scene().lookup("#verdict-banner").isVisible())).as("no verdict before the end").isFalse();

        fx(() -> {
            window.session().playback().runToEnd();
            return null;
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() -> window.session().playback().finishedProperty().get()));
        WaitForAsyncUtils.waitForFxEvents();
        Label banner = fx(() -> (Label) window.scene().lookup("#verdict-banner"));
        assertThat(fx(banner::isVisible)).isTrue();
        assertThat(fx(banner::getText)).matches("(Right!|Not quite: the answer is) \u201c.+\u201d");
        assertThat(fx(() -> banner.getStyleClass())).containsAnyOf("verdict-right", "verdict-wrong");
        // Above the narration's scrolling text, inside the window, whatever the scroll position.
        Bounds b = fx(() -> banner.localToScene(banner.getLayoutBounds()));
        Node scroll = fx(() -> banner.getParent().getChildrenUnmodifiable().get(banner.getParent().getChildrenUnmodifiable().indexOf(banner) + 1));
        Bounds s = fx(() -> scroll.localToScene(scroll.getLayoutBounds()));
        assertThat(b.getMaxY()).isLessThanOrEqualTo(s.getMinY() + 0.5);
        assertThat(b.getHeight()).isPositive();
        assertThat(b.getMaxY()).isLessThanOrEqualTo(fx(() -> window.scene().getHeight()));
        // Its colour comes from the stylesheet: not the panel's background.
        javafx.scene.paint.Paint fill = fx(() -> banner.getBackground().getFills().getFirst().getFill());
        assertThat(fill).isNotEqualTo(javafx.scene.paint.Color.TRANSPARENT);
    }

    @Test
    void tabGoesThroughTheToolbarLeftToRight() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() -> window.session().playback().loadedProperty().get()));
        Node bar = fx(() -> window.scene().lookup("#toolbar"));
        fx(() -> {
            window.scene().lookup("#open").requestFocus();
            return null;
        });
        List<Double> xs = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            Node focus = fx(() -> window.scene().getFocusOwner());
            if (!isIn(focus, bar)) {
                break;
            }
            xs.add(fx(() -> focus.localToScene(focus.getLayoutBounds()).getMinX()));
            ids.add(focus.getId());
            robot.type(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(ids).contains("open", "play", "cores", "seed");
        for (int i = 1; i < xs.size(); i++) {
            assertThat(xs.get(i)).as("focus %s after %s", ids.get(i), ids.get(i - 1)).isGreaterThanOrEqualTo(xs.get(i - 1));
        }
    }

    private static boolean isIn(Node n, Node ancestor) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }
}
