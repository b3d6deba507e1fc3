package dev.spindle.app;

import static dev.spindle.app.FxWait.fx;
import static dev.spindle.app.FxWait.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.spindle.app.model.CoreRange;
import dev.spindle.app.model.MemoryThemeStore;
import dev.spindle.app.model.ShellModel;
import dev.spindle.app.model.Theme;
import dev.spindle.app.play.Playback;
import dev.spindle.scenario.Course;
import java.util.HashMap;
import java.util.Map;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 17: reduced motion, from the platform's setting (the scene's preferences, which
 * follow JavaFX's Platform.Preferences) or the toolbar's toggle. A step puts every token at
 * its new place at once (it fades in there) instead of sliding it; without it, tokens slide.
 */
class ReducedMotionTest {
    private MainWindow window;
    private Stage stage;

    @BeforeEach
    void start() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
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
    void tokensAppearAtTheirPlaceInsteadOfSliding() throws Exception {
        String source = Course.builtIn().lesson(2).orElseThrow().source();
        FxToolkit.setupFixture(() -> {
            window = new MainWindow(new ShellModel(new MemoryThemeStore(Theme.LIGHT), CoreRange.forHost(8)));
            window.showIn(stage);
            window.openSource("main.go", source);
        });
        waitUntil(() -> fx(() -> playback().loadedProperty().get()));
        ToggleButton toggle = fx(() -> (ToggleButton) window.scene().lookup("#reduce-motion"));
        // Sliding first: some step moves a token, and right after it the token is not yet there.
        assertThat(fx(toggle::isSelected)).as("the toggle follows the platform (no reduced motion here)").isFalse();
        assertThat(slidesOnSomeStep()).as("a token slides").isTrue();
        // The platform's setting, as the scene sees it: the toggle and the yard follow.
        fx(() -> {
            window.scene().getPreferences().setReducedMotion(true);
            playback().reset();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(toggle::isSelected)).isTrue();
        assertThat(slidesOnSomeStep()).as("a token slides with reduced motion on").isFalse();
        // The toggle turns it off again for this window.
        fx(() -> {
            toggle.fire();
            playback().reset();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> window.scene().getPreferences().isReducedMotion())).isFalse();
        assertThat(slidesOnSomeStep()).isTrue();
    }

    /** Steps up to 30 events; true when, just after a step, some token is on its way (not where it ends). */
    private boolean slidesOnSomeStep() throws Exception {
        boolean moved = false;
        for (int i = 0; i < 30; i++) {
            Map<Node, Point2D> before = positions();
            fx(() -> {
                playback().step();
                return null;
            });
            WaitForAsyncUtils.waitForFxEvents();
            Map<Node, Point2D> right = positions();
            Thread.sleep(900);
            WaitForAsyncUtils.waitForFxEvents();
            Map<Node, Point2D> settled = positions();
            for (var e : settled.entrySet()) {
                Point2D was = before.get(e.getKey());
                if (was != null && !was.equals(e.getValue())) {
                    moved = true;
                    if (!e.getValue().equals(right.get(e.getKey()))) {
                        return true;
                    }
                }
            }
        }
        assertThat(moved).as("some token moved in 30 steps").isTrue();
        return false;
    }

    private Map<Node, Point2D> positions() throws Exception {
        return fx(() -> {
            Map<Node, Point2D> out = new HashMap<>();
            for (Node t : window.scene().getRoot().lookupAll("#yard-scroll .token")) {
                if (t.isVisible()) {
                    out.put(t, new Point2D(t.getLayoutX(), t.getLayoutY()));
                }
            }
            return out;
        });
    }

    private Playback playback() {
        return window.session().playback();
    }
}
