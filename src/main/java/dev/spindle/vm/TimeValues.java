package dev.spindle.vm;

import dev.spindle.vm.value.StructValue;

/**
 * The methods of time.Time over the virtual clock: a Time is {@code struct{ ns int64 }}
 * (nanoseconds since the epoch), so these are plain arithmetic. Used when the standard library
 * does not provide them itself.
 */
final class TimeValues {
    private TimeValues() {}

    static NativeFn lookup(String name) {
        return switch (name) {
            case "time.Time.Sub" -> (g, a) -> ns(a[0]) - ns(a[1]);
            case "time.Time.Add" -> (g, a) -> with(a[0], ns(a[0]) + (Long) a[1]);
            case "time.Time.Before" -> (g, a) -> ns(a[0]) < ns(a[1]);
            case "time.Time.After" -> (g, a) -> ns(a[0]) > ns(a[1]);
            case "time.Time.Equal" -> (g, a) -> ns(a[0]) == ns(a[1]);
            case "time.Time.IsZero" -> (g, a) -> ns(a[0]) == 0;
            case "time.Time.Unix" -> (g, a) -> Math.floorDiv(ns(a[0]), 1_000_000_000L);
            case "time.Time.UnixMilli" -> (g, a) -> Math.floorDiv(ns(a[0]), 1_000_000L);
            case "time.Time.UnixNano" -> (g, a) -> ns(a[0]);
            default -> null;
        };
    }

    private static long ns(Object t) {
        return (Long) ((StructValue) t).fields[0];
    }

    private static StructValue with(Object t, long ns) {
        StructValue c = ((StructValue) t).copy();
        c.fields[0] = ns;
        return c;
    }
}
