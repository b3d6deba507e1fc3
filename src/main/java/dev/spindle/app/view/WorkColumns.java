package dev.spindle.app.view;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;

/**
 * The columns of the work area (code, yard, gauges, lesson, and whatever panel comes next)
 * and how the window's width is shared among them. A fixed column (the gauges, the lesson
 * panel) keeps its width, scaled down with a window narrower than {@link #DESIGN_WIDTH}
 * to no less than its minimum; a flexible one (the code) takes its weight's share of what
 * the fixed columns leave; the <em>receiver</em> (the yard) gets the rest, which includes
 * the room of a hidden column (the gauges while the program has no WaitGroup or channel) and
 * of a fixed column folded to a strip (the lesson panel). The dividers are set again from
 * these rules whenever the set changes or the window's width does, so the yard's room never
 * goes to an empty panel. FX thread only.
 */
final class WorkColumns {
    /** The width the fixed columns' widths are given for. */
    static final double DESIGN_WIDTH = 1440;

    private static final class Spec {
        final Node node;
        final double weight;
        final double minPx;
        final double basePx;
        double px;
        boolean shown = true;

        Spec(Node node, double weight, double px, double minPx) {
            this.node = node;
            this.weight = weight;
            this.basePx = px;
            this.px = px;
            this.minPx = minPx;
        }

        /** This fixed column's width in a window {@code total} wide (a strip narrower than its minimum stays as it is). */
        double width(double px, double total) {
            return px < minPx ? px : Math.max(minPx, Math.min(px, px * total / DESIGN_WIDTH));
        }
    }

    /**
     * The split pane that holds the columns. Its skin shares a change of width among the
     * columns by their widths before the change (a fixed column that is not resizable with
     * the pane keeps its old pixels, the others shrink to their minimum): dividers set while
     * the width changes are overridden in the same layout pass. A window that opens at its
     * scene's 1440 px and is then fitted to a 1024 px screen got a 400 px lesson column that
     * way. So the rules are applied once more right after the skin's layout at a new width,
     * and the skin lays out again with them, in the same pass (no frame shows the old split).
     */
    private static final class Pane extends SplitPane {
        private WorkColumns columns;
        private double laidOutAt = -1;

        @Override
        protected void layoutChildren() {
            super.layoutChildren();
            if (columns != null && getWidth() != laidOutAt) {
                laidOutAt = getWidth();
                columns.relayout();
                super.layoutChildren();
            }
        }
    }

    private final Pane pane = new Pane();
    private final Map<Node, Spec> specs = new LinkedHashMap<>();
    private Node receiver;

    WorkColumns() {
        pane.columns = this;
    }

    /** The split pane these columns are in. */
    SplitPane pane() {
        return pane;
    }

    /** Adds a column at the right that takes {@code weight} of the room the fixed columns leave. */
    void flexible(Node node, double weight) {
        specs.put(node, new Spec(node, weight, 0, 0));
        sync();
    }

    /**
     * Adds the column at the right that gets whatever the others leave (the yard): its
     * {@code weight} counts in the flexible columns' shares, and it gets the hidden and folded
     * columns' room on top.
     */
    void receiver(Node node, double weight) {
        specs.put(node, new Spec(node, weight, 0, 0));
        receiver = node;
        sync();
    }

    /** Adds a column at the right that keeps {@code px} of width at {@link #DESIGN_WIDTH}, and at least {@code minPx}. */
    void fixed(Node node, double px, double minPx) {
        specs.put(node, new Spec(node, 0, px, minPx));
        SplitPane.setResizableWithParent(node, false);
        sync();
    }

    /** Gives a fixed column another width (a panel folded to a strip: its room goes to the receiver). */
    void width(Node node, double px) {
        Spec s = specs.get(node);
        if (s != null && s.px != px) {
            s.px = px;
            relayout();
        }
    }

    /** Restores a fixed column's own width. */
    void resetWidth(Node node) {
        Spec s = specs.get(node);
        if (s != null) {
            width(node, s.basePx);
        }
    }

    /** Shows or hides a column; its room goes to the receiver. */
    void shown(Node node, boolean shown) {
        Spec s = specs.get(node);
        if (s != null && s.shown != shown) {
            s.shown = shown;
            sync();
        }
    }

    /** Puts the shown columns into the split pane in order, then sets the dividers. */
    private void sync() {
        List<Node> want = new ArrayList<>();
        for (Spec s : specs.values()) {
            if (s.shown) {
                want.add(s.node);
            }
        }
        if (!want.equals(pane.getItems())) {
            pane.getItems().setAll(want);
        }
        relayout();
    }

    /** Sets the dividers from the rules above; the split pane then honours the columns' minimum widths. */
    void relayout() {
        double total = pane.getWidth();
        List<Node> items = pane.getItems();
        if (total <= 0 || items.size() < 2) {
            return;
        }
        // The flexible columns' share is what the fixed ones leave at their own width, shown or not.
        double fixedBase = 0;
        double weights = 0;
        for (Spec s : specs.values()) {
            if (s.weight > 0) {
                weights += s.weight;
            } else {
                fixedBase += s.width(s.basePx, total);
            }
        }
        double flexibleRoom = Math.max(0, total - fixedBase);
        double[] widths = new double[items.size()];
        double others = 0;
        int receiverAt = -1;
        for (int i = 0; i < items.size(); i++) {
            Spec s = specs.get(items.get(i));
            if (s.node == receiver) {
                receiverAt = i;
                continue;
            }
            widths[i] = s.weight > 0 ? flexibleRoom * s.weight / weights : s.width(s.px, total);
            others += widths[i];
        }
        if (receiverAt >= 0) {
            widths[receiverAt] = Math.max(0, total - others);
        }
        double[] dividers = new double[items.size() - 1];
        double x = 0;
        for (int i = 0; i < dividers.length; i++) {
            x += widths[i];
            dividers[i] = Math.min(1, x / total);
        }
        pane.setDividerPositions(dividers);
    }
}
