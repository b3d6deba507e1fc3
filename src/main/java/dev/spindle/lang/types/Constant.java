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

    /** A string constant holding Go's bytes, one char per byte (see the value representation). */
    record Str(String value) implements Constant {
        @Override
        public String toString() {
            return GoQuote.quote(value);
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

    /** An exact rational {@code num/den}, den > 0, in lowest terms. */
    record Float(BigInteger num, BigInteger den) implements Constant {
        public Float {
            if (den.signum() < 0) {
                num = num.negate();
                den = den.negate();
            }
            BigInteger g = num.gcd(den);
            if (g.signum() != 0 && !g.equals(BigInteger.ONE)) {
                num = num.divide(g);
                den = den.divide(g);
            }
        }

        public static Float of(BigInteger i) {
            return new Float(i, BigInteger.ONE);
        }

        public static Float of(double d) {
            BigDecimal bd = new BigDecimal(d);
            return ofDecimal(bd);
        }

        public static Float ofDecimal(BigDecimal bd) {
            if (bd.scale() <= 0) {
                return new Float(bd.toBigIntegerExact(), BigInteger.ONE);
            }
            return new Float(bd.unscaledValue(), BigInteger.TEN.pow(bd.scale()));
        }

        public boolean isInteger() {
            return den.equals(BigInteger.ONE);
        }

        public double toDouble() {
            return new BigDecimal(num).divide(new BigDecimal(den), MathContext.DECIMAL128).doubleValue();
        }

        @Override
        public String toString() {
            return formatFloat(this);
        }
    }

    /** Go's constant.Value String for floats: integers in full when short, else %.6g. */
    private static String formatFloat(Float f) {
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
            case Float f -> f.isInteger() ? f.num() : null;
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
