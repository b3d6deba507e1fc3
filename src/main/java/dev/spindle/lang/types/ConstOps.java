package dev.spindle.lang.types;

import java.math.BigInteger;

/**
 * Exact arithmetic on {@link Constant}s, as Go's go/constant does it. Operands are already
 * brought to a common kind by the checker: both Int (integer arithmetic, {@code /} truncates),
 * or at least one Float (rational arithmetic). Division by zero is the caller's check.
 */
public final class ConstOps {
    private ConstOps() {
    }

    /**
     * Longest constant string, in bytes. Go has no limit (1.19 runs out of memory doubling a
     * constant 60 times); no real program needs a constant longer than this, and the checker
     * must not be the one to take the JVM's heap.
     */
    public static final int MAX_STRING = 1 << 24;

    /** {@code x op y} for arithmetic, bitwise and logical operators; null if op does not apply. */
    public static Constant binary(String op, Constant x, Constant y, boolean integer) {
        if (x instanceof Constant.Bool a && y instanceof Constant.Bool b) {
            return switch (op) {
                case "&&" -> new Constant.Bool(a.value() && b.value());
                case "||" -> new Constant.Bool(a.value() || b.value());
                default -> null;
            };
        }
        if (x instanceof Constant.Str a && y instanceof Constant.Str b) {
            if (op.equals("+") && a.length() + b.length() > MAX_STRING) {
                return null; // the checker reports it: constant string too long
            }
            return op.equals("+") ? Constant.Str.concat(a, b) : null;
        }
        if (integer) {
            BigInteger a = x.toBigInteger();
            BigInteger b = y.toBigInteger();
            if (a == null || b == null) {
                return null;
            }
            return switch (op) {
                case "+" -> new Constant.Int(a.add(b));
                case "-" -> new Constant.Int(a.subtract(b));
                case "*" -> new Constant.Int(a.multiply(b));
                case "/" -> new Constant.Int(a.divide(b));
                case "%" -> new Constant.Int(a.remainder(b));
                case "&" -> new Constant.Int(a.and(b));
                case "|" -> new Constant.Int(a.or(b));
                case "^" -> new Constant.Int(a.xor(b));
                case "&^" -> new Constant.Int(a.andNot(b));
                default -> null;
            };
        }
        Constant.Float a = x.toFloat();
        Constant.Float b = y.toFloat();
        if (a == null || b == null) {
            return null;
        }
        return switch (op) {
            // null when the result leaves big.Float's range (the checker reports it).
            case "+" -> FloatConsts.add(a, b);
            case "-" -> FloatConsts.sub(a, b);
            case "*" -> FloatConsts.mul(a, b);
            case "/" -> FloatConsts.quo(a, b);
            default -> null;
        };
    }

    /** {@code x << s} or {@code x >> s}; x integral. */
    public static Constant shift(String op, Constant x, int s) {
        BigInteger a = x.toBigInteger();
        return new Constant.Int(op.equals("<<") ? a.shiftLeft(s) : a.shiftRight(s));
    }

    /** Comparison; both operands of the same kind (numbers compared as rationals). */
    public static boolean compare(String op, Constant x, Constant y) {
        int c;
        if (x instanceof Constant.Bool a && y instanceof Constant.Bool b) {
            c = a.value() == b.value() ? 0 : 1;
        } else if (x instanceof Constant.Str a && y instanceof Constant.Str b) {
            c = Integer.signum(a.value().compareTo(b.value()));
        } else {
            c = Integer.signum(FloatConsts.compare(x.toFloat(), y.toFloat()));
        }
        return switch (op) {
            case "==" -> c == 0;
            case "!=" -> c != 0;
            case "<" -> c < 0;
            case "<=" -> c <= 0;
            case ">" -> c > 0;
            case ">=" -> c >= 0;
            default -> false;
        };
    }

    /**
     * Unary {@code op x}. For {@code ^} on a typed unsigned constant Go complements within
     * the type's width; {@code unsignedBits} is that width, or 0 for signed/untyped.
     */
    public static Constant unary(String op, Constant x, int unsignedBits) {
        return switch (op) {
            case "+" -> x;
            case "-" -> switch (x) {
                case Constant.Int i -> new Constant.Int(i.value().negate());
                case Constant.Float f -> FloatConsts.negate(f);
                default -> null;
            };
            case "!" -> x instanceof Constant.Bool b ? new Constant.Bool(!b.value()) : null;
            case "^" -> {
                BigInteger v = x.toBigInteger();
                if (v == null) {
                    yield null;
                }
                if (unsignedBits > 0) {
                    BigInteger mask = BigInteger.ONE.shiftLeft(unsignedBits).subtract(BigInteger.ONE);
                    yield new Constant.Int(v.xor(mask));
                }
                yield new Constant.Int(v.not());
            }
            default -> null;
        };
    }

    public static boolean isZero(Constant c) {
        return switch (c) {
            case Constant.Int i -> i.value().signum() == 0;
            case Constant.Float f -> f.signum() == 0;
            default -> false;
        };
    }
}
