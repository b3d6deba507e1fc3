package dev.spindle.vm.stdlib.text;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * time.Time's Format over Go's reference layout ("Mon Jan 2 15:04:05 MST 2006"), ported from
 * {@code nextStdChunk} in {@code time/format.go}. Spindle's clock runs in UTC, so zones print as
 * "UTC", "+0000" and "Z". A Time is nanoseconds since the Unix epoch; 0 is Go's zero Time
 * (January 1, year 1), which is what {@code IsZero} reports for it.
 */
public final class TimeFormat {

    private static final String[] LONG_DAYS = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
        "Saturday"};
    private static final String[] LONG_MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};

    /** The layout Time.String uses. */
    public static final String STRING_LAYOUT = "2006-01-02 15:04:05.999999999 -0700 MST";

    private TimeFormat() {}

    /** The calendar fields of a Time value (UTC). */
    public static LocalDateTime fields(long ns) {
        if (ns == 0) {
            return LocalDateTime.of(1, 1, 1, 0, 0);
        }
        return LocalDateTime.ofEpochSecond(Math.floorDiv(ns, 1_000_000_000L), (int) Math.floorMod(ns, 1_000_000_000L),
                ZoneOffset.UTC);
    }

    /** Go's Weekday number: Sunday = 0. */
    public static int weekday(LocalDateTime t) {
        return t.getDayOfWeek().getValue() % 7;
    }

    public static String format(long ns, String layout) {
        LocalDateTime t = fields(ns);
        StringBuilder b = new StringBuilder(layout.length() + 10);
        int i = 0;
        while (i < layout.length()) {
            int[] std = nextStd(layout, i);
            if (std == null) {
                b.append(layout.charAt(i));
                i++;
                continue;
            }
            int kind = std[0];
            int len = std[1];
            appendStd(b, t, kind, std[2], layout.charAt(i));
            i += len;
        }
        return b.toString();
    }

    // chunk kinds
    private static final int LONG_MONTH = 1;
    private static final int MONTH = 2;
    private static final int NUM_MONTH = 3;
    private static final int ZERO_MONTH = 4;
    private static final int LONG_WEEKDAY = 5;
    private static final int WEEKDAY = 6;
    private static final int DAY = 7;
    private static final int UNDER_DAY = 8;
    private static final int ZERO_DAY = 9;
    private static final int UNDER_YEARDAY = 10;
    private static final int ZERO_YEARDAY = 11;
    private static final int HOUR = 12;
    private static final int HOUR12 = 13;
    private static final int ZERO_HOUR12 = 14;
    private static final int MINUTE = 15;
    private static final int ZERO_MINUTE = 16;
    private static final int SECOND = 17;
    private static final int ZERO_SECOND = 18;
    private static final int LONG_YEAR = 19;
    private static final int YEAR = 20;
    private static final int PM = 21;
    private static final int LOWER_PM = 22;
    private static final int TZ = 23;
    private static final int NUM_TZ = 24; // -0700
    private static final int NUM_COLON_TZ = 25; // -07:00
    private static final int NUM_SHORT_TZ = 26; // -07
    private static final int NUM_SECONDS_TZ = 27; // -070000
    private static final int NUM_COLON_SECONDS_TZ = 28; // -07:00:00
    private static final int ISO_TZ = 29; // Z0700 and friends
    private static final int ISO_COLON_TZ = 30;
    private static final int ISO_SHORT_TZ = 31;
    private static final int ISO_SECONDS_TZ = 32;
    private static final int ISO_COLON_SECONDS_TZ = 33;
    private static final int FRAC_ZERO = 34; // .000
    private static final int FRAC_NINE = 35; // .999

    /** The std chunk starting at i: {kind, length, digits}, or null for a literal byte. */
    private static int[] nextStd(String l, int i) {
        char c = l.charAt(i);
        switch (c) {
            case 'J' -> {
                if (l.startsWith("Jan", i)) {
                    return l.startsWith("January", i) ? new int[] {LONG_MONTH, 7, 0} : new int[] {MONTH, 3, 0};
                }
            }
            case 'M' -> {
                if (l.startsWith("Mon", i)) {
                    return l.startsWith("Monday", i) ? new int[] {LONG_WEEKDAY, 6, 0} : new int[] {WEEKDAY, 3, 0};
                }
                if (l.startsWith("MST", i)) {
                    return new int[] {TZ, 3, 0};
                }
            }
            case '0' -> {
                if (i + 1 < l.length() && l.charAt(i + 1) >= '1' && l.charAt(i + 1) <= '6') {
                    int k = switch (l.charAt(i + 1)) {
                        case '1' -> ZERO_MONTH;
                        case '2' -> ZERO_DAY;
                        case '3' -> ZERO_HOUR12;
                        case '4' -> ZERO_MINUTE;
                        case '5' -> ZERO_SECOND;
                        default -> YEAR;
                    };
                    return new int[] {k, 2, 0};
                }
                if (l.startsWith("002", i)) {
                    return new int[] {ZERO_YEARDAY, 3, 0};
                }
            }
            case '1' -> {
                if (l.startsWith("15", i)) {
                    return new int[] {HOUR, 2, 0};
                }
                return new int[] {NUM_MONTH, 1, 0};
            }
            case '2' -> {
                if (l.startsWith("2006", i)) {
                    return new int[] {LONG_YEAR, 4, 0};
                }
                return new int[] {DAY, 1, 0};
            }
            case '_' -> {
                if (l.startsWith("_2", i)) {
                    if (l.startsWith("_2006", i)) {
                        return null; // "_" then the year
                    }
                    return new int[] {UNDER_DAY, 2, 0};
                }
                if (l.startsWith("__2", i)) {
                    return new int[] {UNDER_YEARDAY, 3, 0};
                }
            }
            case '3' -> {
                return new int[] {HOUR12, 1, 0};
            }
            case '4' -> {
                return new int[] {MINUTE, 1, 0};
            }
            case '5' -> {
                return new int[] {SECOND, 1, 0};
            }
            case 'P' -> {
                if (l.startsWith("PM", i)) {
                    return new int[] {PM, 2, 0};
                }
            }
            case 'p' -> {
                if (l.startsWith("pm", i)) {
                    return new int[] {LOWER_PM, 2, 0};
                }
            }
            case '-' -> {
                if (l.startsWith("-070000", i)) {
                    return new int[] {NUM_SECONDS_TZ, 7, 0};
                }
                if (l.startsWith("-07:00:00", i)) {
                    return new int[] {NUM_COLON_SECONDS_TZ, 9, 0};
                }
                if (l.startsWith("-0700", i)) {
                    return new int[] {NUM_TZ, 5, 0};
                }
                if (l.startsWith("-07:00", i)) {
                    return new int[] {NUM_COLON_TZ, 6, 0};
                }
                if (l.startsWith("-07", i)) {
                    return new int[] {NUM_SHORT_TZ, 3, 0};
                }
            }
            case 'Z' -> {
                if (l.startsWith("Z070000", i)) {
                    return new int[] {ISO_SECONDS_TZ, 7, 0};
                }
                if (l.startsWith("Z07:00:00", i)) {
                    return new int[] {ISO_COLON_SECONDS_TZ, 9, 0};
                }
                if (l.startsWith("Z0700", i)) {
                    return new int[] {ISO_TZ, 5, 0};
                }
                if (l.startsWith("Z07:00", i)) {
                    return new int[] {ISO_COLON_TZ, 6, 0};
                }
                if (l.startsWith("Z07", i)) {
                    return new int[] {ISO_SHORT_TZ, 3, 0};
                }
            }
            case '.', ',' -> {
                if (i + 1 < l.length() && (l.charAt(i + 1) == '0' || l.charAt(i + 1) == '9')) {
                    char ch = l.charAt(i + 1);
                    int j = i + 1;
                    while (j < l.length() && l.charAt(j) == ch) {
                        j++;
                    }
                    // Only a fraction if not followed by another digit.
                    if (!(j < l.length() && Character.isDigit(l.charAt(j)))) {
                        return new int[] {ch == '0' ? FRAC_ZERO : FRAC_NINE, j - i, j - (i + 1)};
                    }
                }
            }
            default -> { }
        }
        return null;
    }

    private static void appendStd(StringBuilder b, LocalDateTime t, int kind, int digits, char sep) {
        int hour = t.getHour();
        switch (kind) {
            case LONG_MONTH -> b.append(LONG_MONTHS[t.getMonthValue() - 1]);
            case MONTH -> b.append(LONG_MONTHS[t.getMonthValue() - 1], 0, 3);
            case NUM_MONTH -> b.append(t.getMonthValue());
            case ZERO_MONTH -> pad(b, t.getMonthValue(), 2, '0');
            case LONG_WEEKDAY -> b.append(LONG_DAYS[weekday(t)]);
            case WEEKDAY -> b.append(LONG_DAYS[weekday(t)], 0, 3);
            case DAY -> b.append(t.getDayOfMonth());
            case UNDER_DAY -> pad(b, t.getDayOfMonth(), 2, ' ');
            case ZERO_DAY -> pad(b, t.getDayOfMonth(), 2, '0');
            case UNDER_YEARDAY -> pad(b, t.getDayOfYear(), 3, ' ');
            case ZERO_YEARDAY -> pad(b, t.getDayOfYear(), 3, '0');
            case HOUR -> pad(b, hour, 2, '0');
            case HOUR12 -> b.append(hour % 12 == 0 ? 12 : hour % 12);
            case ZERO_HOUR12 -> pad(b, hour % 12 == 0 ? 12 : hour % 12, 2, '0');
            case MINUTE -> b.append(t.getMinute());
            case ZERO_MINUTE -> pad(b, t.getMinute(), 2, '0');
            case SECOND -> b.append(t.getSecond());
            case ZERO_SECOND -> pad(b, t.getSecond(), 2, '0');
            case LONG_YEAR -> pad(b, t.getYear(), 4, '0');
            case YEAR -> pad(b, t.getYear() % 100, 2, '0');
            case PM -> b.append(hour >= 12 ? "PM" : "AM");
            case LOWER_PM -> b.append(hour >= 12 ? "pm" : "am");
            case TZ -> b.append("UTC");
            case NUM_TZ -> b.append("+0000");
            case NUM_COLON_TZ -> b.append("+00:00");
            case NUM_SHORT_TZ -> b.append("+00");
            case NUM_SECONDS_TZ -> b.append("+000000");
            case NUM_COLON_SECONDS_TZ -> b.append("+00:00:00");
            case ISO_TZ, ISO_COLON_TZ, ISO_SHORT_TZ, ISO_SECONDS_TZ, ISO_COLON_SECONDS_TZ -> b.append('Z');
            case FRAC_ZERO, FRAC_NINE -> {
                String nanos = String.format("%09d", t.getNano()).substring(0, Math.min(digits, 9));
                if (kind == FRAC_NINE) {
                    int end = nanos.length();
                    while (end > 0 && nanos.charAt(end - 1) == '0') {
                        end--;
                    }
                    if (end == 0) {
                        return; // no fraction at all, not even the separator
                    }
                    nanos = nanos.substring(0, end);
                }
                b.append(sep).append(nanos);
            }
            default -> throw new IllegalStateException("chunk " + kind);
        }
    }

    private static void pad(StringBuilder b, int v, int width, char padChar) {
        String s = Integer.toString(v);
        for (int k = s.length(); k < width; k++) {
            b.append(padChar);
        }
        b.append(s);
    }
}
