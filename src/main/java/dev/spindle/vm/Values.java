package dev.spindle.vm;

import dev.spindle.lang.compile.Kind;

/** Boxing between the interpreter's long halves and the value representation. */
final class Values {
    private Values() {}

    /** The long-half encoding of a boxed scalar (null is the zero value). */
    static long unbox(Object o) {
        // Small enough for C2 to inline into a long compiled function (its budget counts bytecode):
        // the two common kinds here, the rest out of line.
        if (o instanceof Long l) {
            return l;
        }
        if (o instanceof Double d) {
            return Double.doubleToRawLongBits(d);
        }
        return unboxRest(o);
    }

    private static long unboxRest(Object o) {
        if (o instanceof Boolean b) {
            return b ? 1 : 0;
        }
        return 0;
    }

    /** The boxed value of a long half of the given kind. */
    static Object box(long x, int kind) {
        return switch (kind) {
            case Kind.INT -> boxInt(x);
            case Kind.BOOL -> boxBool(x);
            case Kind.FLOAT -> boxFloat(x);
            default -> throw new IllegalArgumentException("not a scalar kind: " + kind);
        };
    }

    // One per kind, for compiled code that knows the kind: a call C2 inlines whatever the caller's size.

    static Object boxInt(long x) {
        return x;
    }

    static Object boxBool(long x) {
        return x != 0;
    }

    static Object boxFloat(long x) {
        return Double.longBitsToDouble(x);
    }
}
