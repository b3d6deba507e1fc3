package dev.spindle.lang.types;

/**
 * Go's size of a type on amd64, saturating instead of overflowing, for gc's check that no
 * type is larger than the address space ({@code type [1<<62]byte larger than address space}).
 * Only arrays can make a type that large, so only they are checked.
 */
final class TypeSizes {
    private TypeSizes() {}

    /** gc's MaxWidth on amd64: 1<<50 bytes. */
    static final long MAX_WIDTH = 1L << 50;

    /** The size in bytes, or {@link Long#MAX_VALUE} when it is beyond any address space. */
    static long of(Type t) {
        return of(t, 0);
    }

    private static long of(Type t, int depth) {
        if (depth > 100 || (t instanceof Named n && !n.hasUnderlying())) {
            return 8; // a recursive type, reported elsewhere
        }
        Type u = t.underlying();
        return switch (u) {
            case Basic b -> switch (b.kind()) {
                case BOOL, INT8, UINT8 -> 1;
                case INT16, UINT16 -> 2;
                case INT32, UINT32, FLOAT32 -> 4;
                case STRING -> 16;
                default -> 8;
            };
            case Slice s -> 24;
            case Interface i -> 16;
            case Array a -> saturatingMultiply(a.length(), of(a.elem(), depth + 1));
            case Struct s -> {
                long sum = 0;
                for (Struct.Field f : s.fields()) {
                    sum = saturatingAdd(sum, of(f.type(), depth + 1));
                }
                yield sum;
            }
            case null, default -> 8;
        };
    }

    private static long saturatingMultiply(long a, long b) {
        long hi = Math.multiplyHigh(a, b);
        long lo = a * b;
        return hi != 0 || lo < 0 ? Long.MAX_VALUE : lo;
    }

    private static long saturatingAdd(long a, long b) {
        long r = a + b;
        return r < 0 ? Long.MAX_VALUE : r;
    }
}
