package dev.spindle.lang.types;

import java.util.Objects;

/**
 * {@code [N]T}; the length is part of the type. A class rather than a record so that its deep
 * hash is computed once: {@code [1][1]...[1]int} 30,000 deep was hashed level after level, which
 * made checking it quadratic. Equality is Go's identity: same length, identical element types.
 */
public final class Array implements Type {
    private final long length;
    private final Type elem;
    /** The deep hash, 0 until computed (a benign race: every thread computes the same value). */
    private int hash;

    public Array(long length, Type elem) {
        this.length = length;
        this.elem = elem;
    }

    public long length() {
        return length;
    }

    public Type elem() {
        return elem;
    }

    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        return o instanceof Array a && a.length == length && a.hashCode() == hashCode() && Objects.equals(a.elem, elem);
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = 31 * Long.hashCode(length) + Objects.hashCode(elem);
            h = h == 0 ? 1 : h;
            hash = h;
        }
        return h;
    }

    @Override
    public String toString() {
        return TypeString.of(this);
    }
}
