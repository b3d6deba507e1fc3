package dev.spindle.app.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static dev.spindle.app.FxWait.fx;

import dev.spindle.app.MainWindow;
import dev.spindle.app.model.CoreRange;
import dev.spindle.app.model.MemoryThemeStore;
import dev.spindle.app.model.ShellModel;
import dev.spindle.app.model.Theme;
import dev.spindle.app.play.Playback;
import dev.spindle.app.play.Speed;
import dev.spindle.scenario.Course;
import dev.spindle.scenario.InMemoryProgress;
import dev.spindle.scenario.Lesson;
import dev.spindle.scenario.ProgressStore;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A student's path through lesson 2 in the real window, headless: pick, predict, Play, narration, Next lesson. */
class LessonsUiTest {
    private final FxRobot robot = new FxRobot();
    private final ProgressStore progress = new InMemoryProgress();
    private MainWindow window;
    private LessonsUi lessons;
    private Stage stage;
    /** The lessons' compiler thread, which a test can hold to see the window while a compile is under way. */
    private final GatedExecutor compiler = new GatedExecutor();

    @BeforeEach
    void start() throws Exception {
        Course course = Course.builtIn();
        stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            window = new MainWindow(new ShellModel(new MemoryThemeStore(Theme.LIGHT), CoreRange.forHost(8)));
            window.showIn(stage);
            lessons = LessonsUi.install(window, course, progress, compiler);
        });
    }

    @AfterEach
    void stop() throws TimeoutException {
        compiler.release();
        FxToolkit.setupFixture(() -> {
            window.dispose();
            stage.hide();
        });
        FxToolkit.cleanupStages();
    }

    @Test
    void pickLessonTwoPredictPlayReadTheNarrationThenNextLesson() throws Exception {
        @SuppressWarnings("unchecked")
        ComboBox<Lesson> picker = ownWindow().lookup("#lesson-picker").queryAs(ComboBox.class);
        assertThat(fx(() -> picker.getItems().size())).isEqualTo(26);
        fx(() -> {
            picker.getSelectionModel().select(1);
            return null;
        });
        waitUntil(() -> fx(() -> playback().loadedProperty().get() && playback().knownProperty().get() > 0));
        assertThat(text("#lesson-title")).isEqualTo("2. Waiting with a WaitGroup");
        assertThat(fx(() -> window.session().coresProperty().get())).isEqualTo(2);
        assertThat(fx(() -> window.session().seedProperty().get())).isEqualTo(7L);

        // Play before predicting: the lesson asks for the prediction first.
        robot.clickOn("#play");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> playback().isPlaying())).isFalse();
        assertThat(text("#lesson-problem")).contains("prediction first");

        // The choices may sit below the fold of the panel's scroll pane: fire them as a click would.
        fire("#choice-2");
        fire("#lock-prediction");
        assertThat(text("#prediction-verdict")).startsWith("Your prediction: 1st and 2nd in either order");
        assertThat(progress.prediction("02-waitgroup")).hasValue(2);

        robot.clickOn("#play");
        waitUntil(() -> fx(() -> narration().getChildren().size() >= 1));
        assertThat(text(narration(), 0)).contains("G7 is born");
        // The latest step points at its lines in the code view and at its goroutine in the yard
        // (read in one go on the FX thread, so that the step cannot move on between the reads).
        String pointed = fx(this::pointedAt);
        assertThat(pointed).satisfiesAnyOf(
                p -> assertThat(p).isEqualTo("G7 is born · lines [11, 12] · goroutines [7]"),
                p -> assertThat(p).isEqualTo("Again for G8 · lines [17, 18] · goroutines [8]"),
                p -> assertThat(p).isEqualTo("main blocks on wg.Wait() · lines [23] · goroutines [1]"));

        fx(() -> {
            playback().speedProperty().set(Speed.FLAT_OUT);
            return null;
        });
        waitUntil(() -> fx(() -> playback().finishedProperty().get()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> narration().getChildren().size())).isEqualTo(6);
        assertThat(text("#prediction-verdict")).startsWith("Right!");
        assertThat(progress.status("02-waitgroup")).isEqualTo(ProgressStore.Status.COMPLETED);

        robot.clickOn("#next-lesson");
        waitUntil(() -> fx(() -> playback().loadedProperty().get()));
        assertThat(text("#lesson-title")).isEqualTo("3. defer wg.Done()");
        assertThat(fx(() -> picker.getValue().number())).isEqualTo(3);
        assertThat(fx(() -> lessons.current().orElseThrow().number())).isEqualTo(3);
    }

    @Test
    void runWithAnotherSeedShowsBothOrdersSideBySideAndTheKitchenChartMeasures() throws Exception {
        Course course = Course.builtIn();
        fx(() -> {
            lessons.show(course.lesson(2).orElseThrow());
            return null;
        });
        fire("#run-another-seed");
        javafx.scene.control.TextArea a = ownWindow().lookup("#seed-output-a").queryAs(javafx.scene.control.TextArea.class);
        javafx.scene.control.TextArea b = ownWindow().lookup("#seed-output-b").queryAs(javafx.scene.control.TextArea.class);
        waitUntil(() -> fx(() -> !a.getText().isEmpty() && !b.getText().isEmpty()));
        String left = fx(() -> a.getText());
        String right = fx(() -> b.getText());
        assertThat(left).isNotEqualTo(right);
        assertThat(left.lines().toList()).last().isEqualTo("All goroutines finished executing");
        assertThat(right.lines().toList()).last().isEqualTo("All goroutines finished executing");

        fx(() -> {
            lessons.show(course.lesson(5).orElseThrow());
            return null;
        });
        fire("#measure-kitchen");
        waitUntil(() -> text("#kitchen-speedups").startsWith("Speedup over 1 core:"));
        int measured = Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors()));
        assertThat(text("#kitchen-speedups").chars().filter(c -> c == '×').count()).isEqualTo(measured);
        assertThat(text("#kitchen-speedups")).contains("1: 1.00×");
    }

    @Test
    void theLessonPanelFoldsToAStripAndTheYardGetsTheRoom() throws Exception {
        Course course = Course.builtIn();
        fx(() -> {
            lessons.show(course.lesson(2).orElseThrow());
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        double codeBefore = fx(() -> window.view().code().area().getWidth());
        double yardBefore = fx(() -> window.view().yard().root().getLayoutBounds().getWidth());
        // At the default 1440 px the code column has room for the lesson's lines (it had ~300 px of text before).
        assertThat(codeBefore).isGreaterThan(360);
        fire("#collapse-lesson");
        // The teacher folds the text away to show the run: the room goes to the yard, the code keeps its width.
        waitUntil(() -> fx(() -> window.view().yard().root().getLayoutBounds().getWidth() > yardBefore + 200));
        assertThat(fx(() -> lessons.collapsed())).isTrue();
        assertThat(fx(() -> ownWindow().lookup("#lesson-strip").tryQuery().isPresent())).isTrue();
        assertThat(fx(() -> window.view().code().area().getWidth())).isCloseTo(codeBefore, org.assertj.core.data.Offset.offset(2.0));

        // Another lesson keeps the choice; the strip opens the panel again at its width.
        fx(() -> {
            lessons.show(course.lesson(3).orElseThrow());
            return null;
        });
        assertThat(fx(() -> lessons.collapsed())).isTrue();
        double yardFolded = fx(() -> window.view().yard().root().getLayoutBounds().getWidth());
        fire("#expand-lesson");
        waitUntil(() -> fx(() -> window.view().yard().root().getLayoutBounds().getWidth() < yardFolded - 200));
        assertThat(fx(() -> lessons.collapsed())).isFalse();
        assertThat(text("#lesson-title")).isEqualTo("3. defer wg.Done()");
    }

    @Test
    void aTeachersFolderOpensAndABadOneIsExplained(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) throws Exception {
        java.nio.file.Path good = java.nio.file.Files.createDirectories(tmp.resolve("hello"));
        java.nio.file.Files.writeString(good.resolve("main.go"), "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"hi\")\n}\n");
        java.nio.file.Files.writeString(good.resolve("lesson.yaml"),
                "title: Hello\nsummary: Says hi.\nconcepts: [fmt]\nnarration:\n  - when: print g=main\n    say: main says hi.\n");
        // Looked up in the same FX task as the open, before any pulse: the panel is in the scene
        // graph at once (its ScrollPane's skin used to wait for the next pulse: the old flake).
        assertThat(fx(() -> {
            lessons.open(good);
            return ownWindow().lookup("#lesson-title").tryQueryAs(Label.class).map(Label::getText).orElse("(not found)");
        })).isEqualTo("Hello");

        java.nio.file.Path bad = java.nio.file.Files.createDirectories(tmp.resolve("broken"));
        java.nio.file.Files.writeString(bad.resolve("main.go"), "package main\n\nfunc main() {\n}\n");
        java.nio.file.Files.writeString(bad.resolve("lesson.yaml"), "title: Broken\nsummary: s\nconcepts: [c]\nends: sometimes\n");
        fx(() -> {
            lessons.open(bad);
            return null;
        });
        assertThat(text("#lesson-problem")).isEqualTo(
                "broken/lesson.yaml:4:7: ends: expected normally, panic or deadlock, found \"sometimes\"");
        assertThat(text("#lesson-title")).isEqualTo("Hello");
    }

    @Test
    void theLessonShowsAtOnceWhileItsProgramCompilesOffTheFxThread() throws Exception {
        Course course = Course.builtIn();
        Lesson two = course.lesson(2).orElseThrow();
        compiler.hold();
        // In the same FX task as show(): the panel is complete, saying that it compiles.
        assertThat(fx(() -> {
            lessons.show(two);
            return label("#lesson-title") + " | " + label("#lesson-summary").substring(0, 11) + " | " + label("#lesson-status");
        })).isEqualTo("2. Waiting with a WaitGroup | The classic | Compiling main.go…");
        WaitForAsyncUtils.waitForFxEvents();
        // Nothing was compiled on the FX thread: with the compiler held, the program is not there.
        assertThat(compiler.held()).isEqualTo(1);
        assertThat(fx(() -> window.session().sourceProperty().get())).isNotEqualTo(two.source());
        assertThat(text("#lesson-status")).isEqualTo("Compiling main.go…");

        compiler.release();
        waitUntil(() -> fx(() -> two.source().equals(window.session().sourceProperty().get())
                && playback().loadedProperty().get() && label("#lesson-status").isEmpty()));
        assertThat(fx(() -> window.view().code().source())).isEqualTo(two.source());
        assertThat(fx(() -> window.session().errorsProperty().get())).isEmpty();
        // The seed comparison needs the compiled program: it is there now.
        assertThat(fx(() -> ownWindow().lookup("#run-another-seed").tryQuery().isPresent())).isTrue();
        waitUntil(() -> compiler.ran() == 1);
    }

    @Test
    void aLessonOpenedWhileAnotherCompilesWins() throws Exception {
        Course course = Course.builtIn();
        compiler.hold();
        fx(() -> {
            lessons.show(course.lesson(3).orElseThrow());
            lessons.show(course.lesson(9).orElseThrow());
            return null;
        });
        compiler.release();
        Lesson nine = course.lesson(9).orElseThrow();
        waitUntil(() -> compiler.ran() == 2);
        waitUntil(() -> fx(() -> nine.source().equals(window.session().sourceProperty().get())
                && label("#lesson-status").isEmpty()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> window.view().code().source())).isEqualTo(nine.source());
        assertThat(text("#lesson-title")).isEqualTo("9. Channels: the hand-off");
    }

    @Test
    void aLessonThatDoesNotCompileShowsGosErrorsInThePanelAndTheCode(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp)
            throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createDirectories(tmp.resolve("broken"));
        java.nio.file.Files.writeString(dir.resolve("main.go"), "package main\n\nfunc main() {\n\tx := 1\n}\n");
        java.nio.file.Files.writeString(dir.resolve("lesson.yaml"), "title: Broken\nsummary: s\nconcepts: [c]\n");
        fx(() -> {
            lessons.open(dir);
            return null;
        });
        waitUntil(() -> fx(() -> !label("#lesson-problem").isEmpty()));
        assertThat(text("#lesson-problem")).isEqualTo(dir + "/main.go:4:2: declared and not used: x");
        assertThat(text("#lesson-status")).isEmpty();
        waitUntil(() -> fx(() -> !window.session().errorsProperty().get().isEmpty()));
        assertThat(fx(() -> window.session().errorsProperty().get())).singleElement()
                .satisfies(e -> assertThat(e.line()).isEqualTo(4))
                .satisfies(e -> assertThat(e.message()).isEqualTo("declared and not used: x"));
        assertThat(fx(() -> window.view().code().source())).contains("x := 1");
    }

    @Test
    void theDeadlockGalleryStepsThroughItsPrograms() throws Exception {
        Course course = Course.builtIn();
        Lesson deadlocks = course.lesson(15).orElseThrow();
        fx(() -> {
            lessons.show(deadlocks);
            return null;
        });
        waitUntil(() -> fx(() -> deadlocks.source().equals(window.session().sourceProperty().get())));
        assertThat(fx(() -> ownWindow().lookup("#variant-1").queryAs(javafx.scene.control.ToggleButton.class).isSelected()))
                .isTrue();
        fire("#choice-2");
        fire("#lock-prediction");

        for (int v = 2; v <= 5; v++) {
            Lesson program = deadlocks.variant(v - 1);
            fire("#variant-" + v);
            waitUntil(() -> fx(() -> program.source().equals(window.session().sourceProperty().get())
                    && playback().loadedProperty().get() && label("#lesson-status").isEmpty()));
            assertThat(text("#lesson-title")).isEqualTo("15. Deadlocks");
            assertThat(fx(() -> window.session().fileNameProperty().get())).isEqualTo(program.sourceName());
            assertThat(text("#variant-summary")).isEqualTo(program.variants().get(v - 1).summary());
            int shown = v;
            assertThat(fx(() -> ownWindow().lookup("#variant-" + shown)
                    .queryAs(javafx.scene.control.ToggleButton.class).isSelected())).isTrue();
            assertThat(fx(() -> picker().getValue().number())).isEqualTo(15);
            // The prediction was made once for the lesson: Play runs at once, to Go's report.
            fx(() -> {
                playback().speedProperty().set(Speed.FLAT_OUT);
                playback().play();
                return null;
            });
            waitUntil(() -> fx(() -> playback().finishedProperty().get()));
            WaitForAsyncUtils.waitForFxEvents();
            waitUntil(() -> fx(() -> narration().getChildren().size() == program.narration().size()));
            // Each line is "time  sentence".
            assertThat(text(narration(), program.narration().size() - 1))
                    .endsWith("  " + program.narration().getLast().say());
            assertThat(fx(() -> window.view().yard().highlighted())).as(program.sourceName()).contains(1L);
        }
        assertThat(progress.status("15-deadlocks")).isEqualTo(ProgressStore.Status.COMPLETED);
    }

    @SuppressWarnings("unchecked")
    private ComboBox<Lesson> picker() {
        return ownWindow().lookup("#lesson-picker").queryAs(ComboBox.class);
    }

    /** A label's text now (FX thread), "" when it is not in the scene. */
    private String label(String id) {
        return ownWindow().lookup(id).tryQueryAs(Label.class).map(Label::getText).orElse("");
    }

    /** The latest narration step's opening words, the code lines marked, the tokens ringed. */
    private String pointedAt() {
        VBox n = narration();
        String say = ((Label) n.getChildren().getLast()).getText();
        String words = say.contains("G7 is born") ? "G7 is born" : say.contains("Again for G8") ? "Again for G8"
                : say.contains("main blocks on wg.Wait()") ? "main blocks on wg.Wait()" : say;
        var area = window.view().code().area();
        java.util.List<Integer> lines = new java.util.ArrayList<>();
        int paragraphs = area.getText().split("\n", -1).length;
        for (int i = 0; i < paragraphs; i++) {
            if (area.getParagraph(i).getParagraphStyle().contains(LessonsUi.LESSON_LINE)) {
                lines.add(i + 1);
            }
        }
        java.util.List<Long> ringed = new java.util.ArrayList<>(window.view().yard().highlighted());
        java.util.Collections.sort(ringed);
        return words + " · lines " + lines + " · goroutines " + ringed;
    }

    /** Fires button {@code id} as a click would, once it is in the scene (some come with the compiled program). */
    private void fire(String id) throws Exception {
        waitUntil(() -> fx(() -> ownWindow().lookup(id).tryQuery().isPresent()));
        fx(() -> {
            ownWindow().lookup(id).queryAs(javafx.scene.control.ButtonBase.class).fire();
            return null;
        });
    }

    private Playback playback() {
        return window.session().playback();
    }

    private VBox narration() {
        return ownWindow().lookup("#narration").queryAs(VBox.class);
    }

    /**
     * The text of label {@code id}, once it is in the scene graph. A lesson panel's text sits in a
     * ScrollPane, whose content becomes a child only when its skin is made, on the next pulse:
     * a lookup right after {@code lessons.open(...)} on the FX thread can run before that pulse
     * and find nothing (the intermittent failure of aTeachersFolderOpensAndABadOneIsExplained).
     */
    private String text(String id) throws Exception {
        waitUntil(() -> fx(() -> ownWindow().lookup(id).tryQuery().isPresent()));
        return fx(() -> ownWindow().lookup(id).queryAs(Label.class).getText());
    }

    private static String text(VBox box, int i) throws Exception {
        return fx(() -> ((Label) box.getChildren().get(i)).getText());
    }

    /** Queries this test's own window only: windows of earlier tests in the same JVM may still be around. */
    private org.testfx.service.query.NodeQuery ownWindow() {
        return robot.from(stage.getScene().getRoot());
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
    }
}
