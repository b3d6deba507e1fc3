package dev.spindle.app;

import javafx.scene.Parent;

/**
 * Ctrl +/− zoom and presentation mode's 1.6×, as one font size on the window's root. The
 * size is a style class ({@code fs-14} .. {@code fs-48}, defined in spindle.css), never an
 * inline style; everything sized in em follows it, and the yard's tokens follow the factor.
 */
final class Zoom {
    static final int BASE_PX = 14;
    private static final double STEP = 0.1;
    private static final double MIN = 0.7;
    private static final double MAX = 2.0;
    private static final double PRESENTATION = 1.6;
    private static final int MIN_PX = 10;
    private static final int MAX_PX = 48;

    private final Parent root;
    private double factor = 1;
    private boolean presentation;
    private String current;

    /** Told the factor (without presentation's) on every change: the yard scales its tokens by it. */
    private final java.util.function.DoubleConsumer onFactor;

    Zoom(Parent root, java.util.function.DoubleConsumer onFactor) {
        this.root = root;
        this.onFactor = onFactor;
        apply();
    }

    void in() {
        factor = Math.min(MAX, factor + STEP);
        apply();
    }

    void out() {
        factor = Math.max(MIN, factor - STEP);
        apply();
    }

    void reset() {
        factor = 1;
        apply();
    }

    void presentation(boolean on) {
        presentation = on;
        apply();
    }

    /** The font size now, px. */
    int px() {
        double f = factor * (presentation ? PRESENTATION : 1);
        return (int) Math.max(MIN_PX, Math.min(MAX_PX, Math.round(BASE_PX * f)));
    }

    private void apply() {
        if (current != null) {
            root.getStyleClass().remove(current);
        }
        current = "fs-" + px();
        root.getStyleClass().add(current);
        onFactor.accept(factor);
    }
}
