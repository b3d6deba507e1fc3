package dev.spindle.lang.syntax;

import java.util.List;

/** The specs of a {@link Decl.GenDecl}. Nodes compare by identity (see {@link Node}). */
public sealed interface Spec extends Node {

    /** {@code name "path"}; name is null, an alias, {@code .} or {@code _}. */
    record ImportSpec(Pos pos, Expr.Ident name, Expr.BasicLit path) implements Spec {
        @Override
        public boolean equals(Object o) {
            return this == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }

        /** The import path without quotes ({@code "math/rand"} gives {@code math/rand}). */
        public String pathValue() {
            return Literals.unquote(path.raw());
        }
    }

    /**
     * {@code names type = values} of a var or const; type is nullable and values may be empty.
     * {@code index} is the spec's index in its declaration (the value of {@code iota} in a const
     * group; 0 when not grouped).
     */
    record ValueSpec(Pos pos, List<Expr.Ident> names, Expr type, List<Expr> values, int index)
            implements Spec {
        @Override
        public boolean equals(Object o) {
            return this == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }

    /**
     * {@code name[typeParams] type} or the alias {@code name = type}; typeParams is non-empty only
     * for generic types (rejected by the checker).
     */
    record TypeSpec(Pos pos, Expr.Ident name, List<Field> typeParams, boolean alias, Expr type)
            implements Spec {
        @Override
        public boolean equals(Object o) {
            return this == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }
}
