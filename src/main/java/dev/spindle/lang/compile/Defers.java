package dev.spindle.lang.compile;

import dev.spindle.lang.syntax.AstWalker;
import dev.spindle.lang.syntax.Expr;
import dev.spindle.lang.syntax.Node;
import dev.spindle.lang.syntax.Stmt;

/** Whether a function body (not counting nested function literals) contains a defer. */
final class Defers {
    private Defers() {}

    static boolean contains(Stmt.Block body) {
        return find(body);
    }

    private static boolean find(Node n) {
        if (n instanceof Stmt.Defer) {
            return true;
        }
        if (n instanceof Expr.FuncLit) {
            return false;
        }
        for (Node c : AstWalker.children(n)) {
            if (find(c)) {
                return true;
            }
        }
        return false;
    }
}
