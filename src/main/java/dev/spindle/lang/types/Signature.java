package dev.spindle.lang.types;

import java.util.List;

/**
 * A function type {@code func(params) results}. Parameter names are not part of the type
 * (they live on the declaring {@link Symbol.Func}); nor is a method's receiver, which the
 * {@link Symbol.Func} carries, so a method expression's type and a method value's type are
 * built from this signature. When {@code variadic}, the last parameter has type {@code []T}
 * and is written {@code ...T}.
 */
public record Signature(List<Type> params, List<Type> results, boolean variadic) implements Type {

    /** Shape only (see {@link Struct#hashCode}): a deep hash is quadratic in nesting. */
    @Override
    public int hashCode() {
        return 31 * (31 * params.size() + results.size()) + (variadic ? 1 : 0);
    }

    public Signature {
        params = List.copyOf(params);
        results = List.copyOf(results);
    }

    public static Signature of(List<Type> params, List<Type> results) {
        return new Signature(params, results, false);
    }

    /** The results as one type: nothing (an empty tuple), the single result, or a {@link Tuple}. */
    public Type resultType() {
        return results.size() == 1 ? results.getFirst() : new Tuple(results);
    }

    @Override
    public String toString() {
        return TypeString.of(this);
    }
}
