package dev.spindle.lang.types;

import dev.spindle.lang.syntax.Node;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The function whose body is being checked: what {@code return} must match, which variables
 * a literal captures, how its nested literals are numbered (func1, func2, ...).
 */
final class FuncCtx {
    final FuncCtx outer;
    final Node node;
    final FuncName name;
    final Signature sig;
    final Symbol.Func symbol;
    final Symbol.Var receiver;
    final List<Symbol.Var> params = new ArrayList<>();
    final List<Symbol.Var> results = new ArrayList<>();
    final LinkedHashSet<Symbol.Var> captures = new LinkedHashSet<>();
    int literalCount;

    FuncCtx(FuncCtx outer, Node node, FuncName name, Signature sig, Symbol.Func symbol, Symbol.Var receiver) {
        this.outer = outer;
        this.node = node;
        this.name = name;
        this.sig = sig;
        this.symbol = symbol;
        this.receiver = receiver;
    }

    /** Go's name for the next literal inside this function: main.main.func1, then main.main.func1.1 inside it. */
    FuncName nextLiteralName() {
        literalCount++;
        return name.child(outer == null ? ".func" + literalCount : "." + literalCount);
    }
}
