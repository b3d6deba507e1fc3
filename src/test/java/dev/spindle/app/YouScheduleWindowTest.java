package dev.spindle.app;

import static org.assertj.core.api.Assertions.assertThat;
import static dev.spindle.app.FxWait.fx;
import static dev.spindle.app.FxWait.waitUntil;

import dev.spindle.app.model.CoreRange;
import dev.spindle.app.model.MemoryThemeStore;
import dev.spindle.app.model.ShellModel;
import dev.spindle.app.model.Theme;
import dev.spindle.app.play.HandChooser;
import dev.spindle.app.play.Playback;
import dev.spindle.app.play.YouSchedule;
import dev.spindle.runtime.Schedule;
import dev.spindle.scenario.Course;
import dev.spindle.scenario.Lesson;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * "You schedule" on the lost-update level in the real window, headless: the student clicks
 * the glowing tokens (a button where a choice is not about goroutines: an idle P waking), the
 * run reaches "balance 10" and the panel says the goal is reached; Back takes a choice back
 * and the screen is as it was at that choice; Tab and Enter pick; "Let the scheduler choose"
 * finishes the run; the decisions' token replays the same run in {@code spindle run}.
 */
class YouScheduleWindowTest {
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

    /** What the screen shows at a choice: to compare before and after an undo. */
    record AtChoice(int index, int cursor, String console, List<String> options) {}

    @Test
    void clickingTokensLosesTheUpdateAndBackAndTheSchedulerWork() throws Exception {
        Lesson level = Course.builtIn().lesson(22).orElseThrow();
        fx(() -> {
            window.session().coresProperty().set(level.recommended().cores());
            window.session().seedProperty().set(level.recommended().seed());
            window.session().youSchedule().goalProperty().set(level.goal());
            window.openSource("main.go", level.source());
            return null;
        });
        waitUntil(() -> fx(() -> playback().loadedProperty().get() && playback().knownProperty().get() > 0));
        assertThat(fx(() -> robot.lookup("#you-schedule-panel").query().isVisible())).isFalse();

        robot.clickOn("#you-schedule");
        assertThat(fx(() -> robot.lookup("#you-schedule").queryAs(ToggleButton.class).isSelected())).isTrue();
        assertThat(fx(() -> robot.lookup("#you-schedule-panel").query().isVisible())).isTrue();
        assertThat(fx(() -> robot.lookup("#you-schedule-goal").queryAs(Label.class).getText()))
                .isEqualTo("Goal: Make the update get lost, so that main prints \"balance 10\".");
        waitForChoice(0);

        int tokenClicks = 0;
        int keyboardPicks = 0;
        int printChoices = 0;
        AtChoice beforeUndo = null;
        for (int step = 0; step < 60 && !fx(() -> playback().finishedProperty().get()); step++) {
            HandChooser.Ask ask = waitForChoiceOrEnd();
            if (ask == null) {
                break;
            }
            AtChoice here = atChoice(ask);
            long[] gs = ask.decision().goroutines();
            if (gs != null) {
                // The candidates glow in the yard, and nothing else does.
                for (long g : gs) {
                    waitUntil(() -> fx(() -> window.view().yard().isCandidate(g)));
                }
                assertThat(fx(() -> window.view().yard().candidates())).containsExactlyElementsOf(
                        java.util.Arrays.stream(gs).boxed().toList());
            }
            if (ask.decision().kind() == dev.spindle.runtime.DecisionKind.NEXT_OP) {
                // The code marks where each candidate stands: a deposit about to print is at line 15.
                List<String> labels = here.options();
                assertThat(fx(() -> window.view().schedule().markedLines())).isNotEmpty();
                if (labels.stream().anyMatch(l -> l.contains(" prints ") && l.contains(" read "))) {
                    assertThat(fx(() -> window.view().schedule().markedLines())).contains(15);
                    printChoices++;
                }
            }
            if (gs != null && keyboardPicks == 0 && gs.length == 2) {
                // Tab moves the focus ring to the other candidate and back; Enter picks the focused one.
                assertThat(fx(() -> window.view().yard().isFocusedCandidate(gs[0]))).isTrue();
                robot.type(KeyCode.TAB);
                waitUntil(() -> fx(() -> window.view().yard().isFocusedCandidate(gs[1])
                        && !window.view().yard().isFocusedCandidate(gs[0])));
                robot.type(KeyCode.TAB);
                waitUntil(() -> fx(() -> window.view().yard().isFocusedCandidate(gs[0])));
                robot.type(KeyCode.ENTER);
                keyboardPicks++;
            } else if (gs != null) {
                Node token = fx(() -> window.view().yard().token(gs[0]));
                robot.clickOn(token);
                tokenClicks++;
            } else {
                robot.clickOn("#you-schedule-option-0");
            }
            if (ask.index() == 2 && beforeUndo == null) {
                // Back at the third choice: the run comes back to it, and the screen is as it was.
                beforeUndo = here;
                waitForChoiceAfter(ask.index());
                assertThat(fx(() -> mode().usedProperty().get())).isEqualTo(3);
                robot.clickOn("#you-schedule-undo");
                waitForChoice(ask.index());
                assertThat(atChoice(fx(() -> mode().pendingProperty().get()))).isEqualTo(beforeUndo);
                assertThat(fx(() -> mode().usedProperty().get())).isEqualTo(2);
                step--; // the same choice again
                continue;
            }
            waitForChoiceAfter(ask.index());
        }
        waitUntil(() -> fx(() -> playback().finishedProperty().get()));
        assertThat(beforeUndo).isNotNull();
        assertThat(tokenClicks).isGreaterThan(0);
        assertThat(keyboardPicks).isEqualTo(1);
        assertThat(printChoices).isGreaterThan(0);
        assertThat(fx(() -> window.view().console().text())).contains("balance 10");
        waitUntil(() -> fx(() -> mode().reachedProperty().get()));
        assertThat(fx(() -> robot.lookup("#you-schedule-status").queryAs(Label.class).getText())).startsWith("Goal reached!");
        assertThat(fx(() -> window.view().yard().candidates())).isEmpty();

        // The decisions are a token; replaying it (what spindle run --schedule does) gives the same run.
        String token = fx(() -> mode().tokenProperty().get());
        assertThat(Schedule.parse(token).model()).isEqualTo(dev.spindle.runtime.Chooser.Model.FREE);
        assertThat(fx(() -> robot.lookup("#you-schedule-token").queryAs(Label.class).getText())).isEqualTo("schedule " + token);
        String shown = fx(() -> window.view().console().text());
        assertThat(cli("--schedule", token)).isEqualTo(shown);

        // Back once more, then let the scheduler finish the run.
        int used = fx(() -> mode().usedProperty().get());
        robot.clickOn("#you-schedule-undo");
        waitUntil(() -> fx(() -> mode().pendingProperty().get() != null && mode().usedProperty().get() == used - 1));
        assertThat(fx(() -> mode().reachedProperty().get())).isFalse();
        robot.clickOn("#you-schedule-auto");
        waitUntil(() -> fx(() -> playback().finishedProperty().get()));
        assertThat(fx(() -> mode().pendingProperty().get())).isNull();
        assertThat(fx(() -> window.view().console().text())).containsPattern("balance (10|20)");
        assertThat(fx(() -> playback().state().ended())).isTrue();

        // Off again: the program runs as its seed has it, and the panel goes.
        robot.clickOn("#you-schedule");
        waitUntil(() -> fx(() -> !playback().choosing() && playback().loadedProperty().get()));
        assertThat(fx(() -> robot.lookup("#you-schedule-panel").query().isVisible())).isFalse();
    }

    @Test
    void resetAndClosingReleaseARunWaitingForAPick() throws Exception {
        Lesson level = Course.builtIn().lesson(22).orElseThrow();
        fx(() -> {
            window.session().coresProperty().set(2);
            window.openSource("main.go", level.source());
            return null;
        });
        waitUntil(() -> fx(() -> playback().loadedProperty().get()));
        fx(() -> {
            mode().activeProperty().set(true);
            return null;
        });
        waitForChoice(0);
        robot.clickOn("#you-schedule-option-0");
        waitForChoiceAfter(0);
        // Reset: a fresh run, from the first choice; the FX thread never waited for the old one.
        robot.clickOn("#reset");
        waitForChoice(0);
        assertThat(fx(() -> mode().usedProperty().get())).isZero();
        Set<Thread> before = coordinators();
        fx(() -> {
            window.dispose();
            return null;
        });
        // The run that waited for a pick ends: no engine thread is left waiting in the chooser.
        waitUntil(() -> coordinators().stream().noneMatch(before::contains));
    }

    @Test
    void showMeFindsTheShortestWayToTheGoalAndReplaysIt() throws Exception {
        Lesson level = Course.builtIn().lesson(23).orElseThrow();
        fx(() -> {
            window.session().coresProperty().set(level.recommended().cores());
            window.session().seedProperty().set(level.recommended().seed());
            window.session().youSchedule().goalProperty().set(level.goal());
            window.openSource("main.go", level.source());
            return null;
        });
        waitUntil(() -> fx(() -> playback().loadedProperty().get()));
        robot.clickOn("#you-schedule");
        waitForChoice(0);
        robot.clickOn("#you-schedule-show-me");
        waitUntil(() -> fx(() -> mode().answerProperty().get() != null));
        var answer = fx(() -> mode().answerProperty().get());
        assertThat(answer.found()).isTrue();
        assertThat(answer.schedule().choices()).isNotEmpty();
        assertThat(fx(() -> robot.lookup("#you-schedule-answer").queryAs(Label.class).getText()))
                .startsWith("Shortest way (" + answer.schedule().token() + "): 1. ");
        // The explorer's way plays in the yard, to the goal.
        waitUntil(() -> fx(() -> answer.schedule().equals(playback().scheduleProperty().get())
                && playback().finishedProperty().get()));
        String console = fx(() -> window.view().console().text());
        assertThat(console.indexOf("Executing 2nd goroutine")).isLessThan(console.indexOf("Executing 1st goroutine"));
        waitUntil(() -> fx(() -> mode().reachedProperty().get()));
        assertThat(fx(() -> robot.lookup("#you-schedule-status").queryAs(Label.class).getText()))
                .isEqualTo("Goal reached! (the explorer's " + answer.schedule().choices().length + " decision"
                        + (answer.schedule().choices().length == 1 ? ")" : "s)"));
    }

    /** Threads now inside HandChooser.choose (a run waiting for a pick). */
    private static Set<Thread> coordinators() {
        Set<Thread> out = new java.util.HashSet<>();
        Thread.getAllStackTraces().forEach((t, stack) -> {
            for (StackTraceElement e : stack) {
                if (e.getClassName().equals(HandChooser.class.getName()) && e.getMethodName().equals("await")) {
                    out.add(t);
                }
            }
        });
        return out;
    }

    private AtChoice atChoice(HandChooser.Ask ask) throws Exception {
        return fx(() -> {
            List<String> labels = new ArrayList<>();
            for (int i = 0; i < ask.decision().options(); i++) {
                labels.add(((Button) robot.lookup("#you-schedule-option-" + i).query()).getText());
            }
            return new AtChoice(ask.index(), playback().cursorProperty().get(), window.view().console().text(), labels);
        });
    }

    /** The program's output under {@code token}, replayed as {@code spindle run --schedule} replays it. */
    private String cli(String flag, String token) throws Exception {
        assertThat(flag).isEqualTo("--schedule");
        Schedule schedule = Schedule.parse(token);
        var program = dev.spindle.scenario.LessonCompiler.compile(Course.builtIn().lesson(22).orElseThrow()).program();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        var chooser = schedule.chooser();
        var engine = dev.spindle.runtime.bridge.GoProgram.engine(program, dev.spindle.runtime.EngineConfig.of(
                schedule.procs(), schedule.seed(), out, new ByteArrayOutputStream()), new dev.spindle.trace.EventLog(),
                schedule, chooser);
        assertThat(engine.run().exitCode()).isZero();
        assertThat(chooser.mismatches()).isZero();
        assertThat(chooser.unused()).isFalse();
        return out.toString(StandardCharsets.UTF_8);
    }

    private void waitForChoice(int index) throws TimeoutException {
        waitUntil(() -> fx(() -> {
            HandChooser.Ask a = mode().pendingProperty().get();
            return a != null && a.index() == index;
        }));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void waitForChoiceAfter(int index) throws TimeoutException {
        waitUntil(() -> fx(() -> {
            HandChooser.Ask a = mode().pendingProperty().get();
            return a != null && a.index() > index || playback().finishedProperty().get();
        }));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private HandChooser.Ask waitForChoiceOrEnd() throws Exception {
        waitUntil(() -> fx(() -> mode().pendingProperty().get() != null || playback().finishedProperty().get()));
        WaitForAsyncUtils.waitForFxEvents();
        return fx(() -> mode().pendingProperty().get());
    }

    private YouSchedule mode() {
        return window.session().youSchedule();
    }

    private Playback playback() {
        return window.session().playback();
    }
}
