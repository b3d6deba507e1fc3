package dev.spindle.vm.stdlib.text;

/**
 * time.Duration's methods, as {@code time/time.go} computes them: {@code String} ("1.5s", "250µs"
 * with the micro sign as its two UTF-8 bytes, "1h2m3s", "0s"), the float conversions, Round and
 * Truncate. A Duration is an int64 count of nanoseconds.
 */
public final class Durations {

    public static final long NANOSECOND = 1;
    public static final long MICROSECOND = 1000 * NANOSECOND;
    public static final long MILLISECOND = 1000 * MICROSECOND;
    public static final long SECOND = 1000 * MILLISECOND;
    public static final long MINUTE = 60 * SECOND;
    public static final long HOUR = 60 * MINUTE;

    /** "µ" (U+00B5) as the byte string of its UTF-8 encoding. */
    private static final String MICRO = "\u00c2\u00b5";

    private Durations() {}

    /** Duration.String. */
    public static String string(long d) {
        if (d == 0) {
            return "0s";
        }
        boolean neg = d < 0;
        long u = neg ? -d : d; // as uint64: -MinInt64 is itself, read unsigned below
        StringBuilder rev = new StringBuilder(32); // built backwards, like Go's buffer
        if (Long.compareUnsigned(u, SECOND) < 0) {
            int prec;
            rev.append('s');
            if (u < MICROSECOND) {
                prec = 0;
                rev.append('n');
            } else if (u < MILLISECOND) {
                prec = 3;
                rev.append(MICRO.charAt(1)).append(MICRO.charAt(0));
            } else {
                prec = 6;
                rev.append('m');
            }
            u = fracBackwards(rev, u, prec);
            intBackwards(rev, u);
        } else {
            rev.append('s');
            u = fracBackwards(rev, u, 9);
            intBackwards(rev, Long.remainderUnsigned(u, 60));
            u = Long.divideUnsigned(u, 60);
            if (u > 0) {
                rev.append('m');
                intBackwards(rev, u % 60);
                u /= 60;
                if (u > 0) {
                    rev.append('h');
                    intBackwards(rev, u);
                }
            }
        }
        if (neg) {
            rev.append('-');
        }
        return rev.reverse().toString();
    }

    /** Go's fmtFrac: the fraction of v/10^prec without trailing zeros (and no dot if zero). */
    private static long fracBackwards(StringBuilder rev, long v, int prec) {
        boolean print = false;
        for (int i = 0; i < prec; i++) {
            long digit = Long.remainderUnsigned(v, 10);
            print = print || digit != 0;
            if (print) {
                rev.append((char) ('0' + digit));
            }
            v = Long.divideUnsigned(v, 10);
        }
        if (print) {
            rev.append('.');
        }
        return v;
    }

    private static void intBackwards(StringBuilder rev, long v) {
        if (v == 0) {
            rev.append('0');
            return;
        }
        while (v != 0) {
            rev.append((char) ('0' + Long.remainderUnsigned(v, 10)));
            v = Long.divideUnsigned(v, 10);
        }
    }

    public static double seconds(long d) {
        return (double) (d / SECOND) + (double) (d % SECOND) / 1e9;
    }

    public static double minutes(long d) {
        return (double) (d / MINUTE) + (double) (d % MINUTE) / (60 * 1e9);
    }

    public static double hours(long d) {
        return (double) (d / HOUR) + (double) (d % HOUR) / (60 * 60 * 1e9);
    }

    public static long truncate(long d, long m) {
        return m <= 0 ? d : d - d % m;
    }

    public static long round(long d, long m) {
        if (m <= 0) {
            return d;
        }
        long r = d % m;
        if (d < 0) {
            r = -r;
            if (lessThanHalf(r, m)) {
                return d + r;
            }
            long d1 = d - m + r;
            return d1 < d ? d1 : Long.MIN_VALUE;
        }
        if (lessThanHalf(r, m)) {
            return d - r;
        }
        long d1 = d + m - r;
        return d1 > d ? d1 : Long.MAX_VALUE;
    }

    public static long abs(long d) {
        if (d >= 0) {
            return d;
        }
        return d == Long.MIN_VALUE ? Long.MAX_VALUE : -d;
    }

    private static boolean lessThanHalf(long x, long y) {
        return Long.compareUnsigned(x + x, y) < 0;
    }
}
