package dev.spindle.lang.types;

import dev.spindle.lang.syntax.Expr;
import java.util.List;

/**
 * One package-level variable initialisation, {@code lhs = rhs}: several variables when the
 * right side is one multi-valued call ({@code var a, b = f()}). {@link Info#initOrder()} lists
 * them in Go's dependency order (a variable is initialised after those it refers to).
 */
public record Initializer(List<Symbol.Var> lhs, Expr rhs) {
}
