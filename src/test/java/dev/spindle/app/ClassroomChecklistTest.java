package dev.spindle.app;

import static dev.spindle.app.InView.showing;
import static dev.spindle.app.FxWait.fx;
import static dev.spindle.app.FxWait.waitUntil;
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
import dev.spindle.scenario.ProgressStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.Slider;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.javafx.FontIcon;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 17's smaller promises, each as the teacher meets it: every toolbar control named for a
 * screen reader and tipped with its shortcut; presentation mode readable from the back row at
 * 1440×900 (ids and lane titles ≥ 28 px, glyphs ≥ 24 px, narration as a caption); the console
 * and the event list showing their last line at the end of a run; Run to end giving the
 * chosen speed back.
 */
class ClassroomChecklistTest {
    private MainWindow window;
    private Stage stage;

    @BeforeEach
    void start() throws Exception {
        FxToolkit.registerPrimaryStage();
        WaitForAsyncUtils.autoCheckException = false; // wider than the headless screen (see ClassroomLayoutTest)
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.setupFixture(() -> window.dispose());
        FxWait.closeWide(stage);
    }

    @Test
    void everyToolbarControlHasANameAndATooltipWithItsShortcut() throws Exception {
        open(1920, 1080, 2);
        Map<String, String> shortcuts = Map.of("#play", "Space", "#step", "→", "#back", "←", "#reset", "(R)",
                "#open", "Ctrl+O", "#run", "Ctrl+Enter", "#presentation", "F5", "#cores", "1-9");
        List<String> problems = fx(() -> {
            List<String> out = new ArrayList<>();
            Node bar = window.scene().lookup("#toolbar");
            int seen = 0;
            for (Node n : bar.lookupAll("*")) {
                if (!(n instanceof ButtonBase || n instanceof Slider || n instanceof TextInputControl || n instanceof ComboBoxBase<?>)
                        || !showing(n)) {
                    continue;
                }
                Control c = (Control) n;
                seen++;
                String name = c.getAccessibleText() != null ? c.getAccessibleText() : c instanceof Labeled l ? l.getText() : null;
                if (name == null || name.isBlank()) {
                    out.add(describe(c) + " has no accessible name");
                }
                if (c.getTooltip() == null || c.getTooltip().getText() == null || c.getTooltip().getText().isBlank()) {
                    out.add(describe(c) + " has no tooltip");
                }
            }
            if (seen < 10) {
                out.add("only " + seen + " controls in the toolbar");
            }
            shortcuts.forEach((id, key) -> {
                Control c = (Control) window.scene().lookup(id);
                if (c == null || c.getTooltip() == null || !c.getTooltip().getText().contains(key)) {
                    out.add(id + "'s tooltip does not name its shortcut " + key);
                }
            });
            return out;
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void presentationModeIsReadableFromTheBackRow() throws Exception {
        open(1440, 900, 17);
        fx(() -> {
            window.view().presentationProperty().set(true);
            playback().speedProperty().set(20);
            playback().play();
            return null;
        });
        waitUntil(() -> fx(() -> playback().state().lanes().stream().filter(l -> l.running() != 0).count() >= 3));
        fx(() -> {
            playback().pause();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(600); // the last moves end
        WaitForAsyncUtils.waitForFxEvents();
        List<String> problems = fx(() -> {
            List<String> out = new ArrayList<>();
            Node yard = window.scene().lookup("#yard-scroll");
            int ids = shownTextAtLeast(yard, ".token-id", "token id", 28, out);
            int titles = shownTextAtLeast(yard, ".yard-title-lane", "lane title", 28, out);
            int glyphs = 0;
            for (Node n : window.scene().lookup("#toolbar").lookupAll(".toolbar-icon")) {
                if (n instanceof FontIcon icon && showing(n)) {
                    glyphs++;
                    if (icon.getIconSize() < 24) {
                        out.add("a toolbar glyph is " + icon.getIconSize() + " px");
                    }
                }
            }
            if (ids < 3 || titles != 4 || glyphs < 5) {
                out.add(ids + " token ids, " + titles + " lane titles, " + glyphs + " glyphs on screen");
            }
            return out;
        });
        assertThat(problems).isEmpty();
        // The narration is a caption bar at the bottom (the lesson panel is not shown).
        fx(() -> {
            playback().runToEnd();
            return null;
        });
        waitUntil(() -> fx(() -> playback().finishedProperty().get()));
        WaitForAsyncUtils.waitForFxEvents();
        fx(() -> {
            javafx.scene.control.Label caption = (javafx.scene.control.Label) window.scene().lookup("#presentation-caption");
            assertThat(showing(caption)).as("caption shown").isTrue();
            assertThat(caption.getText()).isNotBlank();
            Bounds b = caption.localToScene(caption.getLayoutBounds());
            assertThat(b.getMaxY()).isCloseTo(window.scene().getHeight(), org.assertj.core.data.Offset.offset(1.0));
            return null;
        });
    }

    /** Counts the shown labels matching {@code selector} under {@code root}; one smaller than {@code px} is a problem. */
    private static int shownTextAtLeast(Node root, String selector, String what, double px, List<String> problems) {
        int shown = 0;
        for (Node n : root.lookupAll(selector)) {
            if (showing(n)) {
                shown++;
                double size = ((Labeled) n).getFont().getSize();
                if (size < px) {
                    problems.add(what + " " + ((Labeled) n).getText() + " is " + size + " px");
                }
            }
        }
        return shown;
    }

    @Test
    void theConsoleAndTheEventListShowTheirLastLineAtTheEnd() throws Exception {
        open(1024, 768, 11);
        fx(() -> {
            playback().speedProperty().set(4);
            playback().runToEnd();
            return null;
        });
        waitUntil(() -> fx(() -> playback().finishedProperty().get()));
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(400);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> problems = fx(() -> {
            List<String> out = new ArrayList<>();
            for (ListView<?> list : List.of((ListView<?>) window.scene().lookup("#console-list"), eventsList())) {
                int last = list.getItems().size() - 1;
                if (last < 1) {
                    out.add(list.getId() + " has " + (last + 1) + " lines");
                    continue;
                }
                Bounds view = list.localToScene(list.getLayoutBounds());
                // What a horizontal scroll bar covers is not in view.
                for (Node n : list.lookupAll(".scroll-bar")) {
                    if (n instanceof javafx.scene.control.ScrollBar bar && bar.isVisible()
                            && bar.getOrientation() == javafx.geometry.Orientation.HORIZONTAL) {
                        Bounds bb = bar.localToScene(bar.getLayoutBounds());
                        view = new javafx.geometry.BoundingBox(view.getMinX(), view.getMinY(), view.getWidth(),
                                Math.min(view.getHeight(), bb.getMinY() - view.getMinY()));
                    }
                }
                boolean seen = false;
                for (Node n : list.lookupAll(".list-cell")) {
                    if (n instanceof IndexedCell<?> cell && cell.getIndex() == last && cell.isVisible()) {
                        Bounds b = cell.localToScene(cell.getLayoutBounds());
                        seen = b.getMinY() >= view.getMinY() - 0.5 && b.getMaxY() <= view.getMaxY() + 0.5;
                    }
                }
                if (!seen) {
                    out.add(list.getId() + "'s last line is not in view");
                }
            }
            return out;
        });
        assertThat(problems).isEmpty();
        // Run to end played flat out, then gave the chosen speed back for the next Play.
        assertThat(fx(() -> playback().speedProperty().get())).isEqualTo(4);
    }

    private ListView<?> eventsList() {
        return (ListView<?>) window.scene().lookup("#event-list");
    }

    private void open(int width, int height, int number) throws Exception {
        Course course = Course.builtIn();
        Lesson lesson = course.lesson(number).orElseThrow();
        ProgressStore progress = new InMemoryProgress();
        if (lesson.prediction() != null) {
            progress.setPrediction(lesson.key(), 1);
        }
        FxToolkit.setupFixture(() -> {
            window = new MainWindow(new ShellModel(new MemoryThemeStore(Theme.LIGHT), CoreRange.forHost(8)));
            stage = FxWait.showSized(window, width, height);
            LessonsUi.install(window, course, progress).show(lesson);
        });
        waitUntil(() -> fx(() -> playback().loadedProperty().get() && playback().state().procs() > 0));
    }

    private Playback playback() {
        return window.session().playback();
    }

    private static String describe(Control c) {
        return c.getClass().getSimpleName() + (c.getId() != null ? " #" + c.getId() : "");
    }
}
