package dev.spindle.vm;

import dev.spindle.lang.compile.ElemInfo;
import dev.spindle.vm.value.ArrayValue;
import dev.spindle.vm.value.ElemPointer;
import dev.spindle.vm.value.Elems;
import dev.spindle.vm.value.GoString;
import dev.spindle.vm.value.IfaceValue;
import dev.spindle.vm.value.MapValue;
import dev.spindle.vm.value.Owned;
import dev.spindle.vm.value.Pointer;
import dev.spindle.vm.value.SliceValue;
import dev.spindle.vm.value.StructValue;
import java.util.Arrays;

/** The less common instructions' work, kept out of the interpreter loop to keep it small. */
final class Ops {
    private Ops() {}

    /**
     * The most elements one make or append may allocate: the largest Java array. Short of it
     * the Java heap decides (an OutOfMemoryError is Go's {@code fatal error: out of memory}),
     * so that a 256 MB make Go satisfies is satisfied here too.
     */
    static final long MAX_ELEMS = Integer.MAX_VALUE - 8;
    /** Go's maxAlloc on linux/amd64. */
    static final long MAX_ALLOC = 1L << 48;

    /** A zero value from its template: aggregates are copied, everything else is immutable. */
    static Object zero(Object template) {
        if (template instanceof StructValue s) {
            return s.copy();
        }
        if (template instanceof ArrayValue a) {
            return a.copy();
        }
        return template;
    }

    static Object copy(Object v) {
        if (v instanceof StructValue s) {
            return s.copy();
        }
        if (v instanceof ArrayValue a) {
            return a.copy();
        }
        return v;
    }

    static void assign(Object dst, Object src) {
        if (dst == null) {
            throw RuntimeErrors.nilDeref();
        }
        if (dst instanceof StructValue d) {
            d.assignFrom((StructValue) src);
        } else {
            ((ArrayValue) dst).assignFrom((ArrayValue) src);
        }
    }

    static long shl(long x, long n) {
        if (n < 0) {
            throw RuntimeErrors.shift();
        }
        return n >= 64 ? 0 : x << n;
    }

    static long shr(long x, long n) {
        if (n < 0) {
            throw RuntimeErrors.shift();
        }
        return n >= 64 ? (x < 0 ? -1 : 0) : x >> n;
    }

    static long shru(long x, long n) {
        if (n < 0) {
            throw RuntimeErrors.shift();
        }
        return n >= 64 ? 0 : x >>> n;
    }

    static double unsignedToDouble(long x) {
        if (x >= 0) {
            return x;
        }
        return ((x >>> 1) | (x & 1)) * 2.0;
    }

    static long doubleToUnsigned(double d) {
        if (d < 9.223372036854775807E18) {
            return (long) d;
        }
        return ((long) (d / 2)) << 1;
    }

    static boolean goEquals(Object a, Object b) {
        if (a == b) {
            if (a instanceof IfaceValue iv) {
                iv.checkComparable(); // x == x panics too when x holds a []int
            }
            return true;
        }
        if (a == null || b == null) {
            return false;
        }
        if (a instanceof Double x && b instanceof Double y) {
            return x.doubleValue() == y.doubleValue();
        }
        return a.equals(b);
    }

    static boolean samePointer(Object a, Object b) {
        return a instanceof Pointer && a.equals(b);
    }

    static String sliceString(String s, long lo, long hi) {
        if (hi < 0 || hi > s.length()) {
            throw RuntimeErrors.error("slice bounds out of range [:" + hi + "] with length " + s.length());
        }
        if (lo < 0 || lo > hi) {
            throw RuntimeErrors.error("slice bounds out of range [" + lo + ":" + hi + "]");
        }
        return s.substring((int) lo, (int) hi);
    }

    static String stringFromBytes(SliceValue s) {
        return s == null ? "" : GoString.ofByteElems(s.array, s.offset, s.len);
    }

    static String stringFromRunes(SliceValue s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.len; i++) {
            b.append(GoString.ofRune((Long) s.get(i)));
        }
        return b.toString();
    }

    static SliceValue bytesFromString(String s) {
        int n = s.length();
        int cap = n == 0 ? 0 : Math.max(n, SliceValue.grownCap(0, n, 1));
        byte[] backing = new byte[cap];
        for (int i = 0; i < n; i++) {
            backing[i] = (byte) s.charAt(i);
        }
        return new SliceValue(backing, 0, n, cap);
    }

    static SliceValue runesFromString(String s) {
        long[] rs = new long[s.length()];
        int n = 0;
        for (int i = 0; i < s.length(); ) {
            long d = GoString.decodeRune(s, i);
            rs[n++] = GoString.rune(d);
            i += GoString.width(d);
        }
        int cap = n == 0 ? 0 : Math.max(n, SliceValue.grownCap(0, n, 4));
        return new SliceValue(Arrays.copyOf(rs, cap), 0, n, cap);
    }

    static Object index(Object x, long i) {
        if (x instanceof SliceValue s) {
            if (i < 0 || i >= s.len) {
                throw RuntimeErrors.index(i, s.len);
            }
            return Elems.get(s.array, s.offset + (int) i);
        }
        if (x instanceof ArrayValue a) {
            int n = a.length();
            if (i < 0 || i >= n) {
                throw RuntimeErrors.index(i, n);
            }
            return a.get((int) i);
        }
        if (x == null) {
            throw RuntimeErrors.index(i, 0);
        }
        throw new IllegalStateException("index of " + x.getClass().getSimpleName());
    }

    /** {@code x[i]} of a scalar element type, as the operand stack holds it: no box from a scalar store. */
    static long indexBits(Object x, long i) {
        Object store;
        int at;
        if (x instanceof SliceValue s) {
            if (i < 0 || i >= s.len) {
                throw RuntimeErrors.index(i, s.len);
            }
            store = s.array;
            at = s.offset + (int) i;
        } else if (x instanceof ArrayValue a) {
            int n = a.length();
            if (i < 0 || i >= n) {
                throw RuntimeErrors.index(i, n);
            }
            store = a.elems;
            at = (int) i;
        } else {
            return Values.unbox(index(x, i)); // nil: the index panic
        }
        return store instanceof Object[] os ? Values.unbox(os[at]) : Elems.bits(store, at);
    }

    static void setIndex(Object x, long i, Object v) {
        if (x instanceof SliceValue s) {
            if (i < 0 || i >= s.len) {
                throw RuntimeErrors.index(i, s.len);
            }
            Elems.set(s.array, s.offset + (int) i, v);
            return;
        }
        if (x instanceof ArrayValue a) {
            int n = a.length();
            if (i < 0 || i >= n) {
                throw RuntimeErrors.index(i, n);
            }
            a.set((int) i, v);
            return;
        }
        throw RuntimeErrors.index(i, 0);
    }

    static Object indexAddr(Object x, long i) {
        if (x instanceof SliceValue s) {
            if (i < 0 || i >= s.len) {
                throw RuntimeErrors.index(i, s.len);
            }
            return new ElemPointer(s.array, s.offset + (int) i, s.cell);
        }
        if (x instanceof ArrayValue a) {
            int n = a.length();
            if (i < 0 || i >= n) {
                throw RuntimeErrors.index(i, n);
            }
            return new ElemPointer(a.elems, (int) i, a);
        }
        throw RuntimeErrors.index(i, 0);
    }

    /** {@code x[lo:hi:max]}: mode bit 1 = lo given, 2 = hi given, 4 = max given. */
    static Object slice(Object x, int mode, long lo, long hi, long max) {
        if (x instanceof String s) {
            return sliceString(s, (mode & 1) != 0 ? lo : 0, (mode & 2) != 0 ? hi : s.length());
        }
        Object array;
        int offset;
        int len;
        int cap;
        if (x instanceof SliceValue s) {
            array = s.array;
            offset = s.offset;
            len = s.len;
            cap = s.cap;
        } else if (x instanceof ArrayValue a) {
            array = a.elems;
            offset = 0;
            len = a.length();
            cap = len;
        } else if (x == null) {
            array = new Object[0];
            offset = 0;
            len = 0;
            cap = 0;
        } else {
            throw new IllegalStateException("slice of " + x.getClass().getSimpleName());
        }
        long l = (mode & 1) != 0 ? lo : 0;
        long h = (mode & 2) != 0 ? hi : len;
        long m = (mode & 4) != 0 ? max : cap;
        boolean arr = x instanceof ArrayValue;
        if ((mode & 4) != 0) {
            if (m < 0 || m > cap) {
                throw RuntimeErrors.error("slice bounds out of range [::" + m + "] with " + (arr ? "length " : "capacity ") + cap);
            }
            if (h < 0 || h > m) {
                throw RuntimeErrors.error("slice bounds out of range [:" + h + ":" + m + "]");
            }
            if (l < 0 || l > h) {
                throw RuntimeErrors.error("slice bounds out of range [" + l + ":" + h + ":]");
            }
        } else {
            if (h < 0 || h > cap) {
                throw RuntimeErrors.error("slice bounds out of range [:" + h + "] with " + (arr ? "length " : "capacity ") + cap);
            }
            if (l < 0 || l > h) {
                throw RuntimeErrors.error("slice bounds out of range [" + l + ":" + h + "]");
            }
        }
        if (x == null && h == 0) {
            return null;
        }
        Owned cell = x instanceof SliceValue s ? s.cell : x instanceof ArrayValue a ? a : null;
        return cell == null ? new SliceValue(array, offset + (int) l, (int) (h - l), (int) (m - l))
                : new SliceValue(array, cell, offset + (int) l, (int) (h - l), (int) (m - l));
    }

    static long len(Object x) {
        if (x instanceof String s) {
            return s.length();
        }
        if (x instanceof SliceValue s) {
            return s.len;
        }
        if (x instanceof ArrayValue a) {
            return a.length();
        }
        if (x instanceof MapValue m) {
            return m.len();
        }
        if (x instanceof ChannelLike c) {
            return c.len();
        }
        return 0;
    }

    static long cap(Object x) {
        if (x instanceof SliceValue s) {
            return s.cap;
        }
        if (x instanceof ArrayValue a) {
            return a.length();
        }
        if (x instanceof ChannelLike c) {
            return c.cap();
        }
        return 0;
    }

    static SliceValue makeSlice(long len, long cap, ElemInfo e) {
        // Go's makeslice: a size past maxAlloc (2^48 on amd64) panics; a possible size that
        // memory cannot hold is a fatal error.
        long size = Math.max(1, e.size());
        if (len < 0 || Math.multiplyHigh(len, size) != 0 || len * size > MAX_ALLOC) {
            throw RuntimeErrors.error("makeslice: len out of range");
        }
        if (cap < len || Math.multiplyHigh(cap, size) != 0 || cap * size > MAX_ALLOC) {
            throw RuntimeErrors.error("makeslice: cap out of range");
        }
        if (len > MAX_ELEMS) {
            throw new GoFatal("out of memory", "runtime: out of memory: cannot allocate " + len * Math.max(1, e.size()) + "-byte block\n");
        }
        if (cap < len || cap > MAX_ELEMS) {
            if (cap > MAX_ELEMS) {
                throw new GoFatal("out of memory", "runtime: out of memory: cannot allocate " + cap * Math.max(1, e.size()) + "-byte block\n");
            }
            throw RuntimeErrors.error("makeslice: cap out of range");
        }
        return SliceValue.make((int) len, (int) cap, e.zero(), e.inline(), e.backing());
    }

    static SliceValue appendSlice(SliceValue s, Object src, ElemInfo e) {
        Object vs;
        int from;
        int n;
        if (src instanceof String str) {
            vs = str.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1); // char c is byte c
            from = 0;
            n = str.length();
        } else if (src instanceof SliceValue t) {
            vs = t.array;
            from = t.offset;
            n = t.len;
            if (e.inline()) {
                Object[] copies = t.toArray();
                for (int i = 0; i < n; i++) {
                    copies[i] = copy(copies[i]);
                }
                vs = copies;
                from = 0;
            }
        } else {
            return s;
        }
        if ((long) (s == null ? 0 : s.len) + n > MAX_ELEMS) {
            throw new GoFatal("out of memory", "runtime: out of memory\n");
        }
        return SliceValue.append(s, vs, from, n, e.size(), e.zero(), e.inline(), e.backing());
    }

    static long copySlice(SliceValue dst, Object src, boolean inline) {
        if (src instanceof String s) {
            if (dst == null) {
                return 0;
            }
            int n = Math.min(dst.len, s.length());
            for (int i = 0; i < n; i++) {
                dst.set(i, (long) (s.charAt(i) & 0xFF));
            }
            return n;
        }
        return SliceValue.copy(dst, (SliceValue) src, inline);
    }

    static void clear(Object x) {
        if (x instanceof MapValue m) {
            m.clear();
        } else if (x instanceof SliceValue s && Elems.scalar(s.array)) {
            Elems.clear(s.array, s.offset, s.offset + s.len);
        } else if (x instanceof SliceValue s) {
            Object[] array = (Object[]) s.array;
            for (int i = 0; i < s.len; i++) {
                Object v = array[s.offset + i];
                array[s.offset + i] = v instanceof Long ? (Object) 0L : v instanceof Double ? (Object) 0.0
                        : v instanceof Boolean ? (Object) false : v instanceof String ? "" : zeroLike(v);
            }
        }
    }

    private static Object zeroLike(Object v) {
        if (v instanceof StructValue s) {
            StructValue z = s.copy();
            for (int i = 0; i < z.fields.length; i++) {
                Object f = z.fields[i];
                z.fields[i] = f instanceof Long ? (Object) 0L : f instanceof Double ? (Object) 0.0
                        : f instanceof Boolean ? (Object) false : f instanceof String ? "" : null;
            }
            return z;
        }
        return null;
    }
}
