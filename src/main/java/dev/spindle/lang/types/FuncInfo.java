package dev.spindle.lang.types;

import dev.spindle.lang.syntax.Node;
import java.util.List;

/**
 * One function body: a FuncDecl or a FuncLit. {@link #funcName()} is the name Go prints in
 * tracebacks ("main.main", "main.worker", "main.(*Counter).Inc", "main.main.func1",
 * "main.main.func1.1"). {@link #captures()} lists, for a function literal, the variables of
 * enclosing functions it refers to (the compiler boxes those: {@link Symbol.Var#captured()}).
 * {@link #enclosing()} is the FuncInfo of the function the literal appears in, null for
 * declarations.
 */
public record FuncInfo(Node node, FuncName funcName, Signature signature, Symbol.Func symbol, Symbol.Var receiver,
                       List<Symbol.Var> params, List<Symbol.Var> results, List<Symbol.Var> captures,
                       FuncInfo enclosing) {

    /** The name spelled out (see {@link FuncName}: for deep literals prefer {@link #funcName()}). */
    public String name() {
        return funcName.toString();
    }

    /** Whether the results are named (a bare {@code return} returns them). */
    public boolean namedResults() {
        return !results.isEmpty() && !results.getFirst().name().isEmpty();
    }
}
