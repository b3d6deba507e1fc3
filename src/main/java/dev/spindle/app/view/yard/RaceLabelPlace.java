package dev.spindle.app.view.yard;

import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;

/**
 * Where the label of a missing happens-before edge goes: fully inside the yard, clear of the
 * two tokens it joins. The arrow between two tokens in adjacent lanes is short and vertical,
 * and a label beside its midpoint ran past the lane's edge, where the yard's viewport cut it
 * off; so the places tried are, in order: right of both tokens, left of them, the same two
 * with the label on two lines (narrower), below the lower token and above the upper one.
 * The first place that fits wins; when none does (a yard narrower than the label) the label
 * goes below, pushed inside the yard's left edge. Pure geometry, so it is tested without a
 * screen.
 */
record RaceLabelPlace(double x, double y, boolean twoLines) {

    /** Space between the label and a token or the yard's edge. */
    static final double GAP = 8;

    /**
     * @param a        one token's box, {@code b} the other's
     * @param oneLine  the label's size on one line (width, height)
     * @param twoLine  its size on two lines
     * @param yard     the yard's bounds (the canvas the label is drawn on)
     */
    static RaceLabelPlace of(Bounds a, Bounds b, double[] oneLine, double[] twoLine, Bounds yard) {
        double minX = Math.min(a.getMinX(), b.getMinX());
        double maxX = Math.max(a.getMaxX(), b.getMaxX());
        double minY = Math.min(a.getMinY(), b.getMinY());
        double maxY = Math.max(a.getMaxY(), b.getMaxY());
        double midX = (minX + maxX) / 2;
        double midY = (minY + maxY) / 2;
        for (double[] size : new double[][] {oneLine, twoLine}) {
            boolean two = size == twoLine;
            double w = size[0];
            double h = size[1];
            RaceLabelPlace right = new RaceLabelPlace(maxX + GAP, midY - h / 2, two);
            if (fits(right, w, h, a, b, yard)) {
                return right;
            }
            RaceLabelPlace left = new RaceLabelPlace(minX - GAP - w, midY - h / 2, two);
            if (fits(left, w, h, a, b, yard)) {
                return left;
            }
        }
        double w = oneLine[0];
        double h = oneLine[1];
        double x = clamp(midX - w / 2, yard.getMinX() + GAP, yard.getMaxX() - GAP - w);
        RaceLabelPlace below = new RaceLabelPlace(x, maxY + GAP, false);
        if (fits(below, w, h, a, b, yard)) {
            return below;
        }
        RaceLabelPlace above = new RaceLabelPlace(x, minY - GAP - h, false);
        if (fits(above, w, h, a, b, yard)) {
            return above;
        }
        return new RaceLabelPlace(Math.max(yard.getMinX() + GAP, x), maxY + GAP, false);
    }

    private static boolean fits(RaceLabelPlace p, double w, double h, Bounds a, Bounds b, Bounds yard) {
        Bounds box = new BoundingBox(p.x, p.y, w, h);
        return box.getMinX() >= yard.getMinX() + GAP / 2 && box.getMaxX() <= yard.getMaxX() - GAP / 2
                && box.getMinY() >= yard.getMinY() && box.getMaxY() <= yard.getMaxY()
                && !box.intersects(a) && !box.intersects(b);
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(v, hi));
    }
}
