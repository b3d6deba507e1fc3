package dev.spindle.lang.syntax;

import java.util.List;

/**
 * {@code case exprs: body} or {@code default: body} of a (type) switch; {@code exprs} is empty for
 * default. Compares by identity (see {@link Node}).
 */
public record CaseClause(Pos pos, List<Expr> exprs, boolean isDefault, Pos colon, List<Stmt> body)
        implements Node {
    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
