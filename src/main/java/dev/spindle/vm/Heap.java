package dev.spindle.vm;

import dev.spindle.vm.value.ArrayValue;
import dev.spindle.vm.value.MapValue;
import dev.spindle.vm.value.Owned;
import dev.spindle.vm.value.Pointer;
import dev.spindle.vm.value.SliceValue;
import dev.spindle.vm.value.StructValue;

/**
 * The heap accesses the interpreter makes through struct fields, pointers, elements and
 * maps, in one place: the place the race detector and the ownership check hook in. Each
 * helper first checks that the goroutine owns the object ({@link dev.spindle.vm.value.Owned}:
 * one compare of its owner with the goroutine's id; a miss goes to {@link Shared}, which
 * stops the goroutine before the access), then does the access exactly as the loop did
 * before; with the detector off its only cost is one test of a final field against null.
 * {@code pc} is the interpreter's pc, just past the opcode.
 */
final class Heap {
    private Heap() {}

    /** {@code s.f}. */
    static Object field(Goroutine g, int pc, Object s, int i) {
        // The common case in few bytes, so that C2 inlines it into a long compiled function.
        if (s instanceof StructValue sv && sv.owner == g.own && g.race == null) {
            return sv.fields[i];
        }
        return checkedField(g, pc, s, i);
    }

    private static Object checkedField(Goroutine g, int pc, Object s, int i) {
        if (s == null) {
            throw RuntimeErrors.nilDeref();
        }
        StructValue sv = (StructValue) s;
        if (sv.owner != g.own) {
            Shared.read(g, sv);
        }
        if (g.race != null) {
            g.race.read(pc, s, i);
        }
        return sv.fields[i];
    }

    /** {@code s.f = v}. */
    static void setField(Goroutine g, int pc, Object s, int i, Object v) {
        if (s instanceof StructValue sv && sv.owner == g.own && g.race == null) {
            sv.fields[i] = v; // as field: the common case inlined, the checks below
            return;
        }
        checkedSetField(g, pc, s, i, v);
    }

    private static void checkedSetField(Goroutine g, int pc, Object s, int i, Object v) {
        if (s == null) {
            throw RuntimeErrors.nilDeref();
        }
        StructValue sv = (StructValue) s;
        if (sv.owner != g.own) {
            Shared.write(g, sv);
        }
        if (g.race != null) {
            g.race.write(pc, s, i);
        }
        sv.fields[i] = v;
    }

    /** {@code *p}: a variable in a box (captured, escaped or a package variable), a field or an element. */
    static Object load(Goroutine g, int pc, Object p) {
        if (p == null) {
            throw RuntimeErrors.nilDeref();
        }
        Pointer ptr = (Pointer) p;
        Owned o = ptr.owned();
        if (o.owner != g.own) {
            Shared.read(g, o);
        }
        if (g.race != null) {
            g.race.read(pc, ptr.container(), ptr.slot());
        }
        return ptr.load();
    }

    /** {@code *p = v}. */
    static void store(Goroutine g, int pc, Object p, Object v) {
        if (p == null) {
            throw RuntimeErrors.nilDeref();
        }
        Pointer ptr = (Pointer) p;
        Owned o = ptr.owned();
        if (o.owner != g.own) {
            Shared.write(g, o);
        }
        if (g.race != null) {
            g.race.write(pc, ptr.container(), ptr.slot());
        }
        ptr.store(v);
    }

    /** {@code x[i]} of a slice or an array. */
    static Object index(Goroutine g, int pc, Object x, long i) {
        Owned o = owner(x);
        if (o != null && o.owner != g.own) {
            Shared.read(g, o);
        }
        Object v = Ops.index(x, i);
        if (g.race != null) {
            element(g.race, pc, x, (int) i, false);
        }
        return v;
    }

    /** {@code x[i]} of a scalar element type, as the operand stack holds it (no box from a scalar store). */
    static long indexBits(Goroutine g, int pc, Object x, long i) {
        Owned o = owner(x);
        if (o != null && o.owner != g.own) {
            Shared.read(g, o);
        }
        long v = Ops.indexBits(x, i);
        if (g.race != null) {
            element(g.race, pc, x, (int) i, false);
        }
        return v;
    }

    /** {@code x[i] = v}. */
    static void setIndex(Goroutine g, int pc, Object x, long i, Object v) {
        Owned o = owner(x);
        if (o != null && o.owner != g.own) {
            Shared.write(g, o);
        }
        Ops.setIndex(x, i, v);
        if (g.race != null) {
            element(g.race, pc, x, (int) i, true);
        }
    }

    /** A read ({@code write} false) or a write of map {@code m}, which Go checks as one location. */
    static void map(Goroutine g, int pc, Object m, boolean write) {
        if (m != null) {
            own(g, (MapValue) m, write);
        }
        if (g.race != null && m != null) {
            if (write) {
                g.race.write(pc, m, 0);
            } else {
                g.race.read(pc, m, 0);
            }
        }
    }

    /** {@code len(x)}: of a map, a read of it; of anything else, of its immutable header. */
    static long len(Goroutine g, Object x) {
        if (x instanceof MapValue m && m.owner != g.own) {
            Shared.read(g, m);
        }
        return Ops.len(x);
    }

    /** The owner of a slice's or array's elements; null for anything else (a nil slice). */
    private static Owned owner(Object x) {
        return x instanceof SliceValue s ? s.cell : x instanceof ArrayValue a ? a : null;
    }

    private static void own(Goroutine g, Owned o, boolean write) {
        if (o.owner != g.own) {
            if (write) {
                Shared.write(g, o);
            } else {
                Shared.read(g, o);
            }
        }
    }

    /**
     * Before an instruction reads ({@code write} false) or writes whole value {@code v} outside
     * the helpers above (copy, append, a struct assigned or compared, a string made of a slice):
     * the ownership check only, of v's holder or backing array and, when its elements or
     * fields are held inline ({@code inline} for a slice, whose header does not say), of those.
     */
    static void owns(Goroutine g, Object v, boolean write, boolean inline) {
        switch (v) {
            case StructValue s -> {
                own(g, s, write);
                boolean[] in = s.shape.inline();
                for (int i = 0; i < in.length; i++) {
                    if (in[i]) {
                        owns(g, s.fields[i], write, true);
                    }
                }
            }
            case ArrayValue a -> {
                own(g, a, write);
                if (a.inline) {
                    for (Object e : (Object[]) a.elems) {
                        owns(g, e, write, true);
                    }
                }
            }
            case SliceValue s -> {
                own(g, s.cell, write);
                if (inline) {
                    for (int i = s.offset; i < s.offset + s.len; i++) {
                        owns(g, ((Object[]) s.array)[i], write, true);
                    }
                }
            }
            case MapValue m -> own(g, m, write);
            case dev.spindle.vm.value.IfaceValue iv -> owns(g, iv.value(), write, inline);
            case null, default -> { }
        }
    }

    /**
     * {@code copy(dst, src)} copied {@code n} elements: as Go's slicecopy under -race, a read
     * of src's first {@code n} elements and a write of dst's (a string source is immutable).
     */
    static void copied(Goroutine g, int pc, SliceValue dst, Object src, long n) {
        if (g.race == null || n <= 0 || dst == null) {
            return;
        }
        if (src instanceof SliceValue s) {
            g.race.range(pc, s.array, s.offset, (int) n, false);
        }
        g.race.range(pc, dst.array, dst.offset, (int) n, true);
    }

    /**
     * {@code append(s, ...)} gave {@code r}: the new elements are written in {@code r}'s backing
     * array (the stores Go's compiler instruments), a slice appended ({@code src}) is read, and
     * when the append grew a new array, s's elements were read to be copied there (growslice's
     * racereadrangepc).
     */
    static void appended(Goroutine g, int pc, SliceValue s, Object src, SliceValue r) {
        if (g.race == null || r == null) {
            return;
        }
        int old = s == null ? 0 : s.len;
        if (s != null && r.array != s.array) {
            g.race.range(pc, s.array, s.offset, s.len, false);
        }
        if (src instanceof SliceValue t) {
            g.race.range(pc, t.array, t.offset, t.len, false);
        }
        g.race.range(pc, r.array, r.offset + old, r.len - old, true);
    }

    /**
     * A whole struct or array read to be copied ({@code v := *p}, a struct passed by value), or
     * written ({@code write}: {@code *p = v}): every field or element, and those of its inline
     * structs and arrays, field by field as Go's memmove under -race checks the range.
     */
    static void whole(Goroutine g, int pc, Object v, boolean write) {
        owns(g, v, write, false);
        if (g.race != null) {
            whole(g.race, pc, v, write);
        }
    }

    private static void whole(RaceLog log, int pc, Object v, boolean write) {
        if (v instanceof StructValue s) {
            log.range(pc, s, 0, s.fields.length, write);
            boolean[] inline = s.shape.inline();
            for (int i = 0; i < inline.length; i++) {
                if (inline[i]) {
                    whole(log, pc, s.fields[i], write);
                }
            }
        } else if (v instanceof ArrayValue a) {
            log.range(pc, a.elems, 0, a.length(), write);
            if (a.inline) {
                for (Object e : (Object[]) a.elems) {
                    whole(log, pc, e, write);
                }
            }
        }
    }

    /** After a bounds check passed: the element's location is the backing array and its index there. */
    private static void element(RaceLog log, int pc, Object x, int i, boolean write) {
        Object store;
        int at;
        if (x instanceof SliceValue s) {
            store = s.array;
            at = s.offset + i;
        } else {
            store = ((ArrayValue) x).elems;
            at = i;
        }
        if (write) {
            log.write(pc, store, at);
        } else {
            log.read(pc, store, at);
        }
    }
}
