package dev.spindle.app;

import static org.assertj.core.api.Assertions.assertThat;
import static dev.spindle.app.FxWait.fx;

import dev.spindle.app.model.CoreRange;
import dev.spindle.app.model.MemoryThemeStore;
import dev.spindle.app.model.ShellModel;
import dev.spindle.app.model.Theme;
import dev.spindle.app.play.Playback;
import dev.spindle.runtime.Engine;
import dev.spindle.runtime.EngineConfig;
import dev.spindle.runtime.bridge.GoProgram;
import dev.spindle.scenario.Course;
import dev.spindle.trace.Event;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A new seed typed mid-run acts at the event on screen, as the cores slider does: the screen
 * stays where it was, the events the class saw are kept, and the run goes on with the new
 * seed's choices from there (not from the start, and not with the old seed's future).
 */
class SeedAtTheShownEventTest {
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
    void aSeedTypedMidRunGoesOnFromTheShownEvent() throws Exception {
        String source = Course.builtIn().lesson(17).orElseThrow().source();
        fx(() -> {
            window.session().coresProperty().set(4);
            window.session().seedProperty().set(1);
            window.openSource("main.go", source);
            return null;
        });
        waitUntil(() -> fx(() -> playback().loadedProperty().get() && playback().state().procs() == 4));
        fx(() -> {
            playback().speedProperty().set(200);
            playback().play();
            return null;
        });
        waitUntil(() -> fx(() -> playback().state().lanes().stream().filter(l -> l.running() != 0).count() >= 3));
        int shown = fx(() -> {
            playback().pause();
            return playback().cursorProperty().get();
        });
        List<Event> before = fx(() -> List.copyOf(playback().events().subList(0, shown)));

        // Typed in the toolbar's seed field, Enter.
        fx(() -> {
            TextField field = robot.lookup("#seed").queryAs(TextField.class);
            field.setText("7");
            field.fireEvent(new javafx.event.ActionEvent());
            return null;
        });
        waitUntil(() -> fx(() -> !playback().replayingProperty().get()));
        assertThat(fx(() -> playback().cursorProperty().get())).as("the screen stays at the event it showed").isEqualTo(shown);
        assertThat(fx(() -> List.copyOf(playback().events().subList(0, shown)))).isEqualTo(before);
        assertThat(fx(() -> window.session().seedProperty().get())).isEqualTo(7L);

        fx(() -> {
            playback().runToEnd();
            return null;
        });
        waitUntil(() -> fx(() -> playback().finishedProperty().get()));
        List<Event> run = fx(() -> List.copyOf(playback().events()));

        // The same run as seed 1 up to the screen, then seed 7's choices: not seed 1's future, not seed 7 from the start.
        var program = fx(() -> playback().program());
        List<Event> reseeded = headless(program, 1, e -> e.reseedAfterEvents(7, shown, 0));
        assertThat(run).isEqualTo(reseeded);
        assertThat(run).isNotEqualTo(headless(program, 1, e -> { }));
        assertThat(run.subList(0, shown)).isNotEqualTo(headless(program, 7, e -> { }).subList(0, shown));
    }

    private static List<Event> headless(dev.spindle.lang.compile.Program program, long seed,
            java.util.function.Consumer<Engine> before) throws InterruptedException {
        Engine e = GoProgram.engine(program, EngineConfig.of(4, seed, OutputStream.nullOutputStream(), OutputStream.nullOutputStream()));
        before.accept(e);
        assertThat(e.run().exitCode()).isZero();
        return e.log().snapshot();
    }

    private Playback playback() {
        return window.session().playback();
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
    }
}
