package dev.spindle.lang.syntax;

import java.util.List;

/**
 * Statements. Nullable components are marked so; lists are never null. Nodes compare by identity
 * (see {@link Node}).
 */
public sealed interface Stmt extends Node {

    /** {@code { stmts }}; {@code pos} is the opening brace. */
    record Block(Pos pos, List<Stmt> stmts, Pos rbrace) implements Stmt {
        @Override
        public boolean equals(Object o) {
            return this == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }

    /** An expression used as a statement (a call or a receive). */
    record ExprStmt(Pos pos, Expr x) implements Stmt {
        @Override
        public boolean equals(Object o) {
            return this == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }

    /** {@code ch <- value}. */
    record Send(Pos pos, Expr chan, Pos arrow, Expr value) implements Stmt {
        @Override
        public boolean equals(Object o) {
            return this == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }

    /** {@code x++} or {@code x--}; {@code op} is {@link Token#INC} or {@link Token#DEC}. */
    record IncDec(Pos pos, Expr x, Token op, Pos opPos) implements Stmt {
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
     * An assignment {@code lhs op rhs}: {@code op} is {@link Token#ASSIGN} ({@code =}), {@link
     * Token#DEFINE} ({@code :=}) or an op-assignment such as {@link Token#ADD_ASSIGN} ({@code +=},
     * see {@link Token#binaryOfAssign()}). {@code pos} is the start of the left side, {@code opPos}
     * the operator's (where Go reports "no new variables on left side of :=").
     */
    record Assign(Pos pos, List<Expr> lhs, Token op, Pos opPos, List<Expr> rhs) implements Stmt {
        @Override
        public boolean equals(Object o) {
            return this == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }

    /** A {@code var}, {@code const} or {@code type} declaration inside a function. */
    record DeclStmt(Pos pos, Decl.GenDecl decl) implements Stmt {
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
     * {@code go call}. {@code call} may be any expression (without enclosing parentheses): as in
     * gc, the checker reports "expression in go must be function call".
     */
    record Go(Pos pos, Expr call) implements Stmt {
        @Override
        public boolean equals(Object o) {
            return this == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }

    /** {@code defer call}; like {@link Go}, {@code call} may be any expression. */
    record Defer(Pos pos, Expr call) implements Stmt {
        @Override
        public boolean equals(Object o) {
            return this == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }

    /** {@code return results}. */
    record Return(Pos pos, List<Expr> results) implements Stmt {
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
     * {@code break}, {@code continue}, {@code goto} (rejected by the checker) or {@code fallthrough};
     * {@code label} is nullable.
     */
    record Branch(Pos pos, Token tok, Expr.Ident label) implements Stmt {
        @Override
        public boolean equals(Object o) {
            return this == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }

    /** {@code label: stmt}. */
    record Labeled(Pos pos, Expr.Ident label, Stmt stmt) implements Stmt {
        @Override
        public boolean equals(Object o) {
            return this == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }

    /** {@code if init; cond { then } else els}; init and els are nullable, els is an If or a Block. */
    record If(Pos pos, Stmt init, Expr cond, Block then, Stmt els) implements Stmt {
        @Override
        public boolean equals(Object o) {
            return this == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }

    /** {@code switch init; tag { clauses }}; init and tag are nullable (tagless switch). */
    record Switch(Pos pos, Stmt init, Expr tag, List<CaseClause> clauses, Pos rbrace) implements Stmt {
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
     * {@code switch init; binding := x.(type) { clauses }}; init and binding are nullable. The
     * clauses' expressions are types (or {@code nil}). {@code assertPos} is the position of the
     * {@code x.(type)} guard's dot.
     */
    record TypeSwitch(Pos pos, Stmt init, Expr.Ident binding, Expr x, Pos assertPos,
                      List<CaseClause> clauses, Pos rbrace) implements Stmt {
        @Override
        public boolean equals(Object o) {
            return this == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }

    /** {@code select { clauses }}. */
    record Select(Pos pos, List<CommClause> clauses, Pos rbrace) implements Stmt {
        @Override
        public boolean equals(Object o) {
            return this == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }

    /** {@code for init; cond; post { body }}; all three are nullable ({@code for { }}). */
    record For(Pos pos, Stmt init, Expr cond, Stmt post, Block body) implements Stmt {
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
     * {@code for key, value := range x { body }}. key and value are nullable; {@code tok} is {@link
     * Token#DEFINE}, {@link Token#ASSIGN}, or null for {@code for range x}.
     */
    record Range(Pos pos, Expr key, Expr value, Token tok, Expr x, Block body) implements Stmt {
        @Override
        public boolean equals(Object o) {
            return this == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }

    /** An empty statement (e.g. a lone {@code ;}). */
    record Empty(Pos pos) implements Stmt {
        @Override
        public boolean equals(Object o) {
            return this == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }

    /** Stands in for a statement that could not be parsed (an error was reported). */
    record Bad(Pos pos) implements Stmt {
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
