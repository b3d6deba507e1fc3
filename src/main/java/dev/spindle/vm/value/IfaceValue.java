package dev.spindle.vm.value;

import dev.spindle.lang.types.Type;

/**
 * A non-nil interface value: its dynamic type (a checker type, used as the runtime type
 * descriptor) and its value in the value representation. A nil interface is {@code null};
 * {@code any((*int)(nil))} is {@code IfaceValue(*int, null)}, which is not nil, exactly the
 * trap Go has.
 *
 * <p>Equality is Go's interface comparison: same dynamic type and equal values (pointers to
 * structs or arrays, being their holders, compare by identity); two values of the same
 * uncomparable dynamic type ({@code []int}) panic as in Go, and so does hashing one as a map key.
 */
public record IfaceValue(Type dynType, Object value) {
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof IfaceValue other) || !dynType.equals(other.dynType)) {
            return false;
        }
        ValuePanic.checkComparable(dynType);
        return Aggregates.equal(value, other.value, !isPointer());
    }

    /** Panics as Go's {@code ==} does when this value's dynamic type is uncomparable ({@code x == x} included). */
    public void checkComparable() {
        ValuePanic.checkComparable(dynType);
    }

    /** As a map key: panics with Go's text when the dynamic type cannot be hashed. */
    @Override
    public int hashCode() {
        ValuePanic.checkHashable(dynType);
        return dynType.hashCode() * 31 + Aggregates.hash(value, !isPointer());
    }

    private boolean isPointer() {
        return dynType.underlying() instanceof dev.spindle.lang.types.Pointer;
    }
}
