package dev.spindle.app;

import static org.assertj.core.api.Assertions.assertThat;
import static dev.spindle.app.FxWait.fx;

import dev.spindle.app.model.CoreRange;
import dev.spindle.app.model.MemoryThemeStore;
import dev.spindle.app.model.ShellModel;
import dev.spindle.app.model.Theme;
import dev.spindle.app.play.Playback;
import dev.spindle.app.view.gauge.ChannelWidget;
import dev.spindle.app.view.gauge.WaitGroupGauge;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.shape.Circle;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window, headless, after a real program ran: a coloured marker per goroutine on its line
 * in the code view, gauges, rooms and channels titled with the program's variable names, the
 * channel's buffer showing its values, and the token's hover card.
 */
class MarkersAndNamesWindowTest {
    /** Workers parked in their range loop (line 8), main parked in wg.Wait (line 22), values left in results. */
    private static final String PROGRAM = """
            package main

            import "sync"

            func worker(id int, jobs chan int, results chan int, wg *sync.WaitGroup) {
            	defer wg.Done()
            	results <- id * 100
            	for j := range jobs {
            		_ = j
            	}
            }

            func main() {
            	var wg sync.WaitGroup
            	jobs := make(chan int)
            	results := make(chan int, 4)
            	for i := 1; i <= 2; i++ {
            		wg.Add(1)
            		go worker(i, jobs, results, &wg)
            	}
            	results <- 7
            	wg.Wait()
            }
            """;

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
            window.view().yard().hideCard();
            stage.hide();
        });
        FxToolkit.cleanupStages();
    }

    @Test
    void eachGoroutineHasAMarkerInItsColourOnItsLine() throws Exception {
        runToEnd();
        waitUntil(() -> fx(() -> robot.lookup("#g-marker-8").tryQuery().isPresent()));
        assertThat(fx(() -> lineOfMarker(1))).isEqualTo("22");
        assertThat(fx(() -> lineOfMarker(7))).isEqualTo("8");
        assertThat(fx(() -> lineOfMarker(8))).isEqualTo("8");
        // Two goroutines on one line: side by side in the same gutter, in their own colours.
        Circle g7 = robot.lookup("#g-marker-7").queryAs(Circle.class);
        Circle g8 = robot.lookup("#g-marker-8").queryAs(Circle.class);
        assertThat(g7.getParent()).isSameAs(g8.getParent());
        assertThat(g7.getStyleClass()).contains("g-marker").doesNotContainAnyElementsOf(g8.getStyleClass().filtered(c -> c.startsWith("g-c")));
        assertThat(g7.getFill()).isNotEqualTo(g8.getFill());
    }

    @Test
    void gaugesRoomsAndChannelsAreTitledWithVariableNamesAndSlotsShowValues() throws Exception {
        runToEnd();
        WaitGroupGauge gauge = robot.lookup("#wg-wg").queryAs(WaitGroupGauge.class);
        assertThat(gauge.nameProperty().get()).isEqualTo("wg");
        assertThat(fx(() -> texts(gauge))).contains("WaitGroup wg");
        ChannelWidget results = robot.lookup("#chan-results").queryAs(ChannelWidget.class);
        assertThat(fx(() -> texts(results))).contains("chan results", "3/4");
        List<String> slots = fx(() -> robot.from(results).lookup(".channel-slot.filled").queryAllAs(Label.class)
                .stream().map(Label::getText).toList());
        assertThat(slots).hasSize(3).contains("7", "100", "200");
        assertThat(fx(() -> yardTitles())).contains("sync.WaitGroup.Wait · wg", "chan receive · jobs");
    }

    @Test
    void hoverCardTellsFunctionCreatorStateReasonAndLine() throws Exception {
        runToEnd();
        assertThat(fx(() -> window.view().yard().showCard(7))).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> cardText("#card-function"))).isEqualTo("main.worker");
        assertThat(fx(() -> cardText("#card-creator"))).isEqualTo("G1 at line 19");
        assertThat(fx(() -> cardText("#card-state"))).isEqualTo("waiting");
        assertThat(fx(() -> cardText("#card-reason"))).isEqualTo("chan receive · jobs");
        assertThat(fx(() -> cardText("#card-line"))).isEqualTo("8");
        assertThat(fx(() -> cardText("#card-since"))).endsWith("s");
    }

    private void runToEnd() throws Exception {
        fx(() -> {
            window.session().coresProperty().set(2);
            window.openSource("prog.go", PROGRAM);
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

    /** The line number printed in the gutter next to goroutine g's marker. */
    private String lineOfMarker(long g) {
        Node marker = robot.lookup("#g-marker-" + g).query();
        HBox gutter = (HBox) marker.getParent().getParent();
        return ((Label) gutter.getChildren().getFirst()).getText();
    }

    private List<String> yardTitles() {
        return robot.lookup(".yard-title").queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    private String cardText(String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static List<String> texts(Parent root) {
        return root.lookupAll(".label").stream().filter(n -> n instanceof Label).map(n -> ((Label) n).getText()).toList();
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
    }
}
