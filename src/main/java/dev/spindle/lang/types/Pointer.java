package dev.spindle.lang.types;

/** {@code *T}. */
public record Pointer(Type elem) implements Type {
    @Override
    public String toString() {
        return TypeString.of(this);
    }
}
