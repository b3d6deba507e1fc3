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
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The Outcomes panel on lesson 2 in the real window, headless: Explore, two bars, the other order replayed. */
class OutcomesWindowTest {
    private static final PseudoClass ON_SCREEN = PseudoClass.getPseudoClass("on-screen");

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
        FxToolkit.setupFixture(() -> stage.hide());
        FxToolkit.cleanupStages();
    }

    @Test
    void exploreOnLessonTwoShowsBothOrdersAndTheOtherBarReplaysItsOrderInTheYard() throws Exception {
        // The lesson's own file (the course index is read elsewhere; this test is about the panel).
        String source = java.nio.file.Files.readString(java.nio.file.Path.of("resources/lessons/02-waitgroup/main.go"));
        fx(() -> {
            window.session().coresProperty().set(2);
            window.openSource("lesson2.go", source);
            return null;
        });
        waitUntil(() -> fx(() -> playback().loadedProperty().get() && playback().knownProperty().get() > 0));
        // The seeded run first: its order is the one on screen.
        fx(() -> {
            playback().runToEnd();
            return null;
        });
        waitUntil(() -> fx(() -> playback().finishedProperty().get()));
        String seeded = fx(() -> window.view().console().text());

        fx(() -> {
            robot.lookup("#bottom-tabs").queryAs(TabPane.class).getSelectionModel().select(1);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#explore");
        waitUntil(() -> fx(() -> !window.session().exploration().runningProperty().get()
                && window.session().exploration().reportProperty().get() != null
                && window.session().exploration().reportProperty().get().done()));
        WaitForAsyncUtils.waitForFxEvents();

        List<Button> bars = fx(() -> robot.lookup(".outcome-bar").queryAllAs(Button.class).stream().toList());
        assertThat(bars).hasSize(2);
        assertThat(fx(() -> robot.lookup("#outcomes-summary").queryAs(Label.class).getText()))
                .startsWith("complete: 2 outcomes");
        List<String> outputs = bars.stream().map(b -> ((Explorer.Found) b.getUserData()).outcome().stdout()).toList();
        assertThat(outputs).contains(seeded);
        assertThat(outputs.get(0)).isNotEqualTo(outputs.get(1));
        assertThat(outputs).allSatisfy(o -> assertThat(o).contains("Executing 1st goroutine", "Executing 2nd goroutine"));

        Button other = bars.get(outputs.get(0).equals(seeded) ? 1 : 0);
        String otherOrder = ((Explorer.Found) other.getUserData()).outcome().stdout();
        assertThat(other.getPseudoClassStates()).doesNotContain(ON_SCREEN);
        robot.clickOn(other);
        waitUntil(() -> fx(() -> playback().scheduleProperty().get() != null && playback().loadedProperty().get()));
        assertThat(fx(() -> other.getPseudoClassStates().contains(ON_SCREEN))).isTrue();
        // The yard starts the replayed run paused; Run to end plays it, and the console prints the other order.
        waitUntil(() -> fx(() -> window.view().console().text().isEmpty()));
        fx(() -> {
            playback().runToEnd();
            return null;
        });
        waitUntil(() -> fx(() -> playback().finishedProperty().get()));
        String replayed = fx(() -> window.view().console().text());
        assertThat(replayed).isEqualTo(otherOrder).isNotEqualTo(seeded);
        assertThat(fx(() -> playback().state().ended())).isTrue();

        // Copy run: the replayed run's token goes to the clipboard, and the panel says what to do with it.
        String token = ((Explorer.Found) other.getUserData()).schedule().token();
        robot.clickOn("#schedule-copy");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> Clipboard.getSystemClipboard().getString())).isEqualTo(token);
        assertThat(summary()).contains("Copied " + token).contains("spindle run --schedule " + token);

        // A token that is not one: said in the panel, the run on screen stays.
        paste("hello");
        assertThat(summary()).startsWith("not a schedule token: hello");
        assertThat(fx(() -> playback().scheduleProperty().get().token())).isEqualTo(token);

        // The seed's own token loads the seeded run again; the copied one brings the other order back.
        long seed = fx(() -> window.session().seedProperty().get());
        paste("2.t" + seed);
        assertThat(runToEnd()).isEqualTo(seeded);
        assertThat(summary()).startsWith("Loaded 2.t" + seed);
        paste(token);
        assertThat(runToEnd()).isEqualTo(otherOrder);
    }

    /** Puts {@code token} on the clipboard and clicks Paste run. */
    private void paste(String token) throws Exception {
        fx(() -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(token);
            return Clipboard.getSystemClipboard().setContent(c);
        });
        robot.clickOn("#schedule-paste");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String runToEnd() throws Exception {
        waitUntil(() -> fx(() -> playback().loadedProperty().get() && !playback().finishedProperty().get()));
        fx(() -> {
            playback().runToEnd();
            return null;
        });
        waitUntil(() -> fx(() -> playback().finishedProperty().get()));
        return fx(() -> window.view().console().text());
    }

    private String summary() throws Exception {
        return fx(() -> robot.lookup("#outcomes-summary").queryAs(Label.class).getText());
    }

    private Playback playback() {
        return window.session().playback();
    }
}
