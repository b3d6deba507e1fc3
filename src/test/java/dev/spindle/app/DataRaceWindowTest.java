package dev.spindle.app;

import static org.assertj.core.api.Assertions.assertThat;
import static dev.spindle.app.FxWait.fx;
import static dev.spindle.app.FxWait.waitUntil;

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
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
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
        // The narration points at the same line: its band must not hide the race's (a red band, an accent bar).
        javafx.scene.layout.Region line18 = fx(() -> robot.lookup(".paragraph-text.race-line").queryAs(javafx.scene.layout.Region.class));
        assertThat(fx(() -> line18.getStyleClass())).contains("lesson-line");
        var fills = fx(() -> line18.getBackground().getFills());
        assertThat(fills).hasSize(2);
        assertThat(fills.get(0).getFill()).isNotEqualTo(fills.get(1).getFill());
        assertThat(fx(() -> playback().state().raceInvolved())).containsExactlyInAnyOrder(race.g(), race.other());
        waitUntil(() -> fx(() -> window.view().yard().raceEdgesShown()) == 1);
        assertThat(robot.lookup(".race-edge").queryAs(Line.class).getStrokeDashArray()).isNotEmpty();
        assertThat(robot.lookup(".race-label").queryLabeled().getText().replace(":\n", ": "))
                .isEqualTo("no happens-before: G" + race.other() + " line 18 → G" + race.g() + " line 18");
        assertThat(fx(() -> playback().state().console().stream().anyMatch(l -> l.text().equals("WARNING: DATA RACE")))).isTrue();
        assertLabelWholeAndBothRingsShown(race);
    }

    @Test
    void atAProjectorsSizeTheEdgesLabelIsWholeAndBothRingsShow() throws Exception {
        FxToolkit.setupFixture(() -> {
            stage.setWidth(1024);
            stage.setHeight(768);
        });
        runToEnd(lesson);
        assertThat(fx(() -> playback().seekToRace())).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        Event.DataRace race = fx(() -> playback().state().races().getFirst());
        waitUntil(() -> fx(() -> window.view().yard().raceEdgesShown()) == 1);
        assertLabelWholeAndBothRingsShown(race);
    }

    /**
     * What the user sees of the race in the yard: the edge's label whole (not cut to "…"),
     * inside the yard and inside the yard's viewport across, clear of both tokens; the raced
     * goroutine the narration points at keeps its red ring with the lesson's ring around it.
     */
    private void assertLabelWholeAndBothRingsShown(Event.DataRace race) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Label label = robot.lookup(".race-label").queryAs(Label.class);
        Bounds yard = fx(() -> window.view().yard().yardBounds());
        Bounds inYard = fx(label::getBoundsInParent);
        assertThat(yard.contains(inYard)).as(inYard + " inside the yard " + yard).isTrue();
        assertThat(fx(() -> label.getWidth() >= label.prefWidth(-1) - 0.5 && label.getHeight() >= label.prefHeight(label.getWidth()) - 0.5))
                .as("the label is not cut short").isTrue();
        Bounds onScreen = fx(() -> label.localToScene(label.getBoundsInLocal()));
        Bounds viewport = fx(() -> {
            Node scroll = window.view().yard().root();
            return scroll.localToScene(scroll.getBoundsInLocal());
        });
        assertThat(onScreen.getMinX()).isGreaterThanOrEqualTo(viewport.getMinX());
        assertThat(onScreen.getMaxX()).isLessThanOrEqualTo(viewport.getMaxX());
        for (long g : new long[] {race.g(), race.other()}) {
            javafx.scene.layout.Region token = robot.lookup(".token").match(n -> ("G" + g).equals(n.getAccessibleText())).queryAs(javafx.scene.layout.Region.class);
            // The disc itself (its glow and a pulse's scaling may spread wider for a moment).
            Bounds t = fx(() -> new javafx.geometry.BoundingBox(token.getLayoutX(), token.getLayoutY(), token.getWidth(), token.getHeight()));
            assertThat(t.intersects(inYard)).as("the label covers G" + g).isFalse();
        }

        // Both raced tokens ringed red; the one the narration names has the lesson's ring too, outside the red one.
        long named = fx(() -> window.view().yard().isHighlighted(race.g())) ? race.g() : race.other();
        long plain = named == race.g() ? race.other() : race.g();
        assertThat(fx(() -> window.view().yard().isHighlighted(named))).isTrue();
        assertThat(fx(() -> window.view().yard().isHighlighted(plain))).isFalse();
        Paint[] namedRings = fx(() -> window.view().yard().ringsOf(named));
        Paint[] plainRings = fx(() -> window.view().yard().ringsOf(plain));
        assertThat(plainRings[0]).isNotEqualTo(Color.TRANSPARENT);
        assertThat(namedRings[0]).as("the race's red ring on the named token").isEqualTo(plainRings[0]);
        assertThat(namedRings[1]).as("the lesson's ring around it").isNotEqualTo(Color.TRANSPARENT).isNotEqualTo(namedRings[0]);
        assertThat(plainRings[1]).isEqualTo(Color.TRANSPARENT);
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
}
