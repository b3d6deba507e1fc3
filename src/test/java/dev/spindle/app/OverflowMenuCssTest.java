package dev.spindle.app;

import static dev.spindle.app.FxWait.fx;
import static org.assertj.core.api.Assertions.assertThat;

import dev.spindle.app.model.CoreRange;
import dev.spindle.app.model.MemoryThemeStore;
import dev.spindle.app.model.ShellModel;
import dev.spindle.app.model.Theme;
import dev.spindle.scenario.Course;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 17: the toolbar's overflow menu (a 1024 px projector, zoomed in: cores, seed, speed,
 * presentation and theme move there) styles its items without one CSS warning, in both
 * themes and in presentation mode.
 */
class OverflowMenuCssTest {
    /** JavaFX's CSS logger (java.util.logging keeps loggers weakly: held here). */
    private static final Logger CSS = Logger.getLogger("javafx.css");

    private final FxRobot robot = new FxRobot();
    private final List<String> warnings = new ArrayList<>();
    private final Handler collect = new Handler() {
        @Override
        public void publish(LogRecord r) {
            if (r.getLevel().intValue() >= Level.WARNING.intValue()) {
                synchronized (warnings) {
                    warnings.add(r.getMessage() + (r.getParameters() == null ? "" : " " + List.of(r.getParameters())));
                }
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private MainWindow window;
    private Stage stage;

    @BeforeEach
    void start() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        CSS.addHandler(collect);
    }

    @AfterEach
    void stop() throws Exception {
        CSS.removeHandler(collect);
        FxToolkit.setupFixture(() -> {
            window.dispose();
            stage.setWidth(MainWindow.WIDTH);
            stage.setHeight(MainWindow.HEIGHT);
            stage.hide();
        });
        FxToolkit.cleanupStages();
    }

    @ParameterizedTest(name = "{0}, presentation {1}")
    @CsvSource({"LIGHT, false", "DARK, false", "LIGHT, true", "DARK, true"})
    void theOverflowMenuLogsNoCssWarning(Theme theme, boolean presentation) throws Exception {
        String source = Course.builtIn().lesson(2).orElseThrow().source();
        FxToolkit.setupFixture(() -> {
            window = new MainWindow(new ShellModel(new MemoryThemeStore(theme), CoreRange.forHost(8)));
            window.showIn(stage);
            stage.setWidth(1000);
            stage.setHeight(760);
            window.openSource("main.go", source);
            window.view().presentationProperty().set(presentation);
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() -> window.session().playback().loadedProperty().get()));
        // The collector hears JavaFX's CSS warnings at all: a style that names no colour is one.
        fx(() -> {
            Region probe = new Region();
            probe.setStyle("-fx-background-color: -no-such-colour;");
            ((javafx.scene.layout.Pane) window.scene().getRoot()).getChildren().add(probe);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        fx(() -> {
            ((javafx.scene.layout.Pane) window.scene().getRoot()).getChildren().removeIf(n -> n.getStyle().contains("-no-such-colour"));
            return null;
        });
        synchronized (warnings) {
            assertThat(warnings).as("the collector hears a CSS warning").isNotEmpty();
            warnings.clear();
        }
        // Zoomed in, more of the toolbar moves into the overflow menu.
        fx(() -> {
            window.scene().getRoot().requestFocus();
            return null;
        });
        robot.push(KeyCode.CONTROL, KeyCode.EQUALS);
        robot.push(KeyCode.CONTROL, KeyCode.EQUALS);
        WaitForAsyncUtils.waitForFxEvents();
        Node overflow = fx(() -> window.scene().lookup(".tool-bar-overflow-button"));
        assertThat(overflow).as("the toolbar overflows at 1000 px, zoomed").isNotNull();
        assertThat(fx(overflow::isVisible)).isTrue();
        robot.clickOn(overflow);
        WaitForAsyncUtils.waitForFxEvents();
        int items = fx(() -> Window.getWindows().stream()
                .filter(w -> w instanceof javafx.scene.control.ContextMenu && w.isShowing())
                .mapToInt(w -> ((javafx.scene.control.ContextMenu) w).getItems().size()).sum());
        assertThat(items).as("items in the open overflow menu").isGreaterThanOrEqualTo(3);
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        synchronized (warnings) {
            assertThat(warnings).isEmpty();
        }
    }
}
