package dev.spindle.lang.types;

/** {@code [N]T}; the length is part of the type. */
public record Array(long length, Type elem) implements Type {
    @Override
    public String toString() {
        return TypeString.of(this);
    }
}
