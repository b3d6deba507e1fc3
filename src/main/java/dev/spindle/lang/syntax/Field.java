package dev.spindle.lang.syntax;

import java.util.List;

/**
 * A parameter, result, receiver, type parameter, struct field or interface element: {@code names
 * type tag}. {@code names} is empty for an unnamed parameter, an embedded struct field or an
 * embedded interface element; {@code tag} (struct fields only) is nullable. {@code pos} is the
 * first name's, or the type's. Compares by identity (see {@link Node}).
 */
public record Field(Pos pos, List<Expr.Ident> names, Expr type, Expr.BasicLit tag) implements Node {
    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
