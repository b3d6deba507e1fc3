package dev.spindle.app.play;

/**
 * The speed control's scale: a slider position in [0, 1] maps to events per second on a
 * logarithmic scale from one event per second (slow motion) to 1000, and the very end is
 * flat out. Moves on screen take 150–400 ms at human speeds and become jumps when events
 * come faster than a move could show them (UI.md, "Motion").
 */
public final class Speed {
    public static final double SLOWEST = 1;
    public static final double FASTEST_ANIMATED = 1000;
    /** Events per second meaning "as fast as the engine goes". */
    public static final double FLAT_OUT = Double.POSITIVE_INFINITY;
    /** The default: a few events per second, so that every move can be followed. */
    public static final double DEFAULT_POSITION = 0.25;

    private static final double LONGEST_MOVE_MS = 400;
    private static final double SHORTEST_MOVE_MS = 60;

    private Speed() {
    }

    /** Events per second at slider position {@code p} (0..1). */
    public static double eventsPerSecond(double p) {
        if (p >= 0.999) {
            return FLAT_OUT;
        }
        double clamped = Math.max(0, p);
        return SLOWEST * Math.pow(FASTEST_ANIMATED / SLOWEST, clamped);
    }

    /** The slider position for {@code eventsPerSecond}. */
    public static double position(double eventsPerSecond) {
        if (Double.isInfinite(eventsPerSecond)) {
            return 1;
        }
        return Math.log(eventsPerSecond / SLOWEST) / Math.log(FASTEST_ANIMATED / SLOWEST);
    }

    /** How long one move takes at this speed, in ms; 0 means jump. */
    public static double moveMillis(double eventsPerSecond) {
        if (Double.isInfinite(eventsPerSecond)) {
            return 0;
        }
        double ms = Math.min(LONGEST_MOVE_MS, 0.8 * 1000 / eventsPerSecond);
        return ms < SHORTEST_MOVE_MS ? 0 : ms;
    }

    /** Words for the speed label. */
    public static String label(double eventsPerSecond) {
        if (Double.isInfinite(eventsPerSecond)) {
            return "flat out";
        }
        return eventsPerSecond < 10
                ? String.format(java.util.Locale.ROOT, "%.1f ev/s", eventsPerSecond)
                : String.format(java.util.Locale.ROOT, "%.0f ev/s", eventsPerSecond);
    }
}
