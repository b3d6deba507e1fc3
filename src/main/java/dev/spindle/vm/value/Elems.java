package dev.spindle.vm.value;

import dev.spindle.lang.compile.Backing;
import java.util.Arrays;

/**
 * The backing store of a slice or an array: an {@code Object[]} of the value representation,
 * or, for scalar element types, a primitive array ({@link Backing}): {@code long[]} for the
 * integer types but uint8, {@code byte[]} for uint8, {@code double[]} for floats,
 * {@code boolean[]} for bool. Every read and write of a store goes through here, so nothing
 * else knows which it is; the boxed forms are those of the value representation (Long,
 * Double, Boolean). Stores of one Go type may differ (a literal's elements are an
 * {@code Object[]}, a make's are typed): copies between them convert element by element.
 */
public final class Elems {
    private Elems() {}

    /** Boxed bytes: a byte slice's elements read as Long without allocating. */
    private static final Long[] BYTES = new Long[256];

    static {
        for (int i = 0; i < BYTES.length; i++) {
            BYTES[i] = (long) i;
        }
    }

    /** A store of {@code n} elements of {@code backing} (scalar stores hold their zero). */
    public static Object alloc(int backing, int n) {
        if (n >= LargeStores.LARGE_ELEMS >> 3) {
            LargeStores.reserve(backing, n);
        }
        return switch (backing) {
            case Backing.LONG -> new long[n];
            case Backing.BYTE -> new byte[n];
            case Backing.DOUBLE -> new double[n];
            case Backing.BOOL -> new boolean[n];
            default -> new Object[n];
        };
    }

    /** Element {@code at} of {@code store}, boxed as the value representation boxes it. */
    public static Object get(Object store, int at) {
        if (store instanceof Object[] a) {
            return a[at];
        }
        if (store instanceof long[] a) {
            return a[at];
        }
        if (store instanceof byte[] a) {
            return BYTES[a[at] & 0xFF];
        }
        if (store instanceof double[] a) {
            return a[at];
        }
        return ((boolean[]) store)[at];
    }

    /** Sets element {@code at} of {@code store} to {@code v} (a Long, Double or Boolean for a scalar store). */
    public static void set(Object store, int at, Object v) {
        if (store instanceof Object[] a) {
            a[at] = v;
        } else if (store instanceof long[] a) {
            a[at] = (Long) v;
        } else if (store instanceof byte[] a) {
            a[at] = (byte) (long) (Long) v;
        } else if (store instanceof double[] a) {
            a[at] = (Double) v;
        } else {
            ((boolean[]) store)[at] = (Boolean) v;
        }
    }

    /**
     * Element {@code at} as the operand stack holds a scalar (an integer, a float's raw bits,
     * a bool as 0/1). {@code store} must be {@link #scalar}: the caller unboxes an {@code Object[]}'s.
     */
    public static long bits(Object store, int at) {
        if (store instanceof long[] a) {
            return a[at];
        }
        if (store instanceof byte[] a) {
            return a[at] & 0xFF;
        }
        if (store instanceof double[] a) {
            return Double.doubleToRawLongBits(a[at]);
        }
        return ((boolean[]) store)[at] ? 1 : 0;
    }

    /** Sets element {@code at} of a scalar store from its operand-stack form (see {@link #bits}). */
    public static void setBits(Object store, int at, long bits) {
        if (store instanceof long[] a) {
            a[at] = bits;
        } else if (store instanceof byte[] a) {
            a[at] = (byte) bits;
        } else if (store instanceof double[] a) {
            a[at] = Double.longBitsToDouble(bits);
        } else {
            ((boolean[]) store)[at] = bits != 0;
        }
    }

    /** Whether {@code store} holds its elements unboxed. */
    public static boolean scalar(Object store) {
        return !(store instanceof Object[]);
    }

    /** The number of elements of {@code store}. */
    public static int length(Object store) {
        if (store instanceof Object[] a) {
            return a.length;
        }
        if (store instanceof long[] a) {
            return a.length;
        }
        if (store instanceof byte[] a) {
            return a.length;
        }
        if (store instanceof double[] a) {
            return a.length;
        }
        return ((boolean[]) store).length;
    }

    /** A store like {@code store} (same kind) of {@code n} elements, its first ones copied from it. */
    public static Object copyOf(Object store, int n) {
        if (n >= LargeStores.LARGE_ELEMS >> 3) {
            LargeStores.reserve(backingOf(store), n);
        }
        if (store instanceof Object[] a) {
            return Arrays.copyOf(a, n);
        }
        if (store instanceof long[] a) {
            return Arrays.copyOf(a, n);
        }
        if (store instanceof byte[] a) {
            return Arrays.copyOf(a, n);
        }
        if (store instanceof double[] a) {
            return Arrays.copyOf(a, n);
        }
        return Arrays.copyOf((boolean[]) store, n);
    }

    /**
     * Copies {@code n} elements of {@code src} from {@code from} to {@code dst} at {@code to}:
     * overlap-safe within one store (System.arraycopy), element by element between stores of
     * different kinds (which are different arrays).
     */
    public static void copy(Object src, int from, Object dst, int to, int n) {
        if (n <= 0) {
            return;
        }
        if (src.getClass() == dst.getClass()) {
            System.arraycopy(src, from, dst, to, n);
            return;
        }
        for (int i = 0; i < n; i++) {
            set(dst, to + i, get(src, from + i));
        }
    }

    /** The elements {@code [from, from+n)} boxed, in a fresh {@code Object[]}. */
    public static Object[] boxed(Object store, int from, int n) {
        if (store instanceof Object[] a) {
            return Arrays.copyOfRange(a, from, from + n);
        }
        Object[] out = new Object[n];
        for (int i = 0; i < n; i++) {
            out[i] = get(store, from + i);
        }
        return out;
    }

    /** Sets elements {@code [from, to)} to {@code v}, which must be immutable (a scalar, a string, nil). */
    public static void fill(Object store, int from, int to, Object v) {
        if (store instanceof Object[] a) {
            Arrays.fill(a, from, to, v);
        } else if (store instanceof long[] a) {
            Arrays.fill(a, from, to, (Long) v);
        } else if (store instanceof byte[] a) {
            Arrays.fill(a, from, to, (byte) (long) (Long) v);
        } else if (store instanceof double[] a) {
            Arrays.fill(a, from, to, (Double) v);
        } else {
            Arrays.fill((boolean[]) store, from, to, (Boolean) v);
        }
    }

    /** Sets elements {@code [from, to)} of a {@link #scalar} store to zero. */
    public static void clear(Object store, int from, int to) {
        if (store instanceof long[] a) {
            Arrays.fill(a, from, to, 0L);
        } else if (store instanceof byte[] a) {
            Arrays.fill(a, from, to, (byte) 0);
        } else if (store instanceof double[] a) {
            Arrays.fill(a, from, to, 0.0);
        } else {
            Arrays.fill((boolean[]) store, from, to, false);
        }
    }

    /** The {@link Backing} code of a store's kind. */
    private static int backingOf(Object store) {
        return store instanceof long[] ? Backing.LONG
                : store instanceof byte[] ? Backing.BYTE
                : store instanceof double[] ? Backing.DOUBLE
                : store instanceof boolean[] ? Backing.BOOL
                : Backing.REF;
    }

    /** A copy of the whole store (same kind). */
    static Object copy(Object store) {
        return copyOf(store, length(store));
    }
}
