package dev.spindle.app;

import javafx.geometry.Bounds;
import javafx.scene.Node;

/** What the layout tests mean by "in view": shown (it and every parent visible), and inside a region. One copy for all of them. */
final class InView {
    private InView() {
    }

    /** The node and every parent are visible, and it is in a scene. */
    static boolean showing(Node n) {
        for (Node at = n; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return n.getScene() != null;
    }

    /** {@code inner} lies within {@code outer}, give or take half a pixel of rounding. */
    static boolean contains(Bounds outer, Bounds inner) {
        double e = 0.5;
        return inner.getMinX() >= outer.getMinX() - e && inner.getMinY() >= outer.getMinY() - e
                && inner.getMaxX() <= outer.getMaxX() + e && inner.getMaxY() <= outer.getMaxY() + e;
    }
}
