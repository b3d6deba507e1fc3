package dev.spindle.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spindle.app.lesson.LessonsUi;
import dev.spindle.app.model.CoreRange;
import dev.spindle.app.model.MemoryThemeStore;
import dev.spindle.app.model.ShellModel;
import dev.spindle.app.model.Theme;
import dev.spindle.app.play.Playback;
import dev.spindle.scenario.Course;
import dev.spindle.scenario.InMemoryProgress;
import dev.spindle.scenario.Lesson;
import dev.spindle.trace.Event;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ToggleButton;
import javafx.scene.shape.Line;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Lesson 18, "Data races", in the real window, headless: the lesson turns the race detector
 * on, the lost update is reported, and "Go to the race" shows both lines marked in the code
 * view, both goroutines ringed and the missing happens-before edge drawn between them; the
 * Mutex fix runs clean.
 */
class DataRaceWindowTest {
    private final FxRobot robot = new FxRobot();
    private MainWindow window;
    private LessonsUi lessons;
    private Stage stage;
    private Lesson lesson;

    @BeforeEach
    void start() throws Exception {
        Course course = Course.builtIn();
        lesson = course.lesson(18).orElseThrow();
        stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            window = new MainWindow(new ShellModel(new MemoryThemeStore(Theme.LIGHT), CoreRange.forHost(8)));
            window.showIn(stage);
            // The prediction is made, so Play runs (an open prediction pauses the first Play).
            InMemoryProgress progress = new InMemoryProgress();
            progress.setPrediction(lesson.key(), 2);
            lessons = LessonsUi.install(window, course, progress);
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
    void theLostUpdateIsFoundAndTheMissingEdgeDrawn() throws Exception {
        runToEnd(lesson);
        assertThat(robot.lookup("#race-detector").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(fx(() -> playback().seekToRace())).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        Event.DataRace race = fx(() -> playback().state().races().getFirst());
        assertThat(race.line()).isEqualTo(18);
        assertThat(race.otherLine()).isEqualTo(18);
        assertThat(fx(() -> playback().state().last())).isSameAs(race);
        // Both lines marked (here the same line: count++), both goroutines ringed, the arrow drawn.
        assertThat(fx(() -> window.view().code().raceLines())).containsExactly(18);
        assertThat(fx(() -> window.view().code().area().getParagraph(17).getParagraphStyle())).contains("race-line");
        assertThat(fx(() -> playback().state().raceInvolved())).containsExactlyInAnyOrder(race.g(), race.other());
        waitUntil(() -> fx(() -> window.view().yard().raceEdgesShown()) == 1);
        assertThat(robot.lookup(".race-edge").queryAs(Line.class).getStrokeDashArray()).isNotEmpty();
        assertThat(robot.lookup(".race-label").queryLabeled().getText())
                .isEqualTo("no happens-before: G" + race.other() + " line 18 → G" + race.g() + " line 18");
        assertThat(fx(() -> playback().state().console().stream().anyMatch(l -> l.text().equals("WARNING: DATA RACE")))).isTrue();
    }

    @Test
    void theMutexFixRunsClean() throws Exception {
        runToEnd(lesson.variant(1));
        assertThat(fx(() -> playback().state().races())).isEmpty();
        assertThat(fx(() -> playback().state().exitCode())).isZero();
        assertThat(fx(() -> window.view().yard().raceEdgesShown())).isZero();
        assertThat(fx(() -> window.view().code().raceLines())).isEmpty();
    }

    private void runToEnd(Lesson l) throws Exception {
        fx(() -> {
            lessons.show(l);
            return null;
        });
        waitUntil(() -> fx(() -> playback().loadedProperty().get() && playback().knownProperty().get() > 0));
        fx(() -> {
            playback().runToEnd();
            return null;
        });
        waitUntil(() -> playback().finishedProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Playback playback() {
        return window.session().playback();
    }

    private static <T> T fx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(20, TimeUnit.SECONDS);
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
    }
}
