package dev.spindle.lang.syntax;

import java.util.List;

/** Top-level declarations. Nodes compare by identity (see {@link Node}). */
public sealed interface Decl extends Node {

    /**
     * {@code func (recv) name[typeParams](params) results { body }}. {@code recv} is null for a
     * plain function; {@code typeParams} is non-empty only for a generic function (rejected by the
     * checker); {@code body} is null for a declaration without body (also rejected). {@code pos} is
     * the {@code func} keyword.
     */
    record FuncDecl(Pos pos, Field recv, Expr.Ident name, List<Field> typeParams, Expr.FuncType type,
                    Stmt.Block body) implements Decl {
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
     * A {@code var}, {@code const}, {@code type} or {@code import} declaration, grouped ({@code
     * var ( ... )}, {@code lparen} non-null) or not. For {@code const} groups the specs keep their
     * order and {@link Spec.ValueSpec#index()} is the value of {@code iota}; a spec without type and
     * values repeats the previous spec's (implicit repetition) and the checker evaluates those
     * expressions again with the new {@code iota}.
     */
    record GenDecl(Pos pos, Token keyword, Pos lparen, List<Spec> specs, Pos rparen) implements Decl {
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
