package dev.spindle.lang.compile;

/**
 * Which Java array holds the elements of a slice or array of an element type: scalars are
 * stored unboxed ({@code make([]byte, 256<<20)} is 256 MB of {@code byte[]}, not a GB of
 * references to boxed zeros), everything else in an {@code Object[]}. The vm's
 * {@code value.Elems} allocates by these codes and reads any of the arrays.
 */
public final class Backing {
    private Backing() {}

    /** {@code Object[]} of the value representation (strings, aggregates, pointers, ...). */
    public static final int REF = 0;
    /** {@code long[]}: every integer type but uint8, normalized to its width as on the stack. */
    public static final int LONG = 1;
    /** {@code byte[]}: uint8 (byte), read back as 0..255. */
    public static final int BYTE = 2;
    /** {@code double[]}: float64 and float32 (a float32 is a double rounded to float32). */
    public static final int DOUBLE = 3;
    /** {@code boolean[]}: bool. */
    public static final int BOOL = 4;
}
