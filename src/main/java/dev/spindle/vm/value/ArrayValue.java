package dev.spindle.vm.value;

import java.util.Arrays;

/**
 * A Go array: value semantics like a struct. Its holder is also what a pointer to the array
 * is. {@code inline} says whether the elements are aggregates held by value.
 */
public final class ArrayValue extends Owned {
    /** The elements in the value representation; mutable, never resized. */
    public final Object[] elems;
    /** Whether the elements are inline structs or arrays (copied with the array). */
    public final boolean inline;

    public ArrayValue(Object[] elems, boolean inline) {
        this.elems = elems;
        this.inline = inline;
    }

    public int length() {
        return elems.length;
    }

    /** A copy: deep for inline elements. */
    public ArrayValue copy() {
        Object[] e = elems.clone();
        if (inline) {
            for (int i = 0; i < e.length; i++) {
                e[i] = Aggregates.copyInline(e[i], true);
            }
        }
        return new ArrayValue(e, inline);
    }

    /** Overwrites this array's elements with a copy of {@code other}'s. */
    public void assignFrom(ArrayValue other) {
        if (other == this) {
            return;
        }
        for (int i = 0; i < elems.length; i++) {
            elems[i] = Aggregates.copyInline(other.elems[i], inline);
        }
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ArrayValue a) || a.elems.length != elems.length) {
            return false;
        }
        for (int i = 0; i < elems.length; i++) {
            if (!Aggregates.equal(elems[i], a.elems[i], inline)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = 1;
        for (Object e : elems) {
            h = h * 31 + Aggregates.hash(e, inline);
        }
        return h;
    }

    @Override
    public String toString() {
        return "ArrayValue" + Arrays.toString(elems);
    }
}
