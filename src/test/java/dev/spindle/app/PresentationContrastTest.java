package dev.spindle.app;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Shape;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kordamp.ikonli.javafx.FontIcon;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 17: in presentation mode every piece of text on screen has a contrast of at least 7:1
 * (WCAG's AAA) against what is drawn behind it, as the stylesheets resolve it: the text's
 * colour and the first opaque fill under it (its own background, a region's, or a shape under
 * it such as a token's disc), translucent fills blended in. Lesson 17 mid-run, with tokens of
 * every palette colour, in both themes. Text of a control that is faded on purpose (a finished
 * goroutine, a disabled button: WCAG exempts inactive components) and icons (graphics: 3:1
 * is theirs) are left out.
 */
class PresentationContrastTest {
    private static final double AAA = 7.0;

    private MainWindow window;
    private Stage stage;

    @BeforeEach
    void start() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.setupFixture(() -> stage.close());
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void everyTextHasSevenToOne(Theme theme) throws Exception {
        Course course = Course.builtIn();
        Lesson lesson = course.lesson(17).orElseThrow();
        InMemoryProgress progress = new InMemoryProgress();
        progress.setPrediction(lesson.key(), 1);
        FxToolkit.setupFixture(() -> {
            window = new MainWindow(new ShellModel(new MemoryThemeStore(theme), CoreRange.forHost(8)));
            LessonsUi.install(window, course, progress).show(lesson);
            stage = FxWait.showSized(window, 1000, 760);
        });
        waitUntil(() -> fx(() -> playback().loadedProperty().get()));
        fx(() -> {
            playback().runToEnd();
            return null;
        });
        waitUntil(() -> fx(() -> playback().finishedProperty().get()));
        fx(() -> {
            playback().pause();
            playback().seek(playback().events().size() / 2);
            window.view().presentationProperty().set(true);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(800); // moves and fades end
        WaitForAsyncUtils.waitForFxEvents();
        Set<String> failures = new TreeSet<>();
        int checked = fx(() -> {
            List<Text> texts = new ArrayList<>();
            collect(window.scene().getRoot(), texts);
            int n = 0;
            for (Text t : texts) {
                if (t.getText() == null || t.getText().isBlank() || t instanceof FontIcon || !(t.getFill() instanceof Color ink)) {
                    continue;
                }
                if (!fullyShown(t)) {
                    continue;
                }
                Color behind = background(t);
                double ratio = contrast(ink, behind);
                n++;
                if (ratio < AAA) {
                    failures.add(String.format("%.2f:1 '%s' (%s) %s on %s", ratio, t.getText().strip(), owner(t), hex(ink), hex(behind)));
                }
            }
            return n;
        });
        assertThat(checked).as("texts checked").isGreaterThan(20);
        assertThat(failures).isEmpty();
    }

    private static void collect(Node n, List<Text> out) {
        if (!n.isVisible()) {
            return;
        }
        if (n instanceof Text t) {
            out.add(t);
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                collect(c, out);
            }
        }
    }

    /** On screen, not faded, not disabled, inside the window. */
    private boolean fullyShown(Text t) {
        for (Node at = t; at != null; at = at.getParent()) {
            if (!at.isVisible() || at.getOpacity() < 1 || at.isDisabled()) {
                return false;
            }
        }
        Bounds b = t.localToScene(t.getBoundsInLocal());
        return b.getWidth() > 0 && b.getMaxX() > 0 && b.getMaxY() > 0
                && b.getMinX() < window.scene().getWidth() && b.getMinY() < window.scene().getHeight();
    }

    /** What is drawn under the text's centre: translucent layers blended down to the first opaque one. */
    private static Color background(Text t) {
        Bounds b = t.localToScene(t.getBoundsInLocal());
        Point2D centre = new Point2D(b.getCenterX(), b.getCenterY());
        List<Color> layers = new ArrayList<>(); // top first
        Node child = t;
        for (Parent p = t.getParent(); p != null; child = p, p = p.getParent()) {
            // Siblings drawn before the path (below it), topmost first, then the parent's own background.
            List<Node> kids = p.getChildrenUnmodifiable();
            for (int i = kids.indexOf(child) - 1; i >= 0; i--) {
                Node k = kids.get(i);
                if (k.isVisible() && k.getOpacity() > 0 && k instanceof Shape s && s.getFill() instanceof Color c && c.getOpacity() > 0
                        && s.contains(s.sceneToLocal(centre))) {
                    layers.add(c);
                }
                if (k.isVisible() && k instanceof Region r && r.localToScene(r.getLayoutBounds()).contains(centre)) {
                    addFills(r, layers);
                }
                if (opaque(layers)) {
                    return blend(layers);
                }
            }
            if (p instanceof Region r) {
                addFills(r, layers);
            }
            if (opaque(layers)) {
                return blend(layers);
            }
        }
        layers.add(Color.WHITE);
        return blend(layers);
    }

    private static void addFills(Region r, List<Color> layers) {
        if (r.getBackground() == null) {
            return;
        }
        List<BackgroundFill> fills = r.getBackground().getFills();
        for (int i = fills.size() - 1; i >= 0; i--) {
            Paint p = fills.get(i).getFill();
            if (p instanceof Color c && c.getOpacity() > 0) {
                layers.add(c);
            }
        }
    }

    private static boolean opaque(List<Color> layers) {
        return !layers.isEmpty() && layers.getLast().getOpacity() >= 0.999;
    }

    private static Color blend(List<Color> layersTopFirst) {
        Color out = layersTopFirst.getLast();
        for (int i = layersTopFirst.size() - 2; i >= 0; i--) {
            Color c = layersTopFirst.get(i);
            double a = c.getOpacity();
            out = new Color(c.getRed() * a + out.getRed() * (1 - a), c.getGreen() * a + out.getGreen() * (1 - a),
                    c.getBlue() * a + out.getBlue() * (1 - a), 1);
        }
        return out;
    }

    static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(double v) {
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    private static String hex(Color c) {
        return String.format("#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255), Math.round(c.getBlue() * 255));
    }

    private static String owner(Node n) {
        for (Node at = n.getParent(); at != null; at = at.getParent()) {
            if (!at.getStyleClass().isEmpty() || at.getId() != null) {
                return (at.getId() != null ? "#" + at.getId() + " " : "") + String.join(".", at.getStyleClass());
            }
        }
        return "?";
    }

    private Playback playback() {
        return window.session().playback();
    }
}
