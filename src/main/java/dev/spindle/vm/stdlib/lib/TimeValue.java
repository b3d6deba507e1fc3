package dev.spindle.vm.stdlib.lib;

import dev.spindle.vm.value.StructShape;
import dev.spindle.vm.value.StructValue;

/**
 * A time.Time value: {@code struct{ ns int64; mono int64; hasMono bool }}, the wall clock in
 * nanoseconds since the Unix epoch (0 is the zero Time) and, for a Time read from the clock,
 * its monotonic reading. The virtual clock starts where the Go playground's does, at
 * 2009-11-10 23:00:00 UTC, and its monotonic reading counts from the program's start, so
 * {@code fmt.Println(time.Now())} prints what the playground prints
 * ({@code 2009-11-10 23:00:00.25 +0000 UTC m=+0.250000001}).
 */
public final class TimeValue {
    private TimeValue() {}

    /** 2009-11-10 23:00:00 UTC in nanoseconds since the Unix epoch: the playground's "now" at start. */
    public static final long EPOCH = 1_257_894_000_000_000_000L;

    public static final StructShape SHAPE = StructShape.flat("time.Time", "ns", "mono", "hasMono");

    /**
     * time.Now() at virtual time {@code clock} (ns since the program started). The monotonic
     * reading is one more, as Go's is: its runtime starts the monotonic clock 1 ns before the
     * program (startNano = nanotime() - 1), so it is never zero.
     */
    public static StructValue now(long clock) {
        return new StructValue(SHAPE, new Object[] {EPOCH + clock, clock + 1, true});
    }

    /** A wall-clock Time without a monotonic reading (time.Unix, Round, Truncate). */
    public static StructValue wall(long ns) {
        return new StructValue(SHAPE, new Object[] {ns, 0L, false});
    }

    public static long ns(Object t) {
        return (Long) ((StructValue) t).fields[0];
    }

    /** time.Since(t) at virtual time {@code clock}. */
    public static long since(long clock, Object t) {
        return EPOCH + clock - ns(t);
    }

    /** t.Add(d): the monotonic reading, if any, moves with the wall clock. */
    static StructValue add(Object t, long d) {
        StructValue c = ((StructValue) t).copy();
        c.fields[0] = ns(t) + d;
        if (Boolean.TRUE.equals(c.fields[2])) {
            c.fields[1] = (Long) c.fields[1] + d;
        }
        return c;
    }

    /** Go's " m=+0.250000001" suffix of Time.String for a Time with a monotonic reading, else "". */
    static String monotonicSuffix(Object t) {
        StructValue s = (StructValue) t;
        if (!Boolean.TRUE.equals(s.fields[2])) {
            return "";
        }
        long m = (Long) s.fields[1];
        char sign = m < 0 ? '-' : '+';
        long abs = Math.abs(m);
        return " m=" + sign + (abs / 1_000_000_000L) + "." + String.format("%09d", abs % 1_000_000_000L);
    }
}
