package dev.spindle.app.history;

/**
 * The stretch of virtual time the timeline shows, {@code [start, end)} in ns: fit (the whole
 * run so far, following it as it grows), zoomed around a point, panned. Plain arithmetic on
 * doubles; the view turns pixels into fractions of its width before it asks.
 */
public final class Viewport {
    /** Never narrower than this many ns across the whole width (a few pixels per ns at most). */
    public static final double MIN_SPAN = 4;

    private double start;
    private double end = 1;
    private boolean fit = true;

    public double start() { return start; }
    public double end() { return end; }
    public double span() { return end - start; }
    /** True while the view shows the whole run and follows it as it grows. */
    public boolean isFit() { return fit; }

    /** Shows {@code [0, runEnd]} and keeps following the run's end. */
    public void fit(long runEnd) {
        fit = true;
        follow(runEnd);
    }

    /** While fit, stretches the view to the run's end ({@code runEnd}); otherwise leaves it. */
    public void follow(long runEnd) {
        if (fit) {
            start = 0;
            // A little room after the last event, so the playhead at the end stays visible.
            end = Math.max(MIN_SPAN, runEnd * 1.02 + 1);
        }
    }

    /** Zooms by {@code factor} (&gt; 1: in) keeping the time under {@code anchor} (a fraction of the width) in place. */
    public void zoom(double factor, double anchor) {
        double at = start + anchor * span();
        double span = Math.max(MIN_SPAN, span() / factor);
        start = at - anchor * span;
        end = start + span;
        if (start < 0) {
            end -= start;
            start = 0;
        }
        fit = false;
    }

    /** Moves the view by {@code fraction} of its width (positive: later). */
    public void pan(double fraction) {
        double d = fraction * span();
        if (start + d < 0) {
            d = -start;
        }
        start += d;
        end += d;
        fit = false;
    }

    /** Shows {@code [from, to)} exactly. */
    public void show(double from, double to) {
        start = Math.max(0, from);
        end = Math.max(start + MIN_SPAN, to);
        fit = false;
    }

    /** The time at {@code fraction} of the width. */
    public double timeAt(double fraction) {
        return start + fraction * span();
    }

    /** Where time {@code t} is, as a fraction of the width. */
    public double fractionOf(double t) {
        return (t - start) / span();
    }
}
