package dev.spindle.vm.value;

import java.util.Arrays;

/**
 * A Go array: value semantics like a struct. Its holder is also what a pointer to the array
 * is. {@code inline} says whether the elements are aggregates held by value.
 */
public final class ArrayValue extends Owned {
    /** The elements' store ({@link Elems}: an Object[] or a scalar array); mutable, never resized. */
    public final Object elems;
    /** Whether the elements are inline structs or arrays (copied with the array). */
    public final boolean inline;

    public ArrayValue(Object elems, boolean inline) {
        this.elems = elems;
        this.inline = inline;
    }

    public int length() {
        return Elems.length(elems);
    }

    /** Element {@code i}, boxed; the caller has checked bounds. */
    public Object get(int i) {
        return Elems.get(elems, i);
    }

    /** Sets element {@code i}; the caller has checked bounds. */
    public void set(int i, Object v) {
        Elems.set(elems, i, v);
    }

    /** A copy: deep for inline elements. */
    public ArrayValue copy() {
        Object e = Elems.copy(elems);
        if (inline) {
            Object[] os = (Object[]) e;
            for (int i = 0; i < os.length; i++) {
                os[i] = Aggregates.copyInline(os[i], true);
            }
        }
        return new ArrayValue(e, inline);
    }

    /** Overwrites this array's elements with a copy of {@code other}'s. */
    public void assignFrom(ArrayValue other) {
        if (other == this) {
            return;
        }
        if (!inline) {
            Elems.copy(other.elems, 0, elems, 0, length());
            return;
        }
        Object[] os = (Object[]) elems;
        for (int i = 0; i < os.length; i++) {
            os[i] = Aggregates.copyInline(other.get(i), true);
        }
    }

    @Override
    public boolean equals(Object o) {
        int n = length();
        if (!(o instanceof ArrayValue a) || a.length() != n) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (!Aggregates.equal(get(i), a.get(i), inline)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = 1;
        int n = length();
        for (int i = 0; i < n; i++) {
            h = h * 31 + Aggregates.hash(get(i), inline);
        }
        return h;
    }

    @Override
    public String toString() {
        return "ArrayValue" + Arrays.toString(Elems.boxed(elems, 0, length()));
    }
}
