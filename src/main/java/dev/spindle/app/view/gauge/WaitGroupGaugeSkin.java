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
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/** Draws a {@link WaitGroupGauge}: title, a 270° {@link Dial} with the counter in its centre, ticks, waiters, message. */
final class WaitGroupGaugeSkin extends SkinBase<WaitGroupGauge> {
    private static final PseudoClass NEGATIVE = PseudoClass.getPseudoClass("negative");
    private static final PseudoClass ZERO = PseudoClass.getPseudoClass("zero");
    private static final int MAX_TICKS = 48;

    private final Label title = new Label();
    private final Dial dial = new Dial();
    private final TickStrip ticks = new TickStrip();
    private final VBox box;
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
        // A long name wraps in a narrow column rather than losing its end.
        title.setWrapText(true);
        title.setMaxWidth(Double.MAX_VALUE);
        title.setAlignment(Pos.CENTER);
        title.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        dial.setMaxWidth(Double.MAX_VALUE);
        ticks.setMaxWidth(Double.MAX_VALUE);
        waitCaption.getStyleClass().add("gauge-caption");
        waitCaption.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        waiters.getStyleClass().add("gauge-waiters");
        waiters.setHgap(4);
        waiters.setVgap(4);
        message.getStyleClass().add("gauge-message");
        message.setWrapText(true);
        HBox waitRow = new HBox(6, waitCaption, waiters);
        waitRow.setAlignment(Pos.CENTER_LEFT);
        box = new VBox(6, title, dial, ticks, waitRow, message);
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
        dial.show(Long.toString(c), (double) c / scale);
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
        List<Node> marks = ticks.ticks();
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
        FadeTransition f = new FadeTransition(Duration.millis(700), dial.flash());
        f.setFromValue(0.9);
        f.setToValue(0);
        f.play();
    }

    /** SkinBase asks its children for their height at no width; the dial's and the title's follow the width. */
    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return top + box.prefHeight(width < 0 ? -1 : width - left - right) + bottom;
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return computePrefHeight(width, top, right, bottom, left);
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
