package dev.spindle.vm.stdlib.lib;

import dev.spindle.vm.stdlib.GoValues;
import dev.spindle.vm.stdlib.NativeFunction;
import dev.spindle.vm.stdlib.text.Durations;
import dev.spindle.vm.stdlib.text.ParseDuration;
import java.util.Map;

/**
 * The clock-free part of package time: Duration's methods, ParseDuration, Month and Weekday names.
 * (Now, Sleep, timers and Time values belong to the runtime's virtual clock.)
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
        m.put("time.Month.String", (ctx, a) -> name(MONTHS, (Long) a[0] - 1, "Month", (Long) a[0]));
        m.put("time.Weekday.String", (ctx, a) -> name(DAYS, (Long) a[0], "Weekday", (Long) a[0]));
    }

    private static String name(String[] names, long i, String type, long value) {
        if (i >= 0 && i < names.length) {
            return names[(int) i];
        }
        return "%!" + type + "(" + value + ")";
    }
}
