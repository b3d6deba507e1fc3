package dev.spindle.lang.vet;

import dev.spindle.lang.syntax.AstWalker;
import dev.spindle.lang.syntax.Expr;
import dev.spindle.lang.syntax.ExprString;
import dev.spindle.lang.syntax.File;
import dev.spindle.lang.syntax.Stmt;
import dev.spindle.lang.syntax.Token;
import java.util.List;

/** The assign analyzer: {@code x = x} ("self-assignment of x to x"), for side-effect-free operands. */
final class SelfAssign {
    private SelfAssign() {}

    static void run(File file, List<Finding> out) {
        AstWalker.walk(file, n -> {
            if (n instanceof Stmt.Assign a && a.op() == Token.ASSIGN && a.lhs().size() == a.rhs().size()) {
                for (int i = 0; i < a.lhs().size(); i++) {
                    Expr l = a.lhs().get(i);
                    Expr r = a.rhs().get(i);
                    String ls = ExprString.of(l);
                    if (pure(l) && ls.equals(ExprString.of(r))) {
                        out.add(new Finding(a.pos(), "assign", "self-assignment of " + ls + " to " + ExprString.of(r)));
                    }
                }
            }
        });
    }

    /** No calls and no receives: evaluating it twice means the same thing. */
    private static boolean pure(Expr e) {
        boolean[] ok = {true};
        AstWalker.walk(e, n -> {
            if (n instanceof Expr.Call || (n instanceof Expr.Unary u && u.op() == Token.ARROW)) {
                ok[0] = false;
            }
        });
        return ok[0];
    }
}
