package dev.spindle.lang.syntax;

import java.util.List;

/**
 * Expressions, including type expressions: Go's grammar does not separate the two ({@code T(x)} is a
 * conversion or a call, {@code *p} a dereference or a pointer type, {@code a[i]} an index or a
 * generic instantiation), so the checker decides which an expression is.
 *
 * <p>Nullable components are marked so; lists are never null (they may be empty). Nodes compare by
 * identity (see {@link Node}).
 */
public sealed interface Expr extends Node {

    /**
     * {@code x} without the parentheses around it. The parser keeps every {@link Paren} (so that
     * messages can print the expression as written and {@code (x) := 1} can be rejected); most
     * consumers look through them with this method.
     */
    static Expr unparen(Expr x) {
        while (x instanceof Paren p) {
            x = p.x();
        }
        return x;
    }

    /** An identifier: {@code x}, {@code int}, {@code _}. */
    record Ident(Pos pos, String name) implements Expr {
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
     * A literal, with its source text exactly as written ({@code 0x_FF}, {@code "a\tb"}, {@code
     * `raw`}); {@link Literals} decodes it.
     */
    record BasicLit(Pos pos, LitKind kind, String raw) implements Expr {
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
     * A composite literal {@code T{elts}}. {@code type} is null for an elided type inside another
     * composite literal ({@code []Point{{1, 2}}}); elements may be {@link KeyValue}s. {@code pos} is
     * the type's position, or the brace's when the type is elided.
     */
    record CompositeLit(Pos pos, Expr type, Pos lbrace, List<Expr> elts, Pos rbrace) implements Expr {
        @Override
        public boolean equals(Object o) {
            return this == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }

    /** {@code key: value} inside a composite literal. */
    record KeyValue(Pos pos, Expr key, Pos colon, Expr value) implements Expr {
        @Override
        public boolean equals(Object o) {
            return this == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }

    /** A function literal {@code func(params) results { body }}. */
    record FuncLit(Pos pos, FuncType type, Stmt.Block body) implements Expr {
        @Override
        public boolean equals(Object o) {
            return this == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }

    /** {@code (x)}. Kept in the tree because Go's rules sometimes depend on it. */
    record Paren(Pos pos, Expr x) implements Expr {
        @Override
        public boolean equals(Object o) {
            return this == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }

    /** {@code x.sel}: field or method selection, or a qualified identifier {@code pkg.Name}. */
    record Selector(Pos pos, Expr x, Ident sel) implements Expr {
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
     * {@code x[i]}. More than one index ({@code f[int, string]}) is a generic instantiation, which
     * the checker rejects.
     */
    record Index(Pos pos, Expr x, Pos lbrack, List<Expr> indices) implements Expr {
        @Override
        public boolean equals(Object o) {
            return this == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }

    /** {@code x[lo:hi]} or {@code x[lo:hi:max]} ({@code full}); lo, hi and max are nullable. */
    record Slice(Pos pos, Expr x, Pos lbrack, Expr lo, Expr hi, Expr max, boolean full) implements Expr {
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
     * {@code x.(T)}; {@code type} is null for {@code x.(type)}, which is legal only as the guard of
     * a type switch (the parser puts it into {@link Stmt.TypeSwitch}).
     */
    record TypeAssert(Pos pos, Expr x, Pos dot, Expr type) implements Expr {
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
     * A call or conversion {@code fun(args)}; {@code ellipsis} is the position of a final {@code
     * ...} ({@code f(xs...)}) or null.
     */
    record Call(Pos pos, Expr fun, Pos lparen, List<Expr> args, Pos ellipsis, Pos rparen) implements Expr {
        @Override
        public boolean equals(Object o) {
            return this == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }

        /** Whether the call spreads its last argument with {@code ...}. */
        public boolean hasEllipsis() {
            return ellipsis != null;
        }
    }

    /** {@code *x}: a dereference or a pointer type. */
    record Star(Pos pos, Expr x) implements Expr {
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
     * A unary expression; {@code op} is one of {@code + - ! ^ & <-} (and {@code ~}, which appears
     * only in rejected type-set constraints).
     */
    record Unary(Pos pos, Token op, Expr x) implements Expr {
        @Override
        public boolean equals(Object o) {
            return this == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }

    /** {@code x op y}; {@code pos} is the start of {@code x}, {@code opPos} the operator's. */
    record Binary(Pos pos, Expr x, Token op, Pos opPos, Expr y) implements Expr {
        @Override
        public boolean equals(Object o) {
            return this == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }

    /** {@code [len]elem}; {@code len} is null for {@code [...]elem} (only in composite literals). */
    record ArrayType(Pos pos, Expr len, Expr elem) implements Expr {
        @Override
        public boolean equals(Object o) {
            return this == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }

    /** {@code []elem}. */
    record SliceType(Pos pos, Expr elem) implements Expr {
        @Override
        public boolean equals(Object o) {
            return this == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }

    /** {@code map[key]value}. */
    record MapType(Pos pos, Expr key, Expr value) implements Expr {
        @Override
        public boolean equals(Object o) {
            return this == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }

    /** {@code chan T}, {@code chan<- T} or {@code <-chan T}. */
    record ChanType(Pos pos, ChanDir dir, Expr elem) implements Expr {
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
     * A function signature. A parameter without a name has an empty {@link Field#names()}; a
     * variadic last parameter has an {@link Ellipsis} type. {@code pos} is the {@code func}
     * keyword's, or the parameter list's inside a method spec or declaration.
     */
    record FuncType(Pos pos, List<Field> params, List<Field> results) implements Expr {
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
     * {@code struct { fields }}. An embedded field has no names and a type {@code T}, {@code *T},
     * {@code pkg.T} or {@code *pkg.T}; tags are kept (Tier 2 rejects or ignores them).
     */
    record StructType(Pos pos, List<Field> fields) implements Expr {
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
     * {@code interface { elems }}, in source order. A method has one name and a {@link FuncType};
     * an element without names is an embedded interface ({@code fmt.Stringer}) or a type-set
     * element ({@code ~int | string}, kept as {@link Unary}/{@link Binary} with {@code ~}/{@code |}
     * so that the checker can reject it).
     */
    record InterfaceType(Pos pos, List<Field> elems) implements Expr {
        @Override
        public boolean equals(Object o) {
            return this == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }

    /** {@code ...elem}: the type of a variadic last parameter. */
    record Ellipsis(Pos pos, Expr elem) implements Expr {
        @Override
        public boolean equals(Object o) {
            return this == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }

    /** Stands in for an expression that could not be parsed (an error was reported). */
    record Bad(Pos pos) implements Expr {
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
