package dev.spindle.app;

import static dev.spindle.app.FxWait.fx;
import static dev.spindle.app.FxWait.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.spindle.app.lesson.LessonsUi;
import dev.spindle.app.model.CoreRange;
import dev.spindle.app.model.MemoryThemeStore;
import dev.spindle.app.model.ShellModel;
import dev.spindle.app.model.Theme;
import dev.spindle.app.render.PngWriter;
import dev.spindle.scenario.Course;
import dev.spindle.scenario.InMemoryProgress;
import dev.spindle.scenario.Lesson;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 17: at a projector's 1024×768, lesson 11 run to its end (its channels closed), no title
 * is cut short: the channels' "chan results (closed)", the lesson's title, the lesson picker
 * the lesson panel's buttons and the panels' titles show all their words.
 */
class TitlesAtTheProjectorTest extends WideWindowTest {
    @Test
    void nothingIsCutShortAt1024() throws Exception {
        Course course = Course.builtIn();
        Lesson lesson = course.lesson(11).orElseThrow();
        InMemoryProgress progress = new InMemoryProgress();
        progress.setPrediction(lesson.key(), 1);
        FxToolkit.setupFixture(() -> {
            window = new MainWindow(new ShellModel(new MemoryThemeStore(Theme.LIGHT), CoreRange.forHost(8)));
            LessonsUi.install(window, course, progress).show(lesson);
            stage = FxWait.showSized(window, 1024, 768);
        });
        waitUntil(() -> fx(() -> window.session().playback().loadedProperty().get()));
        fx(() -> {
            window.session().playback().runToEnd();
            return null;
        });
        waitUntil(() -> fx(() -> window.session().playback().finishedProperty().get()));
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(500);
        WaitForAsyncUtils.waitForFxEvents();
        if (System.getenv("SPINDLE_LAYOUT_DUMP") != null) {
            fx(() -> {
                PngWriter.write(window.scene().snapshot(null), Path.of("/tmp/titles-1024.png"), true);
                return null;
            });
        }
        List<String> closed = new ArrayList<>();
        List<String> cut = fx(() -> {
            List<String> out = new ArrayList<>();
            List<Node> titled = new ArrayList<>(window.scene().getRoot().lookupAll("#gauges .gauge-title"));
            titled.add(window.scene().lookup("#lesson-title"));
            titled.addAll(window.scene().getRoot().lookupAll(".panel-title"));
            titled.add(((javafx.scene.control.ComboBox<?>) window.scene().lookup("#lesson-picker")).getButtonCell());
            titled.add(window.scene().lookup("#next-lesson"));
            titled.add(window.scene().lookup("#open-lesson-folder"));
            for (Node n : titled) {
                Labeled l = (Labeled) n;
                if (l.getText().contains("(closed)")) {
                    closed.add(l.getText());
                }
                String shown = shown(l);
                if (!squeeze(shown).equals(squeeze(l.getText()))) {
                    out.add("'" + l.getText() + "' shows as '" + shown + "'");
                }
            }
            return out;
        });
        assertThat(closed).as("closed channels' titles").hasSizeGreaterThanOrEqualTo(1);
        assertThat(cut).isEmpty();
    }

    /** The words a labeled control draws (an ellipsis if it cut them), over all its lines. */
    private static String shown(Labeled l) {
        StringBuilder out = new StringBuilder();
        for (Node n : l.lookupAll(".text")) {
            if (n instanceof Text t) {
                out.append(t.getText());
            }
        }
        return out.toString();
    }

    private static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }
}
