package dev.spindle.lang.types;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Floating-point constant arithmetic bounded as Go's go/constant bounds it.
 *
 * <p>go/constant keeps a float constant as an exact rational while numerator and denominator
 * are shorter than 4096 bits ({@code maxExp}), and otherwise as a {@code big.Float} with a
 * 512-bit mantissa and a 32-bit exponent. Spindle does the same: {@link Constant.Float} is
 * exact while both parts fit {@link #EXACT_BITS}; past that it is {@code mant × 2^exp} with
 * {@code mant} rounded to {@link #PREC} bits, and every operation on such a value costs a
 * few hundred bits whatever its magnitude. Before this bound, {@code 1e10000000} built a
 * 33-million-bit integer (11 s, 1 GB) and thirty squarings of 1.5 never finished.
 *
 * <p>An exponent beyond {@link #MAX_EXP} (big.Float's range) makes the result infinite, which
 * go/constant turns into an unknown value: the operation returns null and the checker says
 * {@code constant result is not representable}; an exponent below it underflows to 0.
 */
final class FloatConsts {
    /** Longest exact numerator or denominator, as go/constant's maxExp. */
    static final int EXACT_BITS = 4 << 10;
    /** Mantissa bits of a binary float constant, as go/constant's prec. */
    static final int PREC = 512;
    /** big.Float's exponent range (MaxExp = math.MaxInt32). */
    static final long MAX_EXP = Integer.MAX_VALUE;
    /** Extra bits kept while computing, so that the final rounding is the only one that counts. */
    private static final int GUARD = 64;

    private FloatConsts() {
    }

    /** num/den (den > 0) rounded to PREC bits; exact again if the rounded value is short. */
    static Constant.Float round(BigInteger num, BigInteger den) {
        if (num.signum() == 0) {
            return new Constant.Float(BigInteger.ZERO, BigInteger.ONE);
        }
        int shift = PREC + GUARD - (num.bitLength() - den.bitLength());
        BigInteger q = shift >= 0 ? num.shiftLeft(shift).divide(den) : num.divide(den.shiftLeft(-shift));
        return binary(q, -(long) shift);
    }

    /**
     * {@code m × 2^e} rounded to PREC bits (half to even), in the exact form when that is
     * short, or null when the magnitude leaves big.Float's range.
     */
    static Constant.Float binary(BigInteger m, long e) {
        if (m.signum() == 0) {
            return new Constant.Float(BigInteger.ZERO, BigInteger.ONE);
        }
        int extra = m.bitLength() - PREC;
        if (extra > 0) {
            boolean neg = m.signum() < 0;
            BigInteger a = m.abs();
            BigInteger kept = a.shiftRight(extra);
            boolean half = a.testBit(extra - 1);
            boolean sticky = a.getLowestSetBit() < extra - 1;
            if (half && (sticky || kept.testBit(0))) {
                kept = kept.add(BigInteger.ONE);
            }
            m = neg ? kept.negate() : kept;
            e += extra;
        }
        int tz = m.getLowestSetBit();
        m = m.shiftRight(tz);
        e += tz;
        long top = e + m.bitLength();
        if (top > MAX_EXP) {
            return null;
        }
        if (top < -MAX_EXP) {
            return new Constant.Float(BigInteger.ZERO, BigInteger.ONE);
        }
        if (e >= 0 && top <= EXACT_BITS) {
            return new Constant.Float(m.shiftLeft((int) e), BigInteger.ONE);
        }
        if (e < 0 && -e <= EXACT_BITS) {
            return new Constant.Float(m, BigInteger.ONE.shiftLeft((int) -e));
        }
        return new Constant.Float(m, e, true);
    }

    /** The value {@code unscaled × 10^exp10} of a literal or a double. */
    static Constant.Float ofDecimal(BigInteger unscaled, long exp10) {
        if (Math.abs(exp10) <= 1200 && unscaled.bitLength() <= EXACT_BITS) {
            return exp10 >= 0
                    ? new Constant.Float(unscaled.multiply(BigInteger.TEN.pow((int) exp10)), BigInteger.ONE)
                    : new Constant.Float(unscaled, BigInteger.TEN.pow((int) -exp10));
        }
        Constant.Float m = round(unscaled, BigInteger.ONE);
        Constant.Float p = pow10(Math.abs(exp10));
        if (m == null || p == null) {
            return exp10 < 0 && p == null ? new Constant.Float(BigInteger.ZERO, BigInteger.ONE) : null;
        }
        return exp10 >= 0 ? mul(m, p) : quo(m, p);
    }

    /** 10^k to PREC bits by repeated squaring (k up to big.Float's range), or null beyond it. */
    static Constant.Float pow10(long k) {
        Constant.Float result = new Constant.Float(BigInteger.ONE, BigInteger.ONE);
        Constant.Float base = new Constant.Float(BigInteger.TEN, BigInteger.ONE);
        while (k > 0) {
            if ((k & 1) != 0) {
                result = mul(result, base);
                if (result == null) {
                    return null;
                }
            }
            k >>= 1;
            if (k > 0) {
                base = mul(base, base);
                if (base == null) {
                    return null;
                }
            }
        }
        return result;
    }

    // ---- arithmetic: each operand as m × 2^e with at most a few hundred bits ----

    private record Bin(BigInteger m, long e) {
        long top() {
            return e + m.bitLength();
        }
    }

    private static Bin bin(Constant.Float f) {
        if (!f.exact()) {
            return new Bin(f.mant, f.exp);
        }
        if (f.num().signum() == 0) {
            return new Bin(BigInteger.ZERO, 0);
        }
        int shift = PREC + GUARD - (f.num().bitLength() - f.den().bitLength());
        if (shift <= 0 && f.den().equals(BigInteger.ONE)) {
            return new Bin(f.num(), 0);
        }
        BigInteger q = shift >= 0 ? f.num().shiftLeft(shift).divide(f.den()) : f.num().divide(f.den().shiftLeft(-shift));
        return new Bin(q, -(long) shift);
    }

    /** x + y, exact while both are exact; null if the result is out of range. */
    static Constant.Float add(Constant.Float x, Constant.Float y) {
        if (x.exact() && y.exact()) {
            return new Constant.Float(x.num().multiply(y.den()).add(y.num().multiply(x.den())), x.den().multiply(y.den()));
        }
        Bin a = bin(x);
        Bin b = bin(y);
        if (a.m().signum() == 0) {
            return y;
        }
        if (b.m().signum() == 0) {
            return x;
        }
        // One operand below the other's last kept bit does not change the rounded sum.
        if (a.top() - b.top() > PREC + GUARD) {
            return x;
        }
        if (b.top() - a.top() > PREC + GUARD) {
            return y;
        }
        long e = Math.min(a.e(), b.e());
        BigInteger sum = a.m().shiftLeft((int) (a.e() - e)).add(b.m().shiftLeft((int) (b.e() - e)));
        return binary(sum, e);
    }

    static Constant.Float negate(Constant.Float x) {
        return x.exact() ? new Constant.Float(x.num().negate(), x.den()) : new Constant.Float(x.mant.negate(), x.exp, true);
    }

    static Constant.Float sub(Constant.Float x, Constant.Float y) {
        return add(x, negate(y));
    }

    static Constant.Float mul(Constant.Float x, Constant.Float y) {
        if (x.exact() && y.exact()) {
            return new Constant.Float(x.num().multiply(y.num()), x.den().multiply(y.den()));
        }
        Bin a = bin(x);
        Bin b = bin(y);
        return binary(a.m().multiply(b.m()), a.e() + b.e());
    }

    /** x / y, y not zero. */
    static Constant.Float quo(Constant.Float x, Constant.Float y) {
        if (x.exact() && y.exact()) {
            return new Constant.Float(x.num().multiply(y.den()), x.den().multiply(y.num()));
        }
        Bin a = bin(x);
        Bin b = bin(y);
        int shift = PREC + GUARD + b.m().bitLength();
        return binary(a.m().shiftLeft(shift).divide(b.m()), a.e() - b.e() - shift);
    }

    /** Sign of x − y. */
    static int compare(Constant.Float x, Constant.Float y) {
        if (x.exact() && y.exact()) {
            return x.num().multiply(y.den()).compareTo(y.num().multiply(x.den()));
        }
        Constant.Float d = sub(x, y);
        if (d == null) {
            // Out of range only when the operands differ hugely: the larger one decides.
            Bin a = bin(x);
            Bin b = bin(y);
            return a.top() > b.top() ? a.m().signum() : -b.m().signum();
        }
        return d.signum();
    }

    /** The nearest double (±Inf or 0 when out of its range). */
    static double toDouble(Constant.Float f) {
        BigInteger m = f.mant;
        long top = f.exp + m.bitLength();
        if (top > 1100) {
            return m.signum() * Double.POSITIVE_INFINITY;
        }
        if (top < -1100) {
            return m.signum() < 0 ? -0.0 : 0.0;
        }
        return new BigDecimal(m).multiply(f.exp >= 0
                ? new BigDecimal(BigInteger.ONE.shiftLeft((int) f.exp))
                : BigDecimal.ONE.divide(new BigDecimal(BigInteger.ONE.shiftLeft((int) -f.exp)))).doubleValue();
    }

    /** go/constant's String for a big float: {@code %.6g}, e.g. {@code 1e+10000000}. */
    static String format(Constant.Float f) {
        double d = f.toDouble();
        if (!Double.isInfinite(d) && d != 0) {
            return shortG(new BigDecimal(d));
        }
        // Decimal exponent estimate, then six digits of x / 10^(k-5), corrected by one if off.
        Bin a = bin(f);
        long k = (long) Math.floor((a.top() - 1) * Math.log10(2));
        for (int attempt = 0; attempt < 3; attempt++) {
            Constant.Float scale = pow10(Math.abs(k - 5));
            Constant.Float scaled = k - 5 >= 0 ? quo(f, scale) : mul(f, scale);
            Bin s = bin(scaled);
            BigDecimal v = new BigDecimal(s.m()).multiply(s.e() >= 0
                    ? new BigDecimal(BigInteger.ONE.shiftLeft((int) s.e()))
                    : BigDecimal.ONE.divide(new BigDecimal(BigInteger.ONE.shiftLeft((int) -s.e()))));
            BigInteger digits = v.abs().setScale(0, RoundingMode.HALF_EVEN).toBigInteger();
            if (digits.compareTo(BigInteger.valueOf(1_000_000)) >= 0) {
                k++;
                continue;
            }
            if (digits.compareTo(BigInteger.valueOf(100_000)) < 0) {
                k--;
                continue;
            }
            String ds = digits.toString().replaceAll("0+$", "");
            String mant = ds.length() == 1 ? ds : ds.charAt(0) + "." + ds.substring(1);
            return (f.signum() < 0 ? "-" : "") + mant + "e" + (k < 0 ? "-" : "+") + (Math.abs(k) < 10 ? "0" : "") + Math.abs(k);
        }
        return f.signum() < 0 ? "-Inf" : "+Inf";
    }

    private static String shortG(BigDecimal bd) {
        bd = bd.round(new MathContext(6, RoundingMode.HALF_EVEN)).stripTrailingZeros();
        int exp = bd.precision() - bd.scale() - 1;
        if (exp < -4 || exp >= 21) {
            String m = bd.movePointLeft(exp).stripTrailingZeros().toPlainString();
            return m + "e" + (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
        }
        return bd.toPlainString();
    }
}
