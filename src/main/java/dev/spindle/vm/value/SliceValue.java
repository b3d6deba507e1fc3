package dev.spindle.vm.value;


/**
 * A Go slice: a window {@code [offset, offset+len)} onto a shared backing array, with room
 * up to {@code offset+cap}. A nil slice is {@code null}. Slices are immutable descriptors
 * (like Go's slice header); the backing array is shared and mutable.
 */
public final class SliceValue {
    /** The backing store ({@link Elems}: an Object[] or a scalar array), shared with every slice cut from it. */
    public final Object array;
    public final int offset;
    public final int len;
    public final int cap;
    /**
     * Who owns the backing array ({@link Owned}): one cell shared by every slice cut from it,
     * or the {@link ArrayValue} a slice of an array is cut from.
     */
    public final Owned cell;

    /** A slice of a new backing array, owned by the goroutine making it. */
    public SliceValue(Object array, int offset, int len, int cap) {
        this(array, new Owned.Cell(), offset, len, cap);
    }

    /** A slice of {@code array}, which {@code cell} owns (another slice's cell, or the array value). */
    public SliceValue(Object array, Owned cell, int offset, int len, int cap) {
        this.cell = cell;
        this.array = array;
        this.offset = offset;
        this.len = len;
        this.cap = cap;
    }

    /** A slice over all of {@code elems} (len = cap = elems.length). */
    public static SliceValue of(Object... elems) {
        return new SliceValue(elems, 0, elems.length, elems.length);
    }

    /** {@code make([]T, len, cap)} with every element a copy of {@code zero}, in a {@code backing} store. */
    public static SliceValue make(int len, int cap, Object zero, boolean inline, int backing) {
        Object a = Elems.alloc(backing, cap);
        fill(a, 0, cap, zero, inline);
        return new SliceValue(a, 0, len, cap);
    }

    /** Element {@code i}; the caller has checked bounds. */
    public Object get(int i) {
        return Elems.get(array, offset + i);
    }

    /** Sets element {@code i}; the caller has checked bounds. */
    public void set(int i, Object v) {
        Elems.set(array, offset + i, v);
    }

    /** The elements, boxed, as a fresh array (len elements). */
    public Object[] toArray() {
        return Elems.boxed(array, offset, len);
    }

    /** {@code s[lo:hi:max]} with indexes already checked ({@code 0 <= lo <= hi <= max <= cap}). */
    public SliceValue slice(int lo, int hi, int max) {
        return new SliceValue(array, cell, offset + lo, hi - lo, max - lo);
    }

    /**
     * Go's {@code append(s, vs...)}: in place when the capacity suffices, else into a new
     * backing array grown by {@link #grownCap} (elements beyond len are copies of
     * {@code zero}) of kind {@code backing}. {@code s} may be null (a nil slice). {@code vs} is
     * a store ({@link Elems}); values must already be copies if they are aggregates.
     */
    public static SliceValue append(SliceValue s, Object vs, int from, int count, long elemSize, Object zero, boolean inline, int backing) {
        if (count == 0) {
            return s;
        }
        int oldLen = s == null ? 0 : s.len;
        int oldCap = s == null ? 0 : s.cap;
        int newLen = oldLen + count;
        if (newLen < 0) {
            throw new IllegalStateException("growslice: len out of range");
        }
        if (s != null && newLen <= oldCap) {
            Elems.copy(vs, from, s.array, s.offset + oldLen, count);
            return new SliceValue(s.array, s.cell, s.offset, newLen, oldCap);
        }
        int newCap = grownCap(oldCap, newLen, elemSize);
        // the new array is the element type's store, whatever s's was (a literal's is an Object[])
        Object a = Elems.alloc(backing, newCap);
        if (s != null) {
            Elems.copy(s.array, s.offset, a, 0, oldLen);
        }
        Elems.copy(vs, from, a, oldLen, count);
        fill(a, newLen, newCap, zero, inline);
        return new SliceValue(a, 0, newLen, newCap);
    }

    /** append of a single value. */
    public static SliceValue append1(SliceValue s, Object v, long elemSize, Object zero, boolean inline, int backing) {
        if (s != null && s.len < s.cap) {
            Elems.set(s.array, s.offset + s.len, v);
            return new SliceValue(s.array, s.cell, s.offset, s.len + 1, s.cap);
        }
        return append(s, new Object[] {v}, 0, 1, elemSize, zero, inline, backing);
    }

    /**
     * The capacity Go's growslice picks (Go 1.20+): double small slices, grow large ones by
     * about 1.25x with a smooth transition at 256, never less than needed, then round the
     * byte size up to a malloc size class.
     */
    public static int grownCap(int oldCap, int newLen, long elemSize) {
        long newCap = oldCap;
        long doubleCap = newCap + newCap;
        if (newLen > doubleCap) {
            newCap = newLen;
        } else {
            final int threshold = 256;
            if (oldCap < threshold) {
                newCap = doubleCap;
            } else {
                while (0 < newCap && newCap < newLen) {
                    newCap += (newCap + 3 * threshold) >> 2;
                }
                if (newCap <= 0) {
                    newCap = newLen;
                }
            }
        }
        if (elemSize > 0) {
            newCap = SizeClasses.roundUp(newCap * elemSize) / elemSize;
        }
        if (newCap > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("growslice: len out of range");
        }
        return (int) newCap;
    }

    /** Go's {@code copy(dst, src)}: copies min(len) elements (overlap-safe), returns the count. */
    public static int copy(SliceValue dst, SliceValue src, boolean inline) {
        if (dst == null || src == null) {
            return 0;
        }
        int n = Math.min(dst.len, src.len);
        if (!inline) {
            Elems.copy(src.array, src.offset, dst.array, dst.offset, n);
        } else {
            Object[] tmp = new Object[n];
            for (int i = 0; i < n; i++) {
                tmp[i] = Aggregates.copyInline(src.get(i), true);
            }
            Elems.copy(tmp, 0, dst.array, dst.offset, n);
        }
        return n;
    }

    private static void fill(Object a, int from, int to, Object zero, boolean inline) {
        if (zero == null || from >= to) {
            return;
        }
        if (inline) {
            Object[] os = (Object[]) a;
            for (int i = from; i < to; i++) {
                os[i] = Aggregates.copyInline(zero, true);
            }
        } else if (!Elems.scalar(a) || !isZero(zero)) {
            Elems.fill(a, from, to, zero); // a scalar store is born zero
        }
    }

    private static boolean isZero(Object v) {
        return v instanceof Long l ? l == 0 : v instanceof Double d ? Double.doubleToRawLongBits(d) == 0 : v instanceof Boolean b && !b;
    }
}
