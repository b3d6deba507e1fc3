package dev.spindle.app.view.gauge;

import static dev.spindle.app.FxWait.fx;
import static org.assertj.core.api.Assertions.assertThat;

import dev.spindle.app.model.Theme;
import dev.spindle.app.render.PngWriter;
import dev.spindle.app.theme.Stylesheets;
import dev.spindle.app.theme.ThemeApplier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Arc;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 17: the WaitGroup dial as the class sees it, in the gauges column as the window gives
 * it (195 px at 1024, 245 px at 1440, wider at 1920): the counter's arc is centred on the
 * track (it was drawn through the number below the peak), a four-digit count stays whole
 * inside the ring, 48 ticks leave the title and the gauge inside the column, and the dial
 * grows with its column.
 */
class WaitGroupDialTest {
    private Stage stage;

    @BeforeEach
    void start() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.setupFixture(() -> stage.close());
    }

    @ParameterizedTest(name = "count {0} of peak {1} in a {2} px column")
    @CsvSource({"3, 10, 195", "1234, 5000, 195", "20000, 20000, 195", "7, 10, 245", "1234, 5000, 340"})
    void theNumberIsWholeInsideTheRingAndTheGaugeInsideItsColumn(long count, long peak, double column) throws Exception {
        Bounds[] shown = new Bounds[1];
        List<String> problems = fx(() -> {
            ThemeApplier.applyToApplication(Theme.LIGHT);
            WaitGroupGauge gauge = new WaitGroupGauge();
            gauge.nameProperty().set("wg (2)");
            gauge.peakProperty().set(peak);
            gauge.counterProperty().set(count);
            List<Long> deltas = new ArrayList<>();
            for (int i = 0; i < 48; i++) {
                deltas.add(i % 3 == 2 ? -1L : 1L);
            }
            gauge.operationsProperty().set(48);
            gauge.deltasProperty().set(deltas);
            gauge.waitersProperty().set(List.of(1L, 9L, 1234L));
            // The gauges column: a list in a scroll pane fitted to its width (GaugesView).
            VBox list = new VBox(gauge);
            list.getStyleClass().add("gauge-list");
            ScrollPane scroll = new ScrollPane(list);
            scroll.setFitToWidth(true);
            scroll.setPrefSize(column, 600);
            VBox root = new VBox(scroll);
            root.getStyleClass().add("spindle");
            Scene scene = new Scene(root, column, 600);
            scene.getStylesheets().setAll(Stylesheets.all());
            stage = new Stage();
            stage.setScene(scene);
            stage.show();
            root.applyCss();
            root.layout();
            return List.of();
        });
        WaitForAsyncUtils.waitForFxEvents();
        problems = fx(() -> {
            List<String> out = new ArrayList<>();
            Scene scene = stage.getScene();
            if (System.getenv("SPINDLE_LAYOUT_DUMP") != null) {
                PngWriter.write(scene.snapshot(null), Path.of("/tmp/dial-" + count + "-" + (int) column + ".png"), true);
            }
            ScrollPane scroll = (ScrollPane) scene.getRoot().lookup(".scroll-pane");
            Bounds viewport = scroll.localToScene(scroll.getViewportBounds());
            viewport = new javafx.geometry.BoundingBox(scroll.localToScene(0, 0).getX(), scroll.localToScene(0, 0).getY(),
                    scroll.getViewportBounds().getWidth() + 2, scroll.getViewportBounds().getHeight() + 2);
            Node gauge = scene.getRoot().lookup(".wait-group-gauge");
            Bounds g = gauge.localToScene(gauge.getLayoutBounds());
            if (g.getMaxX() > viewport.getMaxX() + 0.5) {
                out.add("the gauge is wider than its column: " + g + " in " + viewport);
            }
            Label title = (Label) scene.getRoot().lookup(".gauge-title");
            Bounds t = title.localToScene(title.getLayoutBounds());
            if (t.getMinX() < g.getMinX() - 0.5 || t.getMaxX() > g.getMaxX() + 0.5) {
                out.add("the title is outside the gauge: " + t + " in " + g);
            }
            if (!shownText(title).replace("\n", " ").replaceAll("\\s+", "").equals(title.getText().replaceAll("\\s+", ""))) {
                out.add("the title is cut: '" + shownText(title) + "'");
            }
            for (Node tick : scene.getRoot().lookupAll(".gauge-tick")) {
                Bounds b = tick.localToScene(tick.getLayoutBounds());
                if (tick.isVisible() && (b.getMinX() < g.getMinX() || b.getMaxX() > g.getMaxX())) {
                    out.add("a tick is outside the gauge: " + b);
                }
            }
            Arc track = (Arc) scene.getRoot().lookup(".gauge-track");
            Arc value = (Arc) scene.getRoot().lookup(".gauge-value");
            Point2D c = track.localToScene(track.getCenterX(), track.getCenterY());
            Point2D vc = value.localToScene(value.getCenterX(), value.getCenterY());
            if (c.distance(vc) > 0.5 || value.getRadiusX() != track.getRadiusX()) {
                out.add("the counter's arc is off the track: centre " + vc + " vs " + c);
            }
            Label number = (Label) scene.getRoot().lookup(".gauge-count");
            if (!shownText(number).equals(Long.toString(count))) {
                out.add("the number reads '" + shownText(number) + "'");
            }
            // Every corner of the number (as drawn, scale included) inside the ring's inner edge.
            double inner = track.getRadiusX() - track.getStrokeWidth() / 2;
            Bounds n = number.localToScene(number.getLayoutBounds());
            for (Point2D corner : List.of(new Point2D(n.getMinX(), n.getMinY()), new Point2D(n.getMaxX(), n.getMinY()),
                    new Point2D(n.getMinX(), n.getMaxY()), new Point2D(n.getMaxX(), n.getMaxY()))) {
                if (corner.distance(c) > inner) {
                    out.add("the number crosses the ring: corner " + corner + " is " + corner.distance(c) + " from the centre, ring " + inner);
                    break;
                }
            }
            shown[0] = new javafx.geometry.BoundingBox(0, 0, track.getRadiusX(), 0);
            return out;
        });
        assertThat(problems).isEmpty();
        // The dial follows its column: a wide column, a larger ring.
        if (column >= 340) {
            assertThat(shown[0].getWidth()).as("ring radius in a %s px column", column).isGreaterThan(60);
        }
    }

    /** The text a label draws (with its ellipsis, if it cut it). */
    private static String shownText(Label label) {
        StringBuilder out = new StringBuilder();
        for (Node n : label.lookupAll(".text")) {
            if (n instanceof Text text && text.getParent() != null) {
                out.append(text.getText());
            }
        }
        return out.toString();
    }
}
