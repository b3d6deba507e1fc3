package dev.spindle.vm.stdlib.lib;

import dev.spindle.vm.stdlib.GoValues;
import dev.spindle.vm.stdlib.NativeFunction;
import dev.spindle.vm.stdlib.text.Durations;
import dev.spindle.vm.stdlib.text.ParseDuration;
import dev.spindle.vm.stdlib.text.TimeFormat;
import dev.spindle.vm.value.StructValue;
import java.util.Map;

/**
 * The clock-free part of package time: Duration's methods, ParseDuration, Month and Weekday names,
 * and the arithmetic and formatting of Time values. (Now, Since, Sleep and timers belong to the
 * runtime's virtual clock.)
 */
public final class TimeNatives {

    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};
    private static final String[] DAYS = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
        "Saturday"};

    private TimeNatives() {}

    public static void register(Map<String, NativeFunction> m) {
        m.put("time.Duration.String", (ctx, a) -> Durations.string((Long) a[0]));
        m.put("time.Duration.Nanoseconds", (ctx, a) -> a[0]);
        m.put("time.Duration.Microseconds", (ctx, a) -> (Long) a[0] / 1_000);
        m.put("time.Duration.Milliseconds", (ctx, a) -> (Long) a[0] / 1_000_000);
        m.put("time.Duration.Seconds", (ctx, a) -> Durations.seconds((Long) a[0]));
        m.put("time.Duration.Minutes", (ctx, a) -> Durations.minutes((Long) a[0]));
        m.put("time.Duration.Hours", (ctx, a) -> Durations.hours((Long) a[0]));
        m.put("time.Duration.Round", (ctx, a) -> Durations.round((Long) a[0], (Long) a[1]));
        m.put("time.Duration.Truncate", (ctx, a) -> Durations.truncate((Long) a[0], (Long) a[1]));
        m.put("time.Duration.Abs", (ctx, a) -> Durations.abs((Long) a[0]));
        m.put("time.ParseDuration", (ctx, a) -> {
            ParseDuration.Result r = ParseDuration.parse((String) a[0]);
            return r.error() == null
                    ? new Object[] {r.duration(), null}
                    : new Object[] {0L, GoValues.newPointerIface(ctx, "errors.errorString", r.error())};
        });
        registerTime(m);
        m.put("time.Month.String", (ctx, a) -> name(MONTHS, (Long) a[0] - 1, "Month", (Long) a[0]));
        m.put("time.Weekday.String", (ctx, a) -> name(DAYS, (Long) a[0], "Weekday", (Long) a[0]));
    }

    /** time.Time methods: a Time is struct{ ns int64 }, nanoseconds since the Unix epoch (0 = the zero Time). */
    private static void registerTime(Map<String, NativeFunction> m) {
        m.put("time.Unix", (ctx, a) -> TimeValue.wall((Long) a[0] * 1_000_000_000L + (Long) a[1]));
        m.put("time.Time.Sub", (ctx, a) -> ns(a[0]) - ns(a[1]));
        m.put("time.Time.Add", (ctx, a) -> TimeValue.add(a[0], (Long) a[1]));
        m.put("time.Time.Before", (ctx, a) -> ns(a[0]) < ns(a[1]));
        m.put("time.Time.After", (ctx, a) -> ns(a[0]) > ns(a[1]));
        m.put("time.Time.Equal", (ctx, a) -> ns(a[0]) == ns(a[1]));
        // The run's location is UTC: UTC and Local only drop the monotonic reading, as Go's setLoc does.
        m.put("time.Time.UTC", (ctx, a) -> TimeValue.wall(ns(a[0])));
        m.put("time.Time.Local", (ctx, a) -> TimeValue.wall(ns(a[0])));
        m.put("time.Time.IsZero", (ctx, a) -> ns(a[0]) == 0);
        m.put("time.Time.Unix", (ctx, a) -> ns(a[0]) == 0 ? ZERO_UNIX : Math.floorDiv(ns(a[0]), 1_000_000_000L));
        m.put("time.Time.UnixMilli", (ctx, a) -> Math.floorDiv(ns(a[0]), 1_000_000L));
        m.put("time.Time.UnixNano", (ctx, a) -> ns(a[0]));
        m.put("time.Time.Format", (ctx, a) -> TimeFormat.format(ns(a[0]), (String) a[1]));
        m.put("time.Time.String", (ctx, a) -> TimeFormat.format(ns(a[0]), TimeFormat.STRING_LAYOUT)
                + TimeValue.monotonicSuffix(a[0]));
        m.put("time.Time.Year", (ctx, a) -> (long) TimeFormat.fields(ns(a[0])).getYear());
        m.put("time.Time.Month", (ctx, a) -> (long) TimeFormat.fields(ns(a[0])).getMonthValue());
        m.put("time.Time.Day", (ctx, a) -> (long) TimeFormat.fields(ns(a[0])).getDayOfMonth());
        m.put("time.Time.Hour", (ctx, a) -> (long) TimeFormat.fields(ns(a[0])).getHour());
        m.put("time.Time.Minute", (ctx, a) -> (long) TimeFormat.fields(ns(a[0])).getMinute());
        m.put("time.Time.Second", (ctx, a) -> (long) TimeFormat.fields(ns(a[0])).getSecond());
        m.put("time.Time.Nanosecond", (ctx, a) -> (long) TimeFormat.fields(ns(a[0])).getNano());
        m.put("time.Time.Weekday", (ctx, a) -> (long) TimeFormat.weekday(TimeFormat.fields(ns(a[0]))));
        m.put("time.Time.Truncate", (ctx, a) -> {
            long d = (Long) a[1];
            return TimeValue.wall(d <= 0 ? ns(a[0]) : ns(a[0]) - sinceZeroMod(ns(a[0]), d));
        });
        m.put("time.Time.Round", (ctx, a) -> {
            long d = (Long) a[1];
            if (d <= 0) {
                return TimeValue.wall(ns(a[0]));
            }
            long r = sinceZeroMod(ns(a[0]), d);
            return TimeValue.wall(Long.compareUnsigned(r + r, d) < 0 ? ns(a[0]) - r : ns(a[0]) + (d - r));
        });
    }

    /** Time.Unix of the zero Time (January 1, year 1). */
    private static final long ZERO_UNIX = -62135596800L;

    /** (t since Go's zero Time) mod d: Truncate and Round count from year 1, not from 1970. */
    private static long sinceZeroMod(long ns, long d) {
        java.math.BigInteger sinceZero = java.math.BigInteger.valueOf(ns)
                .add(java.math.BigInteger.valueOf(-ZERO_UNIX).multiply(java.math.BigInteger.valueOf(1_000_000_000L)));
        return sinceZero.mod(java.math.BigInteger.valueOf(d)).longValueExact();
    }

    private static long ns(Object t) {
        return (Long) ((StructValue) t).fields[0];
    }

    private static String name(String[] names, long i, String type, long value) {
        if (i >= 0 && i < names.length) {
            return names[(int) i];
        }
        return "%!" + type + "(" + value + ")";
    }
}
