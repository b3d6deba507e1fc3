package dev.spindle.lang.syntax;

import java.util.List;

/**
 * {@code case comm: body} or {@code default: body} of a select. {@code comm} is null for default,
 * otherwise a {@link Stmt.Send}, an {@link Stmt.ExprStmt} holding a receive ({@code <-ch}), or an
 * {@link Stmt.Assign} ({@code =} or {@code :=}) whose single right side is a receive. Compares by
 * identity (see {@link Node}).
 */
public record CommClause(Pos pos, Stmt comm, Pos colon, List<Stmt> body) implements Node {
    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
