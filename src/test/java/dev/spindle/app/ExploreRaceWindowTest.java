package dev.spindle.app;

import static org.assertj.core.api.Assertions.assertThat;
import static dev.spindle.app.FxWait.fx;
import static dev.spindle.app.FxWait.waitUntil;

import dev.spindle.app.model.CoreRange;
import dev.spindle.app.model.MemoryThemeStore;
import dev.spindle.app.model.ShellModel;
import dev.spindle.app.model.Theme;
import dev.spindle.app.play.Playback;
import dev.spindle.runtime.explore.Explorer;
import dev.spindle.trace.Event;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * "Explore until a race shows", in the real window, headless: a program whose race shows on
 * some schedules only runs clean on screen; with -race on, Explore stops at the first racy
 * schedule, marks its bar, loads it and shows the race: both lines marked, both goroutines
 * ringed, the missing edge drawn.
 */
class ExploreRaceWindowTest {
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
    void exploreWithTheDetectorOnStopsAtTheFirstRacyScheduleAndShowsTheRace() throws Exception {
        String source = Files.readString(Path.of("src/test/resources/race/sometimes/racy_select.go"));
        fx(() -> {
            window.session().coresProperty().set(2);
            window.openSource("racy_select.go", source);
            return null;
        });
        waitUntil(() -> fx(() -> playback().loadedProperty().get() && playback().knownProperty().get() > 0));
        robot.clickOn("#race-detector");
        assertThat(robot.lookup("#race-detector").queryAs(ToggleButton.class).isSelected()).isTrue();
        waitUntil(() -> fx(() -> playback().loadedProperty().get() && playback().knownProperty().get() > 0));
        // The seeded run on screen takes the value: no race there.
        fx(() -> {
            playback().runToEnd();
            return null;
        });
        waitUntil(() -> fx(() -> playback().finishedProperty().get()));
        assertThat(fx(() -> playback().state().races())).isEmpty();
        assertThat(fx(() -> window.view().console().text())).isEqualTo("2\n");

        fx(() -> {
            robot.lookup("#bottom-tabs").queryAs(TabPane.class).getSelectionModel().select(1);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#explore");
        waitUntil(() -> fx(() -> !window.session().exploration().runningProperty().get()
                && report() != null && report().done()));
        Explorer.Race race = fx(() -> report().race());
        assertThat(race).isNotNull();
        // The racy schedule is loaded, played to its end and shown at the race.
        waitUntil(() -> fx(() -> race.schedule().equals(playback().scheduleProperty().get())
                && playback().state().last() instanceof Event.DataRace));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> robot.lookup("#outcomes-summary").queryAs(Label.class).getText()))
                .startsWith("data race in schedule " + race.run() + " of ");

        // The bars: the racy outcome marked so, the clean one not; the racy one is on screen.
        List<Button> bars = fx(() -> robot.lookup(".outcome-bar").queryAllAs(Button.class).stream().toList());
        Button racy = bars.stream().filter(b -> ((Explorer.Found) b.getUserData()).outcome().raced()).findFirst().orElseThrow();
        assertThat(racy.getStyleClass()).contains("outcome-raced");
        assertThat(racy.getAccessibleText()).contains("[exit 66, data race]");
        assertThat(fx(() -> window.session().exploration().onScreen((Explorer.Found) racy.getUserData()))).isTrue();
        bars.stream().filter(b -> !((Explorer.Found) b.getUserData()).outcome().raced())
                .forEach(b -> assertThat(b.getStyleClass()).doesNotContain("outcome-raced"));

        Event.DataRace shown = fx(() -> (Event.DataRace) playback().state().last());
        assertThat(java.util.Set.of(shown.line(), shown.otherLine())).containsExactlyInAnyOrder(16, 24);
        assertThat(fx(() -> window.view().code().raceLines())).containsExactlyInAnyOrder(16, 24);
        assertThat(fx(() -> playback().state().raceInvolved())).containsExactlyInAnyOrder(shown.g(), shown.other());
        waitUntil(() -> fx(() -> window.view().yard().raceEdgesShown()) == 1);
        // Go to the race finds it again after the view has moved.
        fx(() -> {
            playback().seek(0);
            return null;
        });
        assertThat(fx(() -> playback().seekToRace())).isTrue();
        assertThat(fx(() -> playback().state().last())).isEqualTo(shown);
    }

    private Explorer.Report report() {
        return window.session().exploration().reportProperty().get();
    }

    private Playback playback() {
        return window.session().playback();
    }
}
