package dev.spindle.app.view.gauge;

import dev.spindle.app.fold.WaitGroupInfo;
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
    private final InvalidationListener onTicks = o -> updateTicks();
    private final InvalidationListener onWaiters = o -> updateWaiters();
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
        gauge.deltasProperty().addListener(onTicks);
        gauge.waitersProperty().addListener(onWaiters);
        gauge.zeroAtProperty().addListener(onZero);
        update();
        updateTicks();
        updateWaiters();
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
    }

    /** The Add/Done ticks, most recent last; their nodes are kept and restyled (they change with every Add and Done). */
    private void updateTicks() {
        List<Long> ds = getSkinnable().deltasProperty().get();
        List<Long> recent = ds.size() > MAX_TICKS ? ds.subList(ds.size() - MAX_TICKS, ds.size()) : ds;
        List<Node> marks = ticks.getChildren();
        while (marks.size() > recent.size()) {
            marks.removeLast();
        }
        while (marks.size() < recent.size()) {
            Region r = new Region();
            r.getStyleClass().addAll("gauge-tick", "tick-add");
            marks.add(r);
        }
        for (int i = 0; i < recent.size(); i++) {
            List<String> styles = marks.get(i).getStyleClass();
            String want = recent.get(i) > 0 ? "tick-add" : "tick-done";
            if (!styles.contains(want)) {
                styles.set(styles.size() - 1, want);
            }
        }
    }

    private void updateWaiters() {
        List<Long> ws = getSkinnable().waitersProperty().get();
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
            g.deltasProperty().removeListener(onTicks);
            g.waitersProperty().removeListener(onWaiters);
            g.zeroAtProperty().removeListener(onZero);
        }
        super.dispose();
    }
}
