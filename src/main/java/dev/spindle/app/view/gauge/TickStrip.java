package dev.spindle.app.view.gauge;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.layout.Region;

/**
 * The row of Add and Done ticks under a WaitGroup's dial, most recent at the right, centred on one line. It shows
 * as many of the most recent ticks as its width has room for and asks for no more than one
 * tick of width: an HBox of 48 ticks wanted 336 px, wider than the gauges column at
 * 1024 px, so the whole gauge grew past the column and its title was cut off.
 */
final class TickStrip extends Region {
    private static final double GAP = 3;

    TickStrip() {
        getStyleClass().add("gauge-ticks");
    }

    List<Node> ticks() {
        return getChildren();
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computePrefWidth(double height) {
        double w = 0;
        for (Node n : getChildren()) {
            w += n.prefWidth(-1) + GAP;
        }
        return Math.max(0, w - GAP) + snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        double h = 0;
        for (Node n : getChildren()) {
            h = Math.max(h, n.prefHeight(-1));
        }
        return h + snappedTopInset() + snappedBottomInset();
    }

    @Override
    protected void layoutChildren() {
        List<Node> ticks = getChildren();
        double room = getWidth() - snappedLeftInset() - snappedRightInset();
        // From the most recent backwards, as many as fit; centred as a group.
        double used = 0;
        int first = ticks.size();
        while (first > 0) {
            double w = ticks.get(first - 1).prefWidth(-1) + (first < ticks.size() ? GAP : 0);
            if (used + w > room) {
                break;
            }
            used += w;
            first--;
        }
        double x = snappedLeftInset() + (room - used) / 2;
        double top = snappedTopInset();
        double height = getHeight() - top - snappedBottomInset();
        for (int i = 0; i < ticks.size(); i++) {
            Node t = ticks.get(i);
            boolean shown = i >= first;
            t.setVisible(shown);
            if (shown) {
                double w = t.prefWidth(-1);
                double h = t.prefHeight(-1);
                t.resizeRelocate(x, top + (height - h) / 2, w, h);
                x += w + GAP;
            }
        }
    }
}
