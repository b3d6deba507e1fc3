package dev.spindle.vm.stdlib.text;

import java.util.regex.Pattern;

/**
 * Parsing numbers with Go's strconv rules, independent of the value representation: base prefixes
 * and underscores for base 0, cutoffs per bit size, and the Go float syntax (decimal, hexadecimal
 * with a 'p' exponent, inf/infinity/nan in any case). Failures are reported as a {@link Failure}
 * the natives turn into {@code *strconv.NumError}.
 */
public final class Numbers {

    /** Why a parse failed: {@code SYNTAX}/{@code RANGE} map to strconv.ErrSyntax/ErrRange; {@code OTHER} carries its own text. */
    public enum Failure { SYNTAX, RANGE, OTHER }

    /** A parse result: the value (Go returns it even with a range error) and the failure, if any. */
    public record Parsed(long bits, double f, Failure failure, String otherText) {
        static Parsed ok(long v) {
            return new Parsed(v, 0, null, null);
        }

        static Parsed okF(double v) {
            return new Parsed(0, v, null, null);
        }

        static Parsed fail(long v, Failure why) {
            return new Parsed(v, 0, why, null);
        }

        static Parsed failF(double v, Failure why) {
            return new Parsed(0, v, why, null);
        }

        static Parsed other(String text) {
            return new Parsed(0, 0, Failure.OTHER, text);
        }
    }

    private Numbers() {}

    /** strconv.ParseUint(s, base, bitSize); bits holds the uint64. */
    public static Parsed parseUint(String s, int base, int bitSize) {
        if (s.isEmpty()) {
            return Parsed.fail(0, Failure.SYNTAX);
        }
        boolean base0 = base == 0;
        String s0 = s;
        if (2 <= base && base <= 36) {
            // valid
        } else if (base == 0) {
            base = 10;
            if (s.charAt(0) == '0') {
                char c1 = s.length() >= 3 ? Character.toLowerCase(s.charAt(1)) : 0;
                if (c1 == 'b') {
                    base = 2;
                    s = s.substring(2);
                } else if (c1 == 'o') {
                    base = 8;
                    s = s.substring(2);
                } else if (c1 == 'x') {
                    base = 16;
                    s = s.substring(2);
                } else {
                    base = 8;
                    s = s.substring(1);
                }
            }
        } else {
            return Parsed.other("invalid base " + base);
        }
        if (bitSize == 0) {
            bitSize = 64;
        } else if (bitSize < 0 || bitSize > 64) {
            return Parsed.other("invalid bit size " + bitSize);
        }
        long cutoff = Long.divideUnsigned(-1L, base) + 1;
        long maxVal = bitSize == 64 ? -1L : (1L << bitSize) - 1;
        boolean underscores = false;
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d;
            if (c == '_' && base0) {
                underscores = true;
                continue;
            } else if ('0' <= c && c <= '9') {
                d = c - '0';
            } else if ('a' <= lower(c) && lower(c) <= 'z') {
                d = lower(c) - 'a' + 10;
            } else {
                return Parsed.fail(0, Failure.SYNTAX);
            }
            if (d >= base) {
                return Parsed.fail(0, Failure.SYNTAX);
            }
            if (Long.compareUnsigned(n, cutoff) >= 0) {
                return Parsed.fail(maxVal, Failure.RANGE);
            }
            n *= base;
            long n1 = n + d;
            if (Long.compareUnsigned(n1, n) < 0 || Long.compareUnsigned(n1, maxVal) > 0) {
                return Parsed.fail(maxVal, Failure.RANGE);
            }
            n = n1;
        }
        if (underscores && !underscoreOk(s0)) {
            return Parsed.fail(0, Failure.SYNTAX);
        }
        return Parsed.ok(n);
    }

    /** strconv.ParseInt(s, base, bitSize). */
    public static Parsed parseInt(String s, int base, int bitSize) {
        if (s.isEmpty()) {
            return Parsed.fail(0, Failure.SYNTAX);
        }
        boolean neg = false;
        String digits = s;
        if (s.charAt(0) == '+') {
            digits = s.substring(1);
        } else if (s.charAt(0) == '-') {
            neg = true;
            digits = s.substring(1);
        }
        Parsed un = parseUint(digits, base, bitSize);
        if (un.failure() != null && un.failure() != Failure.RANGE) {
            return un.failure() == Failure.OTHER ? un : Parsed.fail(0, un.failure());
        }
        if (bitSize == 0) {
            bitSize = 64;
        }
        long cutoff = 1L << (bitSize - 1);
        long u = un.bits();
        if (!neg && Long.compareUnsigned(u, cutoff) >= 0) {
            return Parsed.fail(cutoff - 1, Failure.RANGE);
        }
        if (neg && Long.compareUnsigned(u, cutoff) > 0) {
            return Parsed.fail(-cutoff, Failure.RANGE);
        }
        return Parsed.ok(neg ? -u : u);
    }

    /** strconv.Atoi: ParseInt(s, 10, 0) (Go's fast path gives the same results). */
    public static Parsed atoi(String s) {
        return parseInt(s, 10, 0);
    }

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern HEX =
            Pattern.compile("[+-]?0[xX]([0-9a-fA-F]+\\.?[0-9a-fA-F]*|\\.[0-9a-fA-F]+)[pP][+-]?\\d+");
    private static final Pattern SPECIAL = Pattern.compile("[+-]?(inf|infinity|nan)", Pattern.CASE_INSENSITIVE);

    /** strconv.ParseFloat(s, bitSize): Go's literal syntax; out of range gives ±Inf with RANGE. */
    public static Parsed parseFloat(String s, int bitSize) {
        if (s.indexOf('_') >= 0) {
            if (!underscoreOk(s)) {
                return Parsed.failF(0, Failure.SYNTAX);
            }
            s = s.replace("_", "");
        }
        if (SPECIAL.matcher(s).matches()) {
            String body = s.replaceFirst("^[+-]", "").toLowerCase(java.util.Locale.ROOT);
            if (body.equals("nan")) {
                return Parsed.okF(Double.NaN);
            }
            return Parsed.okF(s.charAt(0) == '-' ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
        }
        if (!DECIMAL.matcher(s).matches() && !HEX.matcher(s).matches()) {
            return Parsed.failF(0, Failure.SYNTAX);
        }
        double v = bitSize == 32 ? (double) Float.parseFloat(s) : Double.parseDouble(s);
        if (Double.isInfinite(v)) {
            return Parsed.failF(v, Failure.RANGE);
        }
        return Parsed.okF(v);
    }

    /** strconv.ParseBool. */
    public static Boolean parseBool(String s) {
        return switch (s) {
            case "1", "t", "T", "TRUE", "true", "True" -> Boolean.TRUE;
            case "0", "f", "F", "FALSE", "false", "False" -> Boolean.FALSE;
            default -> null;
        };
    }

    private static char lower(char c) {
        return (char) (c | ('x' - 'X'));
    }

    /** Go's underscoreOK: underscores only between digits (or after a base prefix). */
    static boolean underscoreOk(String s) {
        char saw = '^';
        int i = 0;
        if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
            s = s.substring(1);
        }
        boolean hex = false;
        if (s.length() >= 2 && s.charAt(0) == '0'
                && (lower(s.charAt(1)) == 'b' || lower(s.charAt(1)) == 'o' || lower(s.charAt(1)) == 'x')) {
            i = 2;
            saw = '0';
            hex = lower(s.charAt(1)) == 'x';
        }
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if ('0' <= c && c <= '9' || hex && 'a' <= lower(c) && lower(c) <= 'f') {
                saw = '0';
                continue;
            }
            if (c == '_') {
                if (saw != '0') {
                    return false;
                }
                saw = '_';
                continue;
            }
            if (saw == '_') {
                return false;
            }
            saw = '!';
        }
        return saw != '_';
    }
}
