package dev.spindle.app;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.spindle.app.model.PreferencesThemeStore;
import dev.spindle.app.theme.ThemeApplier;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window, started as a user starts it ({@link SpindleApp}), on the headless
 * platform. The user preferences root points into target/ (surefire's argLine), so the
 * developer's own theme is never touched.
 */
class SpindleWindowTest {
    private static final List<String> REGIONS =
            List.of("#toolbar", "#code", "#yard", "#yard-scroll", "#console", "#events", "#stats");
    private static final List<String> PLAYBACK_CONTROLS =
            List.of("#play", "#step", "#back", "#reset", "#run-to-end", "#speed", "#cores", "#seed", "#new-seed");

    private final FxRobot robot = new FxRobot();
    private Stage stage;
    private Application app;

    @BeforeAll
    static void prefsAreSandboxed() {
        assertThat(System.getProperty("java.util.prefs.userRoot"))
                .as("tests must not write the user's real preferences")
                .contains("target");
    }

    @BeforeEach
    void start() throws TimeoutException, BackingStoreException {
        Preferences node = PreferencesThemeStore.userNode();
        node.clear();
        node.flush();
        stage = FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(DesktopApp::new);
    }

    @AfterEach
    void stop() throws TimeoutException {
        FxToolkit.cleanupApplication(app);
        // The app sized the primary stage, which every TestFX test in this JVM shares, to fit
        // the headless screen: later tests get the window's own default size back.
        FxToolkit.setupFixture(() -> {
            stage.setWidth(MainWindow.WIDTH);
            stage.setHeight(MainWindow.HEIGHT);
        });
        FxToolkit.cleanupStages();
    }

    @Test
    void opensTheWindowTitledSpindle() {
        assertThat(stage.getTitle()).endsWith("Spindle");
        assertThat(stage.isShowing()).isTrue();
        // 1440x900, or less on a smaller screen (the headless platform's is 1000x1000): never partly off screen.
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        assertThat(stage.getWidth()).isEqualTo(Math.min(1440, screen.getWidth()));
        assertThat(stage.getHeight()).isEqualTo(Math.min(900, screen.getHeight()));
        assertThat(stage.getIcons()).as("the application icon at every size").hasSize(7);
    }

    @Test
    void showsEveryRegion() {
        for (String id : REGIONS) {
            Node region = robot.lookup(id).query();
            assertThat(region.isVisible()).as(id).isTrue();
            assertThat(region.getLayoutBounds().getWidth()).as(id + " width").isGreaterThan(100);
            assertThat(region.getLayoutBounds().getHeight()).as(id + " height").isGreaterThan(20);
        }
        // Lesson 1 has no WaitGroup or channel: the gauges column steps aside for the yard.
        assertThat(robot.lookup("#gauges").tryQuery()).isEmpty();
    }

    @Test
    void opensTheFirstLessonAtLaunchReadyToPlay() throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                () -> !robot.lookup("#play").query().isDisabled());
        for (String id : PLAYBACK_CONTROLS) {
            assertThat(robot.lookup(id).query().isDisabled()).as(id + " enabled").isFalse();
        }
        // A student without progress starts the course at lesson 1.
        assertThat(stage.getTitle()).isEqualTo("main.go — Spindle");
        assertThat(robot.lookup("#code-area").queryAs(org.fxmisc.richtext.CodeArea.class).getText()).contains("go say(");
        assertThat(robot.lookup("#theme-toggle").query().isDisabled()).isFalse();
    }

    @Test
    void coresSliderRunsFromOneToAtLeastEight() {
        Slider cores = robot.lookup("#cores").queryAs(Slider.class);
        int host = Runtime.getRuntime().availableProcessors();
        assertThat(cores.getMin()).isEqualTo(1);
        assertThat(cores.getMax()).isEqualTo(Math.max(8, host));
        // Lesson 1, opened at launch, recommends one core.
        assertThat(cores.getValue()).isEqualTo(1);
        assertThat(robot.lookup("#cores-value").queryAs(Label.class).getText()).isEqualTo("1");
    }

    @Test
    void themeToggleSwitchesTheThemeAndIsRemembered() throws TimeoutException {
        Node root = stage.getScene().getRoot();
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(new PrimerLight().getUserAgentStylesheet());
        assertThat(root.getPseudoClassStates()).doesNotContain(ThemeApplier.DARK);

        toggleTheme();

        assertThat(Application.getUserAgentStylesheet()).isEqualTo(new PrimerDark().getUserAgentStylesheet());
        assertThat(root.getPseudoClassStates()).contains(ThemeApplier.DARK);
        assertThat(PreferencesThemeStore.userNode().get("theme", null)).isEqualTo("DARK");

        // A new start of the app comes up dark.
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        app = FxToolkit.setupApplication(DesktopApp::new);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(new PrimerDark().getUserAgentStylesheet());
        assertThat(stage.getScene().getRoot().getPseudoClassStates()).contains(ThemeApplier.DARK);

        toggleTheme();
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(new PrimerLight().getUserAgentStylesheet());
        assertThat(PreferencesThemeStore.userNode().get("theme", null)).isEqualTo("LIGHT");
    }

    /**
     * The theme button, pressed. The window fits the headless screen (1000 px wide), where the
     * toolbar may have moved the button into its overflow menu (the cores, seed and Play stay
     * in the bar): fired as a click would, wherever it is.
     */
    private void toggleTheme() throws TimeoutException {
        FxToolkit.setupFixture(() -> ((javafx.scene.control.Button) stage.getScene().lookup("#theme-toggle")).fire());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
