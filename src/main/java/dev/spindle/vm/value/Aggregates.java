package dev.spindle.vm.value;

import java.util.Objects;

/** Copy and equality of element values that may be inline aggregates (structs, arrays). */
final class Aggregates {
    private Aggregates() {}

    /** A copy of {@code v} if it is an inline aggregate, else {@code v} itself. */
    static Object copyInline(Object v, boolean inline) {
        if (!inline || v == null) {
            return v;
        }
        if (v instanceof StructValue s) {
            return s.copy();
        }
        if (v instanceof ArrayValue a) {
            return a.copy();
        }
        if (v instanceof CopiedByValue c) {
            return c.copyValue();
        }
        return v;
    }

    /** Go's {@code ==} on two element values; aggregates compare by value, pointers by identity. */
    static boolean equal(Object a, Object b, boolean inline) {
        if (a == b) {
            if (a instanceof IfaceValue iv) {
                iv.checkComparable(); // a copied struct shares its interface fields' values
            }
            return true;
        }
        if (a == null || b == null) {
            return false;
        }
        if (a instanceof StructValue || a instanceof ArrayValue) {
            return inline && a.equals(b);
        }
        if (a instanceof Double x && b instanceof Double y) {
            return x.doubleValue() == y.doubleValue();
        }
        return Objects.equals(a, b);
    }

    static int hash(Object v, boolean inline) {
        if (v == null) {
            return 0;
        }
        if (v instanceof StructValue || v instanceof ArrayValue) {
            return inline ? v.hashCode() : System.identityHashCode(v);
        }
        if (v instanceof Double d) {
            return d == 0.0 ? 0 : d.hashCode();
        }
        return v.hashCode();
    }
}
