package dev.spindle.lang.compile;

/**
 * Where a value lives on the two-halved operand stack and how it boxes. The compiler derives
 * a kind from each static type; the VM uses it to box and unbox at the boundaries.
 */
public final class Kind {
    private Kind() {}

    /** Integer kinds: long half, boxes to Long. */
    public static final int INT = 0;
    /** bool: long half (0/1), boxes to Boolean. */
    public static final int BOOL = 1;
    /** float64 and float32: long half (raw bits), boxes to Double. */
    public static final int FLOAT = 2;
    /** Everything else: Object half. */
    public static final int REF = 3;

    /** NARROW operand codes: the low byte is the bit width, bit 8 set for unsigned. */
    public static int narrowCode(int bits, boolean unsigned) {
        return bits | (unsigned ? 0x100 : 0);
    }

    /** Wraps x to the width of a NARROW code. */
    public static long narrow(long x, int code) {
        int bits = code & 0xFF;
        if (bits >= 64) {
            return x;
        }
        if ((code & 0x100) != 0) {
            return x & ((1L << bits) - 1);
        }
        int shift = 64 - bits;
        return (x << shift) >> shift;
    }

    public static String name(int kind) {
        return switch (kind) {
            case INT -> "int";
            case BOOL -> "bool";
            case FLOAT -> "float";
            default -> "ref";
        };
    }
}
