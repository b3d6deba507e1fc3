package dev.spindle.app.view.gauge;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Draws a {@link ChannelWidget}: {@code chan jobs  2/3}, a row of slots with their values, then send and receive queues. */
final class ChannelWidgetSkin extends SkinBase<ChannelWidget> {
    private static final PseudoClass CLOSED = PseudoClass.getPseudoClass("closed");
    private static final int MAX_SLOTS = 12;

    private final Label title = new Label();
    private final Label fill = new Label();
    private final FlowPane slots = new FlowPane(3, 3);
    private final Label sendCaption = new Label("send:");
    private final FlowPane senders = new FlowPane(4, 4);
    private final Label recvCaption = new Label("recv:");
    private final FlowPane receivers = new FlowPane(4, 4);
    private final HBox sendRow;
    private final HBox recvRow;
    private final InvalidationListener update = o -> update();
    private final VBox box;

    ChannelWidgetSkin(ChannelWidget w) {
        super(w);
        title.getStyleClass().add("gauge-title");
        // "chan results (closed)" in a 195 px column: it wraps rather than losing "(closed)".
        title.setWrapText(true);
        title.setMinWidth(0);
        fill.getStyleClass().add("channel-fill");
        fill.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox head = new HBox(6, title, gap, fill);
        head.setAlignment(Pos.CENTER_LEFT);
        slots.getStyleClass().add("channel-slots");
        sendCaption.getStyleClass().add("gauge-caption");
        recvCaption.getStyleClass().add("gauge-caption");
        sendCaption.setMinWidth(Region.USE_PREF_SIZE);
        recvCaption.setMinWidth(Region.USE_PREF_SIZE);
        sendRow = new HBox(6, sendCaption, senders);
        recvRow = new HBox(6, recvCaption, receivers);
        sendRow.setAlignment(Pos.CENTER_LEFT);
        recvRow.setAlignment(Pos.CENTER_LEFT);
        box = new VBox(6, head, slots, sendRow, recvRow);
        box.getStyleClass().add("channel-box");
        getChildren().add(box);
        w.nameProperty().addListener(update);
        w.capacityProperty().addListener(update);
        w.lenProperty().addListener(update);
        w.closedProperty().addListener(update);
        w.valuesProperty().addListener(update);
        w.sendersProperty().addListener(update);
        w.receiversProperty().addListener(update);
        update();
    }

    private void update() {
        ChannelWidget w = getSkinnable();
        int cap = w.capacityProperty().get();
        int len = w.lenProperty().get();
        title.setText("chan " + w.nameProperty().get() + (w.closedProperty().get() ? " (closed)" : ""));
        fill.setText(cap == 0 ? "unbuffered" : len + "/" + cap);
        w.pseudoClassStateChanged(CLOSED, w.closedProperty().get());
        List<Node> cells = new ArrayList<>();
        int shown = Math.min(cap, MAX_SLOTS);
        List<String> values = w.valuesProperty().get();
        for (int i = 0; i < shown; i++) {
            Label slot = new Label(i < len && i < values.size() ? values.get(i) : null);
            slot.getStyleClass().addAll("channel-slot", i < len ? "filled" : "empty");
            slot.setMinWidth(Region.USE_PREF_SIZE);
            cells.add(slot);
        }
        if (cap > MAX_SLOTS) {
            Label more = new Label("+" + (cap - MAX_SLOTS));
            more.getStyleClass().add("more-badge");
            cells.add(more);
        }
        slots.getChildren().setAll(cells);
        slots.setVisible(cap > 0);
        slots.setManaged(cap > 0);
        List<Long> s = w.sendersProperty().get();
        List<Long> r = w.receiversProperty().get();
        senders.getChildren().setAll(MiniTokens.of(s, 8));
        receivers.getChildren().setAll(MiniTokens.of(r, 8));
        sendRow.setVisible(!s.isEmpty());
        sendRow.setManaged(!s.isEmpty());
        recvRow.setVisible(!r.isEmpty());
        recvRow.setManaged(!r.isEmpty());
    }

    /** SkinBase asks its children for their height at no width; the wrapped title's follows the width. */
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
        ChannelWidget w = getSkinnable();
        if (w != null) {
            w.nameProperty().removeListener(update);
            w.capacityProperty().removeListener(update);
            w.lenProperty().removeListener(update);
            w.closedProperty().removeListener(update);
            w.valuesProperty().removeListener(update);
            w.sendersProperty().removeListener(update);
            w.receiversProperty().removeListener(update);
        }
        super.dispose();
    }
}
