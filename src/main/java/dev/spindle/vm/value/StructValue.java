package dev.spindle.vm.value;

import java.util.Arrays;

/**
 * A Go struct: its fields in declaration order (embedded fields are fields). Value
 * semantics: the compiler copies on assignment, passing and returning. The holder is also
 * what a {@code *T} pointer to it is (see the package essay).
 */
public final class StructValue extends Owned {
    /** The field values in the value representation; mutable. */
    public final Object[] fields;
    /** The struct's shape: field names and which fields are inline aggregates. */
    public final StructShape shape;

    public StructValue(StructShape shape, Object[] fields) {
        this.shape = shape;
        this.fields = fields;
    }

    /** A copy: deep for inline structs and arrays, shallow for everything else. */
    public StructValue copy() {
        Object[] f = fields.clone();
        boolean[] inline = shape.inline();
        for (int i = 0; i < f.length; i++) {
            if (inline[i]) {
                f[i] = Aggregates.copyInline(f[i], true);
            }
        }
        return new StructValue(shape, f);
    }

    /** Overwrites this holder's fields with a copy of {@code other}'s ({@code *p = v}, {@code s = t}). */
    public void assignFrom(StructValue other) {
        if (other == this) {
            return;
        }
        boolean[] inline = shape.inline();
        for (int i = 0; i < fields.length; i++) {
            fields[i] = Aggregates.copyInline(other.fields[i], inline[i]);
        }
    }

    /** Go's {@code ==} on structs: field by field. */
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof StructValue s) || s.fields.length != fields.length) {
            return false;
        }
        boolean[] inline = shape.inline();
        for (int i = 0; i < fields.length; i++) {
            if (!Aggregates.equal(fields[i], s.fields[i], inline[i])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = 1;
        boolean[] inline = shape.inline();
        for (int i = 0; i < fields.length; i++) {
            h = h * 31 + Aggregates.hash(fields[i], inline[i]);
        }
        return h;
    }

    @Override
    public String toString() {
        return "StructValue" + Arrays.toString(fields);
    }
}
