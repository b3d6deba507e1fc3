package dev.spindle.app.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static dev.spindle.app.FxWait.fx;
import static dev.spindle.app.FxWait.waitUntil;

import dev.spindle.app.MainWindow;
import dev.spindle.app.model.CoreRange;
import dev.spindle.app.model.MemoryThemeStore;
import dev.spindle.app.model.ShellModel;
import dev.spindle.app.model.Theme;
import dev.spindle.scenario.Course;
import dev.spindle.scenario.InMemoryProgress;
import dev.spindle.scenario.Lesson;
import dev.spindle.scenario.LessonLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** Lesson 2's prediction set against what Explore found: "you said either order: 2 of 2 outcomes found". */
class ExploredPredictionTest {
    private final FxRobot robot = new FxRobot();
    private final InMemoryProgress progress = new InMemoryProgress();
    private MainWindow window;
    private Stage stage;
    private LessonsUi lessons;
    private Lesson lesson;

    /** Lesson 2 with choice {@code chosen} already made. */
    private void open(int chosen) throws Exception {
        // Lesson 2's own folder, so the test does not depend on the rest of the course.
        lesson = LessonLoader.fromFolder(Path.of("resources/lessons/02-waitgroup"));
        Course course = new Course(List.of(lesson));
        progress.setPrediction(lesson.key(), chosen);
        stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            window = new MainWindow(new ShellModel(new MemoryThemeStore(Theme.LIGHT), CoreRange.forHost(8)));
            window.showIn(stage);
            lessons = LessonsUi.install(window, course, progress);
            lessons.show(lesson);
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
    void exploringLessonTwoSaysBothOrdersOfTheEitherOrderPredictionWereFound() throws Exception {
        open(2); // "1st and 2nd in either order, ..."
        Label line = explore();
        assertThat(fx(line::getText)).isEqualTo("You said \u201c" + lesson.prediction().choices().get(1)
                + "\u201d: 2 of 2 outcomes found (every schedule tried), just as your answer says.");
        assertThat(fx(line::getPseudoClassStates)).contains(PseudoClass.getPseudoClass("agrees"))
                .doesNotContain(PseudoClass.getPseudoClass("disagrees"));
    }

    @Test
    void theExploredCountSaysAlwaysInOrderIsWrong() throws Exception {
        open(1); // "Always 1st, 2nd, then ..."
        Label line = explore();
        assertThat(fx(line::getText)).isEqualTo("You said \u201c" + lesson.prediction().choices().get(0)
                + "\u201d: 2 of 2 outcomes found (every schedule tried), but your answer allows only 1:"
                + " the scheduler can pick any of them.");
        assertThat(fx(line::getPseudoClassStates)).contains(PseudoClass.getPseudoClass("disagrees"));
    }

    @Test
    void theExploredCountSaysAnyOrderAtAllAllowsTooMany() throws Exception {
        open(3); // "Any order at all, ... included"
        Label line = explore();
        assertThat(fx(line::getText)).endsWith("but your answer allows 6: only 2 can happen.");
    }

    /** Explores the lesson's program at 2 cores and returns the prediction's explored line once it shows. */
    private Label explore() throws Exception {
        waitUntil(() -> fx(() -> window.session().playback().loadedProperty().get()
                && window.session().playback().program() != null));
        Label line = fx(() -> robot.lookup("#prediction-explored").queryAs(Label.class));
        assertThat(fx(line::isVisible)).isFalse();
        fx(() -> {
            window.session().exploration().explore(2);
            return null;
        });
        waitUntil(() -> fx(line::isVisible));
        return line;
    }
}
