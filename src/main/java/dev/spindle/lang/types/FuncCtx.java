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
    /** How many functions enclose this one (0 for a declaration). */
    final int depth;
    /** Numbers the contexts in the order they were made (a literal's after its enclosing function's). */
    final int serial;
    /**
     * Checked from {@link LaterLiterals}' work list: references from inside reach the
     * enclosing functions' captures through {@link #marks}, not directly.
     */
    boolean later;
    /** Where literals nested in this function were set aside, in the order of {@link #captures}. */
    List<LaterLiterals.Mark> marks;
    /** The captures as recorded in this function's FuncInfo (with set-aside literals' once merged). */
    List<Symbol.Var> finalCaptures = List.of();

    FuncCtx(FuncCtx outer, Node node, FuncName name, Signature sig, Symbol.Func symbol, Symbol.Var receiver, int serial) {
        this.outer = outer;
        this.depth = outer == null ? 0 : outer.depth + 1;
        this.serial = serial;
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
