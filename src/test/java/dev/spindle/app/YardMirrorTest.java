package dev.spindle.app;

import static org.assertj.core.api.Assertions.assertThat;
import static dev.spindle.app.FxWait.fx;

import dev.spindle.app.fold.GStatus;
import dev.spindle.app.fold.Lane;
import dev.spindle.app.fold.RunState;
import dev.spindle.app.model.CoreRange;
import dev.spindle.app.model.MemoryThemeStore;
import dev.spindle.app.model.ShellModel;
import dev.spindle.app.model.Theme;
import dev.spindle.scenario.Course;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 17: the yard's state as a list a screen reader can read ("P0 runs G7; G8 waits on chan receive · jobs"). */
class YardMirrorTest {
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
    void theListSaysWhatEachLaneRunsAndWhatEachGoroutineWaitsOn() throws Exception {
        String source = Course.builtIn().lesson(11).orElseThrow().source();
        fx(() -> {
            window.session().coresProperty().set(2);
            window.openSource("main.go", source);
            return null;
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() -> window.session().playback().loadedProperty().get()));
        // Step until some goroutine waits on a channel.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() -> {
            window.session().playback().step();
            return window.session().playback().state().goroutines().stream()
                    .anyMatch(g -> g.status() == GStatus.WAITING && g.object() != null);
        }));
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ListView<String> list = fx(() -> (ListView<String>) window.scene().lookup("#yard-mirror"));
        assertThat(fx(list::getAccessibleRole)).isEqualTo(AccessibleRole.LIST_VIEW);
        assertThat(fx(() -> list.queryAccessibleAttribute(AccessibleAttribute.TEXT))).isEqualTo("The yard, in words");
        List<String> items = fx(() -> List.copyOf(list.getItems()));
        RunState s = fx(() -> window.session().playback().state());
        for (Lane lane : fx(() -> List.copyOf(s.lanes()))) {
            String expected = "P" + lane.p() + (lane.running() != 0 ? " runs G" + lane.running() : " is idle");
            assertThat(items).anyMatch(line -> line.startsWith(expected));
        }
        var waiting = fx(() -> s.goroutines().stream().filter(g -> g.status() == GStatus.WAITING).toList());
        for (var g : waiting) {
            assertThat(items).anyMatch(line -> line.startsWith("G" + g.id() + " waits on " + g.stateText()));
        }
        assertThat(items).anyMatch(line -> line.matches("G\\d+ waits on chan (receive|send) \u00b7 .+"));
    }
}
