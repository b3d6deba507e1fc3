package dev.spindle.trace;

import java.util.Locale;

/**
 * Virtual time in words, with its unit chosen by magnitude: {@code 850 ns}, {@code 12.4 µs},
 * {@code 3.27 ms}, {@code 1.500 s}.
 *
 * <p>Virtual time is what the engine counts, not what a clock on the wall says: one safepoint
 * (about one statement's worth of bytecode) is one nanosecond, and timers ({@code time.Sleep},
 * {@code time.After}) fire at their exact virtual instant. Small programs therefore run in
 * nanoseconds to microseconds; seconds written to the microsecond ({@code 0.000000s}, as the
 * console once did) said nothing about them.
 */
public final class VirtualTime {
    /** What the tooltips say virtual time is. */
    public static final String EXPLANATION = "Virtual time: the engine counts one safepoint (about one statement) as 1 ns,"
            + " and timers fire at their exact virtual instant. It does not depend on this machine's speed.";

    private VirtualTime() {
    }

    /** {@code nanos} with a unit by magnitude: ns whole, µs and ms to three significant digits, s to the millisecond. */
    public static String format(long nanos) {
        long abs = Math.abs(nanos);
        if (abs < 1_000) {
            return nanos + " ns";
        }
        // A value that would round up to 1000 of a unit is written in the next one.
        if (abs < 999_500) {
            return significant(nanos / 1e3) + " µs";
        }
        if (abs < 999_500_000) {
            return significant(nanos / 1e6) + " ms";
        }
        return String.format(Locale.ROOT, "%.3f s", nanos / 1e9);
    }

    /** Three significant digits for values in [1, 1000): {@code 1.20}, {@code 12.4}, {@code 124}. */
    private static String significant(double v) {
        double a = Math.abs(v);
        if (a >= 99.95) {
            return String.format(Locale.ROOT, "%.0f", v);
        }
        if (a >= 9.995) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        return String.format(Locale.ROOT, "%.2f", v);
    }

    /**
     * A step for axis ticks: the smallest 1, 2 or 5 × 10^k nanoseconds that is at least
     * {@code minimum} (at least 1 ns).
     */
    public static long niceStep(double minimum) {
        long step = 1;
        while (true) {
            for (long m : new long[] {1, 2, 5}) {
                if (step * m >= minimum) {
                    return step * m;
                }
            }
            if (step > Long.MAX_VALUE / 100) {
                return step * 10;
            }
            step *= 10;
        }
    }
}
