package dev.spindle.lang.types;

import java.util.List;

/**
 * The type of a call with zero or several results ({@code (int, error)}); never the type of
 * a variable. A call with one result has that result's type, not a one-element tuple.
 */
public record Tuple(List<Type> types) implements Type {
    public static final Tuple EMPTY = new Tuple(List.of());

    public Tuple {
        types = List.copyOf(types);
    }

    @Override
    public String toString() {
        return TypeString.of(this);
    }
}
