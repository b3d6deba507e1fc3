package dev.spindle.vm;

import dev.spindle.lang.compile.Kind;

/** Boxing between the interpreter's long halves and the value representation. */
final class Values {
    private Values() {}

    /** The long-half encoding of a boxed scalar (null is the zero value). */
    static long unbox(Object o) {
        if (o instanceof Long l) {
            return l;
        }
        if (o instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (o instanceof Double d) {
            return Double.doubleToRawLongBits(d);
        }
        return 0;
    }

    /** The boxed value of a long half of the given kind. */
    static Object box(long x, int kind) {
        return switch (kind) {
            case Kind.INT -> x;
            case Kind.BOOL -> x != 0;
            case Kind.FLOAT -> Double.longBitsToDouble(x);
            default -> throw new IllegalArgumentException("not a scalar kind: " + kind);
        };
    }
}
