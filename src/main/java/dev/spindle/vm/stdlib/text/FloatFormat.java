package dev.spindle.vm.stdlib.text;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Go's {@code strconv.FormatFloat} for the formats 'e', 'E', 'f', 'g', 'G' and 'b'.
 *
 * <p>Go first reduces a float to decimal digits and a decimal point position, then lays the digits
 * out. We do the same: the shortest digits come from Java's {@link Double#toString(double)} (which,
 * since JDK 19, prints the shortest decimal that reads back as the same double; only when one digit
 * would do, Java may print two, so we try the one-digit neighbours ourselves); fixed precisions come
 * from the exact binary value as a {@link BigDecimal} rounded half-even, which is what Go's exact
 * decimal rounding does. The layouts ({@code fmtE}, {@code fmtF}, the %g decision) follow
 * {@code strconv/ftoa.go} line by line.
 */
public final class FloatFormat {

    private FloatFormat() {}

    /**
     * Decimal digits of |v| without leading or trailing zeros, and the decimal point position:
     * |v| = 0.d1d2...dn × 10^dp. Zero has no digits and dp 0.
     */
    record Digits(String d, int dp) {
        int nd() {
            return d.length();
        }

        char at(int i) {
            return d.charAt(i);
        }

        static Digits of(String raw, int dp) {
            int start = 0;
            while (start < raw.length() && raw.charAt(start) == '0') {
                start++;
                dp--;
            }
            int end = raw.length();
            while (end > start && raw.charAt(end - 1) == '0') {
                end--;
            }
            if (start == end) {
                return new Digits("", 0);
            }
            return new Digits(raw.substring(start, end), dp);
        }
    }

    /**
     * strconv.FormatFloat(v, fmt, prec, bitSize). {@code prec < 0} means the shortest representation
     * that reads back as the same float of the given size (32 or 64).
     */
    public static String format(double v, char fmt, int prec, int bitSize) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "+Inf" : "-Inf";
        }
        boolean neg = (Double.doubleToRawLongBits(v) & Long.MIN_VALUE) != 0;
        if (fmt == 'b') {
            return binaryExponent(v, bitSize);
        }
        double abs = Math.abs(v);
        boolean shortest = prec < 0;
        Digits digs;
        if (shortest) {
            digs = shortestDigits(abs, bitSize);
            switch (fmt) {
                case 'e', 'E' -> prec = Math.max(digs.nd() - 1, 0);
                case 'f' -> prec = Math.max(digs.nd() - digs.dp(), 0);
                case 'g', 'G' -> prec = digs.nd();
                default -> { }
            }
        } else if (fmt != 'f') {
            int digits = switch (fmt) {
                case 'e', 'E' -> prec + 1;
                case 'g', 'G' -> {
                    if (prec == 0) {
                        prec = 1;
                    }
                    yield prec;
                }
                default -> 1;
            };
            digs = significant(abs, digits);
        } else {
            digs = fraction(abs, prec);
        }
        StringBuilder out = new StringBuilder(24);
        switch (fmt) {
            case 'e', 'E' -> fmtE(out, neg, digs, prec, fmt);
            case 'f' -> fmtF(out, neg, digs, prec);
            case 'g', 'G' -> {
                int eprec = prec;
                if (eprec > digs.nd() && digs.nd() >= digs.dp()) {
                    eprec = digs.nd();
                }
                // %e is used if the exponent from the conversion is less than -4 or greater than
                // or equal to the precision; for the shortest form Go decides with precision 6.
                if (shortest) {
                    eprec = 6;
                }
                int exp = digs.dp() - 1;
                if (exp < -4 || exp >= eprec) {
                    if (prec > digs.nd()) {
                        prec = digs.nd();
                    }
                    fmtE(out, neg, digs, prec - 1, fmt == 'g' ? 'e' : 'E');
                } else {
                    if (prec > digs.dp()) {
                        prec = digs.nd();
                    }
                    fmtF(out, neg, digs, Math.max(prec - digs.dp(), 0));
                }
            }
            default -> {
                out.append('%').append(fmt);
            }
        }
        return out.toString();
    }

    /** The shortest digits that read back as {@code abs} at the given size. */
    static Digits shortestDigits(double abs, int bitSize) {
        if (abs == 0) {
            return new Digits("", 0);
        }
        String s = bitSize == 32 ? Float.toString((float) abs) : Double.toString(abs);
        int e = s.indexOf('E');
        int exp = e < 0 ? 0 : Integer.parseInt(s.substring(e + 1));
        String mant = e < 0 ? s : s.substring(0, e);
        int dot = mant.indexOf('.');
        Digits d = Digits.of(mant.substring(0, dot) + mant.substring(dot + 1), dot + exp);
        if (d.nd() == 2) {
            d = oneDigitIfItReadsBack(abs, d, bitSize);
        }
        return d;
    }

    /**
     * Java may choose two digits where one reads back too (it then prefers the closer two-digit
     * decimal, e.g. 4.9E-324); Go always takes the shortest, so we try the one-digit neighbours.
     */
    private static Digits oneDigitIfItReadsBack(double abs, Digits two, int bitSize) {
        int first = two.at(0) - '0';
        BigDecimal exact = new BigDecimal(abs);
        Digits best = null;
        BigDecimal bestDist = null;
        for (int cand : new int[] {first, first + 1}) {
            Digits c = cand == 10 ? new Digits("1", two.dp() + 1) : new Digits(Integer.toString(cand), two.dp());
            if (cand == 0) {
                continue;
            }
            String text = c.d() + "E" + (c.dp() - 1);
            boolean readsBack = bitSize == 32
                    ? Float.parseFloat(text) == (float) abs
                    : Double.parseDouble(text) == abs;
            if (readsBack) {
                BigDecimal dist = new BigDecimal(text).subtract(exact).abs();
                if (best == null || dist.compareTo(bestDist) < 0) {
                    best = c;
                    bestDist = dist;
                }
            }
        }
        return best != null ? best : two;
    }

    /** |v| rounded half-even to {@code n} significant digits. */
    static Digits significant(double abs, int n) {
        if (abs == 0) {
            return new Digits("", 0);
        }
        BigDecimal r = new BigDecimal(abs).round(new MathContext(n, RoundingMode.HALF_EVEN));
        String u = r.unscaledValue().toString();
        return Digits.of(u, u.length() - r.scale());
    }

    /** |v| rounded half-even to {@code frac} digits after the decimal point. */
    static Digits fraction(double abs, int frac) {
        BigDecimal r = new BigDecimal(abs).setScale(frac, RoundingMode.HALF_EVEN);
        String u = r.unscaledValue().toString();
        return Digits.of(u, u.length() - frac);
    }

    private static void fmtE(StringBuilder out, boolean neg, Digits d, int prec, char fmt) {
        if (neg) {
            out.append('-');
        }
        out.append(d.nd() != 0 ? d.at(0) : '0');
        if (prec > 0) {
            out.append('.');
            int i = 1;
            int m = Math.min(d.nd(), prec + 1);
            if (i < m) {
                out.append(d.d(), i, m);
                i = m;
            }
            for (; i <= prec; i++) {
                out.append('0');
            }
        }
        out.append(fmt);
        int exp = d.nd() == 0 ? 0 : d.dp() - 1;
        out.append(exp < 0 ? '-' : '+');
        exp = Math.abs(exp);
        if (exp < 10) {
            out.append('0');
        }
        out.append(exp);
    }

    private static void fmtF(StringBuilder out, boolean neg, Digits d, int prec) {
        if (neg) {
            out.append('-');
        }
        if (d.dp() > 0) {
            int m = Math.min(d.nd(), d.dp());
            out.append(d.d(), 0, m);
            for (; m < d.dp(); m++) {
                out.append('0');
            }
        } else {
            out.append('0');
        }
        if (prec > 0) {
            out.append('.');
            for (int i = 1; i <= prec; i++) {
                int j = d.dp() + i - 1;
                out.append(j >= 0 && j < d.nd() ? d.at(j) : '0');
            }
        }
    }

    /** Go's 'b' format: decimal mantissa, 'p', binary exponent ("4503599627370496p-52"). */
    private static String binaryExponent(double v, int bitSize) {
        long mant;
        int exp;
        boolean neg;
        if (bitSize == 32) {
            int bits = Float.floatToRawIntBits((float) v);
            neg = bits < 0;
            exp = (bits >>> 23) & 0xff;
            mant = bits & ((1 << 23) - 1);
            if (exp == 0) {
                exp++;
            } else {
                mant |= 1L << 23;
            }
            exp += -127 - 23;
        } else {
            long bits = Double.doubleToRawLongBits(v);
            neg = bits < 0;
            exp = (int) ((bits >>> 52) & 0x7ff);
            mant = bits & ((1L << 52) - 1);
            if (exp == 0) {
                exp++;
            } else {
                mant |= 1L << 52;
            }
            exp += -1023 - 52;
        }
        return (neg ? "-" : "") + mant + "p" + (exp >= 0 ? "+" : "-") + Math.abs(exp);
    }
}
