package dev.spindle.lang.types;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The exact value of a constant expression, with Go's arbitrary precision: integers are
 * {@link BigInteger}s and floating-point constants exact rationals, so {@code 1 << 100 >> 98}
 * is 4 and {@code 1.0 / 3 * 3} is 1. Only when a constant meets a typed context is it
 * checked against the type's range ({@link Representable}) and, for floats, rounded.
 */
public sealed interface Constant {

    record Bool(boolean value) implements Constant {
        @Override
        public String toString() {
            return Boolean.toString(value);
        }
    }

    /**
     * A string constant holding Go's bytes, one char per byte (see the value representation).
     * A sum {@code "a" + "b" + ...} is kept as a rope and joined once, when its value is asked
     * for: joining at every {@code +} made a chain of 50,000 quadratic (go/constant keeps the
     * pieces of a sum for the same reason).
     */
    final class Str implements Constant {
        private String value;
        private Str left;
        private Str right;
        private final long length;

        public Str(String value) {
            this.value = value;
            this.length = value.length();
        }

        private Str(Str left, Str right) {
            this.left = left;
            this.right = right;
            this.length = left.length + right.length;
        }

        /** {@code a + b}, joined lazily. */
        public static Str concat(Str a, Str b) {
            return new Str(a, b);
        }

        /** The length in bytes, without joining. */
        public long length() {
            return length;
        }

        /** The bytes, joined on first use (iteratively: a rope may be 50,000 pieces deep). */
        public synchronized String value() {
            if (value == null) {
                StringBuilder b = new StringBuilder((int) length);
                java.util.ArrayDeque<Str> todo = new java.util.ArrayDeque<>();
                todo.push(this);
                while (!todo.isEmpty()) {
                    Str s = todo.pop();
                    if (s.value != null) {
                        b.append(s.value);
                    } else {
                        todo.push(s.right);
                        todo.push(s.left);
                    }
                }
                value = b.toString();
                left = null;
                right = null;
            }
            return value;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Str s && s.length == length && s.value().equals(value());
        }

        @Override
        public int hashCode() {
            return value().hashCode();
        }

        @Override
        public String toString() {
            return GoQuote.quote(value());
        }
    }

    record Int(BigInteger value) implements Constant {
        public static Int of(long v) {
            return new Int(BigInteger.valueOf(v));
        }

        @Override
        public String toString() {
            return value.toString();
        }
    }

    /**
     * A floating-point constant, as go/constant keeps one: an exact rational {@code num/den}
     * (den > 0, lowest terms) while numerator and denominator stay within
     * {@link FloatConsts#EXACT_BITS} bits, otherwise a binary float {@code mant × 2^exp} with
     * Go's 512-bit mantissa ({@link FloatConsts}). So {@code 1.0 / 3 * 3} is 1, and
     * {@code 1e10000000} or a chain of squarings costs a few words instead of megabytes.
     * A value whose binary exponent leaves big.Float's range is not a constant at all:
     * the operation yields null ("constant result is not representable").
     */
    final class Float implements Constant {
        private final BigInteger num;   // exact form, or null
        private final BigInteger den;
        final BigInteger mant;          // binary form (odd or zero), or null
        final long exp;

        /** The exact value {@code num/den}, rounded to 512 bits if either part is too long. */
        public Float(BigInteger num, BigInteger den) {
            if (den.signum() < 0) {
                num = num.negate();
                den = den.negate();
            }
            BigInteger g = num.gcd(den);
            if (g.signum() != 0 && !g.equals(BigInteger.ONE)) {
                num = num.divide(g);
                den = den.divide(g);
            }
            if (num.bitLength() > FloatConsts.EXACT_BITS || den.bitLength() > FloatConsts.EXACT_BITS) {
                Float r = FloatConsts.round(num, den);
                this.num = r.num;
                this.den = r.den;
                this.mant = r.mant;
                this.exp = r.exp;
            } else {
                this.num = num;
                this.den = den;
                this.mant = null;
                this.exp = 0;
            }
        }

        /** The binary form; callers go through {@link FloatConsts#binary}. */
        Float(BigInteger mant, long exp, boolean binary) {
            this.num = null;
            this.den = null;
            this.mant = mant;
            this.exp = exp;
        }

        public static Float of(BigInteger i) {
            return new Float(i, BigInteger.ONE);
        }

        public static Float of(double d) {
            BigDecimal bd = new BigDecimal(d);
            return ofDecimal(bd);
        }

        /** The value of a decimal, cheaply also for huge exponents ({@code 1e10000000}). */
        public static Float ofDecimal(BigDecimal bd) {
            return FloatConsts.ofDecimal(bd.unscaledValue(), -(long) bd.scale());
        }

        /** Whether this is held exactly as a rational (else it is a 512-bit binary float). */
        boolean exact() {
            return mant == null;
        }

        public boolean isInteger() {
            return exact() ? den.equals(BigInteger.ONE) : exp >= 0;
        }

        /** The numerator; for a binary float of huge magnitude this is a huge number. */
        public BigInteger num() {
            return exact() ? num : exp >= 0 ? mant.shiftLeft(Math.toIntExact(exp)) : mant;
        }

        /** The denominator (a power of two for a binary float). */
        public BigInteger den() {
            return exact() ? den : exp >= 0 ? BigInteger.ONE : BigInteger.ONE.shiftLeft(Math.toIntExact(-exp));
        }

        public int signum() {
            return exact() ? num.signum() : mant.signum();
        }

        public double toDouble() {
            if (!exact()) {
                return FloatConsts.toDouble(this);
            }
            return new BigDecimal(num).divide(new BigDecimal(den), MathContext.DECIMAL128).doubleValue();
        }

        /**
         * Integer value if integral, else null. As go/constant's ToInt, a binary float of
         * 4096 bits or more has no integer value either (gc then says "truncated").
         */
        @Override
        public BigInteger toBigInteger() {
            if (!isInteger()) {
                return null;
            }
            if (!exact() && exp + mant.bitLength() >= FloatConsts.EXACT_BITS) {
                return null;
            }
            return exact() ? num : mant.shiftLeft((int) exp);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Float f && java.util.Objects.equals(num, f.num) && java.util.Objects.equals(den, f.den)
                    && java.util.Objects.equals(mant, f.mant) && exp == f.exp;
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(num, den, mant, exp);
        }

        @Override
        public String toString() {
            return formatFloat(this);
        }
    }

    /** Go's constant.Value String for floats: integers in full when short, else %.6g. */
    private static String formatFloat(Float f) {
        if (!f.exact() || Double.isInfinite(f.toDouble()) || (f.toDouble() == 0 && f.signum() != 0)) {
            return FloatConsts.format(f); // beyond a double's range: the decimal exponent in full
        }
        if (f.isInteger() && f.num().abs().bitLength() < 64) {
            return f.num().toString();
        }
        double d = f.toDouble();
        if (d == 0) {
            return "0";
        }
        BigDecimal bd = new BigDecimal(d).round(new MathContext(6, RoundingMode.HALF_EVEN)).stripTrailingZeros();
        int exp = bd.precision() - bd.scale() - 1;
        if (exp < -4 || exp >= 21) {
            BigDecimal mant = bd.movePointLeft(exp).stripTrailingZeros();
            String m = mant.toPlainString();
            return m + "e" + (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
        }
        return bd.toPlainString();
    }

    /** Integer value of an Int, or of an integral Float; null otherwise. */
    default BigInteger toBigInteger() {
        return switch (this) {
            case Int i -> i.value();
            case Float f -> f.toBigInteger();
            default -> null;
        };
    }

    /** Numeric value as a rational (Int promoted); null for bool and string. */
    default Float toFloat() {
        return switch (this) {
            case Int i -> Float.of(i.value());
            case Float f -> f;
            default -> null;
        };
    }
}
