package dev.spindle.lang.types;

import java.math.BigInteger;

/**
 * Whether a constant value fits a basic type, and the value it takes there: Go's
 * representability rules. Integers must be in range; floats are rounded to the type
 * (and must stay finite); a float becomes an integer only when it is integral.
 */
public final class Representable {
    private Representable() {
    }

    /** Why a constant does not fit: it is too large, has a fraction, or is of the wrong kind. */
    public enum Failure { OVERFLOWS, TRUNCATED, MISMATCH }

    /** The outcome: the value as stored in the type, or the failure. */
    public record Result(Constant value, Failure failure) {
        public boolean ok() {
            return failure == null;
        }
    }

    public static Result check(Constant c, Basic t) {
        if (t.kind() == Basic.Kind.INVALID) {
            return new Result(c, null);
        }
        if (t.isBoolean()) {
            return c instanceof Constant.Bool ? new Result(c, null) : new Result(null, Failure.MISMATCH);
        }
        if (t.isString()) {
            return c instanceof Constant.Str ? new Result(c, null) : new Result(null, Failure.MISMATCH);
        }
        if (t.isInteger()) {
            if (!(c instanceof Constant.Int) && !(c instanceof Constant.Float)) {
                return new Result(null, Failure.MISMATCH);
            }
            BigInteger v = c.toBigInteger();
            if (v == null) {
                return new Result(null, Failure.TRUNCATED);
            }
            if (t.isUntyped()) {
                return new Result(new Constant.Int(v), null);
            }
            // types2 calls every float -> integer failure "truncated", 1e300 included.
            return fitsInt(v, t) ? new Result(new Constant.Int(v), null)
                    : new Result(null, c instanceof Constant.Float ? Failure.TRUNCATED : Failure.OVERFLOWS);
        }
        if (t.isFloat()) {
            Constant.Float f = c.toFloat();
            if (f == null) {
                return new Result(null, Failure.MISMATCH);
            }
            if (t.isUntyped()) {
                return new Result(f, null);
            }
            double d = f.toDouble();
            if (t.kind() == Basic.Kind.FLOAT32) {
                float fl = (float) d;
                if (Float.isInfinite(fl)) {
                    return new Result(null, Failure.OVERFLOWS);
                }
                return new Result(Constant.Float.of((double) fl), null);
            }
            if (Double.isInfinite(d)) {
                return new Result(null, Failure.OVERFLOWS);
            }
            // Keep the exact value when it is an integer that a double holds exactly.
            return new Result(Constant.Float.of(d), null);
        }
        return new Result(null, Failure.MISMATCH);
    }

    static boolean fitsInt(BigInteger v, Basic t) {
        int bits = t.bits();
        if (t.isUnsigned()) {
            return v.signum() >= 0 && v.bitLength() <= bits;
        }
        return v.bitLength() <= bits - 1;
    }
}
