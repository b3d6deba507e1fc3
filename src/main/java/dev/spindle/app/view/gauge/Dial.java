package dev.spindle.app.view.gauge;

import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.shape.Arc;
import javafx.scene.shape.ArcType;
import javafx.scene.shape.Circle;

/**
 * A WaitGroup's dial: a 270° track, the counter's share of it, and the counter in the middle.
 *
 * <p>Laid out by hand around one centre. In a StackPane each arc was centred by its own
 * bounds, and a short arc's bounds are not the track's: the counter's arc was drawn off
 * centre, through the number, whenever the counter was below its peak. The dial is as wide
 * as its column allows (between {@link #MIN_RADIUS} and {@link #MAX_RADIUS_EM} ems of
 * radius), and the number shrinks to fit inside the ring, so four or more digits never
 * cross it.
 */
final class Dial extends Region {
    static final double SWEEP = 270;
    private static final double START = 225;
    private static final double MIN_RADIUS = 30;
    /** The largest radius, in ems of the dial's font, so presentation mode and zoom scale it too. */
    private static final double MAX_RADIUS_EM = 5.5;
    /** The radius the number's type is drawn for (its CSS size): a larger dial draws it larger, up to {@link #MAX_GROWTH}. */
    private static final double DESIGN_RADIUS_EM = 3.3;
    private static final double MAX_GROWTH = 1.4;
    /** Room around the ring for the zero flash. */
    private static final double FLASH_OUT = 8;

    private final Arc track = new Arc(0, 0, 1, 1, START, -SWEEP);
    private final Arc value = new Arc(0, 0, 1, 1, START, 0);
    private final Circle flash = new Circle(1);
    private final Label count = new Label();
    private double fraction;

    Dial() {
        getStyleClass().add("gauge-dial");
        track.setType(ArcType.OPEN);
        track.getStyleClass().add("gauge-track");
        value.setType(ArcType.OPEN);
        value.getStyleClass().add("gauge-value");
        flash.getStyleClass().add("gauge-flash");
        flash.setOpacity(0);
        count.getStyleClass().add("gauge-count");
        count.setMinWidth(USE_PREF_SIZE);
        for (javafx.scene.Node n : new javafx.scene.Node[] {flash, track, value}) {
            n.setManaged(false);
        }
        getChildren().addAll(flash, track, value, count);
    }

    /** Shows {@code text} in the middle and fills {@code fraction} (0..1) of the track. */
    void show(String text, double fraction) {
        count.setText(text);
        this.fraction = Math.max(0, Math.min(1, fraction));
        value.setLength(-SWEEP * this.fraction);
    }

    Circle flash() {
        return flash;
    }

    Label count() {
        return count;
    }

    Arc value() {
        return value;
    }

    Arc track() {
        return track;
    }

    private double em() {
        return count.getFont().getSize() / 2.3; // .gauge-count is 2.3em of the dial's type
    }

    private double margin() {
        return Math.max(track.getStrokeWidth() / 2, FLASH_OUT) + 2;
    }

    /** The ring's radius in a dial {@code width} wide. */
    private double radius(double width) {
        double max = MAX_RADIUS_EM * em();
        double fits = (width - snappedLeftInset() - snappedRightInset()) / 2 - margin();
        return Math.max(MIN_RADIUS, Math.min(max, fits));
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(double height) {
        return 2 * (MIN_RADIUS + margin()) + snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computePrefWidth(double height) {
        return 2 * (DESIGN_RADIUS_EM * em() + margin()) + snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefHeight(double width) {
        double r = width < 0 ? DESIGN_RADIUS_EM * em() : radius(width);
        return 2 * (r + margin()) + snappedTopInset() + snappedBottomInset();
    }

    @Override
    protected double computeMaxHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        double r = radius(getWidth());
        double cx = snappedLeftInset() + (getWidth() - snappedLeftInset() - snappedRightInset()) / 2;
        double cy = snappedTopInset() + r + margin();
        for (Arc a : new Arc[] {track, value}) {
            a.setCenterX(cx);
            a.setCenterY(cy);
            a.setRadiusX(r);
            a.setRadiusY(r);
        }
        flash.setCenterX(cx);
        flash.setCenterY(cy);
        flash.setRadius(r + FLASH_OUT);
        // The number inside the ring: a square inscribed in its inner edge, less a little air.
        double inner = (r - track.getStrokeWidth() / 2) * Math.sqrt(2) * 0.92;
        double w = count.prefWidth(-1);
        double h = count.prefHeight(-1);
        double scale = Math.min(Math.min(MAX_GROWTH, r / (DESIGN_RADIUS_EM * em())), Math.min(inner / w, inner / h));
        count.resize(w, h);
        count.relocate(cx - w / 2, cy - h / 2);
        count.setScaleX(scale);
        count.setScaleY(scale);
    }
}
