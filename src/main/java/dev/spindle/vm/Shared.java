package dev.spindle.vm;

import dev.spindle.lang.compile.Op;
import dev.spindle.vm.value.ArrayValue;
import dev.spindle.vm.value.FuncValue;
import dev.spindle.vm.value.IfaceValue;
import dev.spindle.vm.value.MapValue;
import dev.spindle.vm.value.Owned;
import dev.spindle.vm.value.Pointer;
import dev.spindle.vm.value.SliceValue;
import dev.spindle.vm.value.StructValue;

/**
 * The slow half of the ownership check ({@link Owned}): a goroutine touches an object it
 * does not own. {@link Heap}'s hooks do the fast half, one compare of the object's owner with
 * the goroutine's id; a miss lands here. A read of a {@link Owned#SHARED} object goes on;
 * anything else stops the goroutine <em>before</em> the access: the instruction is undone
 * (its pc and stack pointer put back, nothing of it done yet) and the goroutine asks the
 * engine for the object ({@link HostOp.Access}). The engine grants it at the round boundary
 * ({@link #grant}), in its recorded order, and the goroutine then runs the instruction again,
 * now allowed. So the accesses of a racy program become visible operations, ordered
 * deterministically (and chosen among by the explorer), while goroutines working on their
 * own objects never stop.
 *
 * <p>A native may read or write anything reachable from its arguments, and cannot be undone
 * half-way (it may have written output), so before it runs its arguments are walked
 * ({@link #beforeNative}): every object it could touch must be the goroutine's own.
 */
final class Shared {
    private Shared() {}

    /** The stop, thrown from the hook and caught by the interpreter's loop; carries nothing (g does). */
    static final class Miss extends RuntimeException {
        private Miss() {
            super(null, null, false, false);
        }
    }

    private static final Miss MISS = new Miss();

    /** A read of {@code o}, which g does not own. */
    static void read(Goroutine g, Owned o) {
        if (o.owner != Owned.SHARED) {
            throw stop(g, o, false);
        }
    }

    /** A write of {@code o}, which g does not own. */
    static void write(Goroutine g, Owned o) {
        throw stop(g, o, true);
    }

    /**
     * What the miss asks for waits in {@code g.pendingOp} (free at a heap access: the last
     * request was taken when the goroutine stopped for it) until {@link #request} adds its
     * line: no field of its own in every goroutine.
     */
    private static Miss stop(Goroutine g, Owned o, boolean write) {
        g.pendingOp = new HostOp.Access(o, write, 0);
        return MISS;
    }

    /**
     * Coordinator, at the boundary: gives goroutine {@code goid} what it asked for. A write
     * makes it the owner; a read of an object someone else owns makes the object shared
     * (every goroutine may read it until the next write is granted); a read of nobody's object
     * makes it the reader's, and so does a read of an object whose owner has ended ({@code
     * alive} says no): nobody else can be reading it, and the reader, if it goes on to write
     * it ({@code total += n} in one goroutine after another), needs no second grant. Whether an
     * owner is alive is the coordinator's state at the boundary, so the grant stays a function
     * of the run's order.
     */
    static void grant(Owned o, int goid, boolean write, java.util.function.LongPredicate alive) {
        if (write || o.owner == Owned.NOBODY || (o.owner > 0 && !alive.test(o.owner))) {
            o.owner = goid;
        } else if (o.owner != goid) {
            o.owner = Owned.SHARED;
        }
    }

    /**
     * The interpreter caught a {@link Miss} in the instruction whose opcode is at
     * {@code pc - 1}: the operand slots that instruction had already popped (its operands are
     * still in place below the new stack pointer), so that it can run again.
     */
    static int popped(int opcode) {
        return switch (opcode) {
            case Op.SET_FIELD, Op.STORE_PTR -> 2;
            case Op.INDEX -> 1;
            case Op.SET_INDEX -> 3;
            // os[sp++] = Heap...(...): Java bumps sp before the hook runs, so one slot too many.
            case Op.LOAD_FIELD, Op.INDEX_LL -> -1;
            default -> 0; // FIELD, DEREF, and ops done outside the loop (which restore nothing)
        };
    }

    /** The request the goroutine stops with: what the hook left, with the instruction's line. */
    static HostOp request(Goroutine g, int line) {
        HostOp.Access a = (HostOp.Access) g.pendingOp;
        return new HostOp.Access(a.object(), a.write(), line);
    }

    /** How deep {@link #beforeNative} follows values inside values (fmt prints nested aggregates). */
    private static final int DEPTH = 4;

    /**
     * Before a native runs with {@code args} (nothing of the call done yet): g must own all
     * it can reach, the variables its callbacks captured included (sort.Slice's less).
     */
    static void beforeNative(Goroutine g, Object[] args) {
        for (Object a : args) {
            reach(g, a, DEPTH);
        }
    }

    private static void reach(Goroutine g, Object v, int depth) {
        if (v instanceof Number) {
            return; // a boxed number (math.Sqrt's argument) reaches nothing: one class test, not the switch's nine
        }
        switch (v) {
            case null -> { }
            case IfaceValue iv -> reach(g, iv.value(), depth);
            case StructValue s -> {
                own(g, s);
                if (depth > 0) {
                    for (Object f : s.fields) {
                        reach(g, f, depth - 1);
                    }
                }
            }
            case ArrayValue a -> {
                own(g, a);
                if (depth > 0 && a.elems instanceof Object[] es) { // a scalar store reaches nothing
                    for (Object e : es) {
                        reach(g, e, depth - 1);
                    }
                }
            }
            case SliceValue s -> {
                own(g, s.cell);
                if (depth > 0 && s.array instanceof Object[] es) {
                    for (int i = s.offset; i < s.offset + s.len; i++) {
                        reach(g, es[i], depth - 1);
                    }
                }
            }
            case MapValue m -> {
                own(g, m);
                if (depth > 0) {
                    for (Object[] kv : m.entryPairs()) {
                        reach(g, kv[0], depth - 1);
                        reach(g, kv[1], depth - 1);
                    }
                }
            }
            case FuncValue fn -> {
                if (depth > 0 && fn.captures != null) {
                    for (Object c : fn.captures) {
                        reach(g, c, depth - 1);
                    }
                }
            }
            case Pointer p -> {
                own(g, p.owned());
                if (depth > 0) {
                    reach(g, p.load(), depth - 1);
                }
            }
            default -> { }
        }
    }

    private static void own(Goroutine g, Owned o) {
        if (o.owner != g.own) {
            write(g, o);
        }
    }
}
