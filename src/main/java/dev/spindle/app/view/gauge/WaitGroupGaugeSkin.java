package dev.spindle.app.view.gauge;

import dev.spindle.app.fold.WaitGroupInfo;
import java.util.ArrayList;
import java.util.List;
import javafx.animation.FadeTransition;
import javafx.beans.InvalidationListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Arc;
import javafx.scene.shape.ArcType;
import javafx.scene.shape.Circle;
import javafx.util.Duration;

/** Draws a {@link WaitGroupGauge}: title, a 270° dial with the counter in its centre, ticks, waiters, message. */
final class WaitGroupGaugeSkin extends SkinBase<WaitGroupGauge> {
    private static final PseudoClass NEGATIVE = PseudoClass.getPseudoClass("negative");
    private static final PseudoClass ZERO = PseudoClass.getPseudoClass("zero");
    private static final double RADIUS = 46;
    private static final double SWEEP = 270;
    private static final int MAX_TICKS = 48;

    private final Label title = new Label();
    private final Arc track = new Arc(0, 0, RADIUS, RADIUS, 225, -SWEEP);
    private final Arc value = new Arc(0, 0, RADIUS, RADIUS, 225, 0);
    private final Circle flash = new Circle(RADIUS + 8);
    private final Label count = new Label();
    private final HBox ticks = new HBox();
    private final Label waitCaption = new Label("waiting:");
    private final FlowPane waiters = new FlowPane();
    private final Label message = new Label();
    private final InvalidationListener update = o -> update();
    private final InvalidationListener onZero = o -> flash();

    WaitGroupGaugeSkin(WaitGroupGauge gauge) {
        super(gauge);
        title.getStyleClass().add("gauge-title");
        track.setType(ArcType.OPEN);
        track.getStyleClass().add("gauge-track");
        value.setType(ArcType.OPEN);
        value.getStyleClass().add("gauge-value");
        flash.getStyleClass().add("gauge-flash");
        flash.setOpacity(0);
        count.getStyleClass().add("gauge-count");
        StackPane dial = new StackPane(flash, track, value, count);
        dial.getStyleClass().add("gauge-dial");
        dial.setMinSize(2 * RADIUS + 24, 2 * RADIUS + 24);
        ticks.getStyleClass().add("gauge-ticks");
        ticks.setAlignment(Pos.CENTER);
        waitCaption.getStyleClass().add("gauge-caption");
        waitCaption.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        waiters.getStyleClass().add("gauge-waiters");
        waiters.setHgap(4);
        waiters.setVgap(4);
        message.getStyleClass().add("gauge-message");
        message.setWrapText(true);
        HBox waitRow = new HBox(6, waitCaption, waiters);
        waitRow.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, title, dial, ticks, waitRow, message);
        box.setAlignment(Pos.TOP_CENTER);
        box.getStyleClass().add("gauge-box");
        getChildren().add(box);
        gauge.nameProperty().addListener(update);
        gauge.counterProperty().addListener(update);
        gauge.peakProperty().addListener(update);
        gauge.deltasProperty().addListener(update);
        gauge.waitersProperty().addListener(update);
        gauge.zeroAtProperty().addListener(onZero);
        update();
    }

    private void update() {
        WaitGroupGauge g = getSkinnable();
        long c = g.getCounter();
        long scale = Math.max(1, g.peakProperty().get());
        title.setText("WaitGroup " + g.nameProperty().get());
        count.setText(Long.toString(c));
        value.setLength(-SWEEP * Math.max(0, Math.min(1, (double) c / scale)));
        boolean negative = c < 0;
        g.pseudoClassStateChanged(NEGATIVE, negative);
        g.pseudoClassStateChanged(ZERO, c == 0 && !g.deltasProperty().get().isEmpty());
        message.setText(negative ? "panic: " + WaitGroupInfo.NEGATIVE_MESSAGE : "");
        message.setVisible(negative);
        message.setManaged(negative);
        List<Long> ds = g.deltasProperty().get();
        List<Node> marks = new ArrayList<>();
        List<Long> recent = ds.size() > MAX_TICKS ? ds.subList(ds.size() - MAX_TICKS, ds.size()) : ds;
        for (long d : recent) {
            Region r = new Region();
            r.getStyleClass().addAll("gauge-tick", d > 0 ? "tick-add" : "tick-done");
            marks.add(r);
        }
        ticks.getChildren().setAll(marks);
        List<Long> ws = g.waitersProperty().get();
        waiters.getChildren().setAll(MiniTokens.of(ws, 8));
        waitCaption.setText(ws.isEmpty() ? "nobody waiting" : "waiting:");
    }

    private void flash() {
        if (getSkinnable().zeroAtProperty().get() < 0) {
            return;
        }
        FadeTransition f = new FadeTransition(Duration.millis(700), flash);
        f.setFromValue(0.9);
        f.setToValue(0);
        f.play();
    }

    @Override
    public void dispose() {
        WaitGroupGauge g = getSkinnable();
        if (g != null) {
            g.nameProperty().removeListener(update);
            g.counterProperty().removeListener(update);
            g.peakProperty().removeListener(update);
            g.deltasProperty().removeListener(update);
            g.waitersProperty().removeListener(update);
            g.zeroAtProperty().removeListener(onZero);
        }
        super.dispose();
    }
}
