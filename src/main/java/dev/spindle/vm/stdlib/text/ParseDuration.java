package dev.spindle.vm.stdlib.text;

import java.util.Map;

/** time.ParseDuration, ported from {@code time/format.go}: "1h30m", "-1.5s", "300ms", "2µs". */
public final class ParseDuration {

    /** The result: the duration, or the error text (a Go byte string) when {@code error != null}. */
    public record Result(long duration, String error) {}

    private static final Map<String, Long> UNITS = Map.of(
            "ns", 1L,
            "us", 1_000L,
            "\u00c2\u00b5s", 1_000L, // U+00B5 micro sign, as UTF-8 bytes
            "\u00ce\u00bcs", 1_000L, // U+03BC Greek mu
            "ms", 1_000_000L,
            "s", 1_000_000_000L,
            "m", 60_000_000_000L,
            "h", 3_600_000_000_000L);

    private ParseDuration() {}

    public static Result parse(String orig) {
        String s = orig;
        long d = 0; // as uint64
        boolean neg = false;
        if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
            neg = s.charAt(0) == '-';
            s = s.substring(1);
        }
        if (s.equals("0")) {
            return new Result(0, null);
        }
        if (s.isEmpty()) {
            return invalid(orig);
        }
        while (!s.isEmpty()) {
            char c0 = s.charAt(0);
            if (!(c0 == '.' || '0' <= c0 && c0 <= '9')) {
                return invalid(orig);
            }
            int i = 0;
            long v = 0;
            while (i < s.length() && '0' <= s.charAt(i) && s.charAt(i) <= '9') {
                if (Long.compareUnsigned(v, (1L << 63) / 10) > 0) {
                    return invalid(orig);
                }
                v = v * 10 + (s.charAt(i) - '0');
                if (v < 0) {
                    return invalid(orig);
                }
                i++;
            }
            boolean pre = i > 0;
            s = s.substring(i);
            long f = 0;
            double scale = 1;
            boolean post = false;
            if (!s.isEmpty() && s.charAt(0) == '.') {
                s = s.substring(1);
                int k = 0;
                boolean overflow = false;
                while (k < s.length() && '0' <= s.charAt(k) && s.charAt(k) <= '9') {
                    if (!overflow) {
                        if (f > (Long.MAX_VALUE) / 10) {
                            overflow = true;
                        } else {
                            long y = f * 10 + (s.charAt(k) - '0');
                            if (y < 0) {
                                overflow = true;
                            } else {
                                f = y;
                                scale *= 10;
                            }
                        }
                    }
                    k++;
                }
                post = k > 0;
                s = s.substring(k);
            }
            if (!pre && !post) {
                return invalid(orig);
            }
            int u = 0;
            while (u < s.length() && !(s.charAt(u) == '.' || '0' <= s.charAt(u) && s.charAt(u) <= '9')) {
                u++;
            }
            if (u == 0) {
                return new Result(0, "time: missing unit in duration " + quote(orig));
            }
            String unitName = s.substring(0, u);
            s = s.substring(u);
            Long unit = UNITS.get(unitName);
            if (unit == null) {
                return new Result(0, "time: unknown unit " + quote(unitName) + " in duration " + quote(orig));
            }
            if (Long.compareUnsigned(v, Long.divideUnsigned(1L << 63, unit)) > 0) {
                return invalid(orig);
            }
            v *= unit;
            if (f > 0) {
                v += (long) ((double) f * ((double) unit / scale));
                if (Long.compareUnsigned(v, 1L << 63) > 0) {
                    return invalid(orig);
                }
            }
            d += v;
            if (Long.compareUnsigned(d, 1L << 63) > 0) {
                return invalid(orig);
            }
        }
        if (neg) {
            return new Result(-d, null);
        }
        if (Long.compareUnsigned(d, Long.MAX_VALUE) > 0) {
            return invalid(orig);
        }
        return new Result(d, null);
    }

    private static Result invalid(String orig) {
        return new Result(0, "time: invalid duration " + quote(orig));
    }

    /** time's own quote: non-ASCII and control bytes as \xHH, quotes and backslashes escaped. */
    static String quote(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80 || c < ' ') {
                b.append("\\x").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 0xF, 16));
            } else {
                if (c == '"' || c == '\\') {
                    b.append('\\');
                }
                b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
