package dev.spindle.lang.vet;

import dev.spindle.lang.syntax.Expr;
import dev.spindle.lang.syntax.AstWalker;
import dev.spindle.lang.syntax.File;
import dev.spindle.lang.syntax.Stmt;
import dev.spindle.lang.types.CallInfo;
import dev.spindle.lang.types.Info;
import java.util.List;

/**
 * The waitgroup analyzer (Go 1.25): {@code go func() { wg.Add(1); ... }()} — Add called as
 * the first statement of the goroutine it should count, so Wait may return before it runs.
 */
final class WaitGroupAdd {
    private WaitGroupAdd() {}

    static void run(File file, Info info, List<Finding> out) {
        AstWalker.walk(file, n -> {
            if (!(n instanceof Stmt.Go g) || !(Expr.unparen(g.call()) instanceof Expr.Call c)
                    || !(Expr.unparen(c.fun()) instanceof Expr.FuncLit lit) || lit.body().stmts().isEmpty()) {
                return;
            }
            if (lit.body().stmts().getFirst() instanceof Stmt.ExprStmt es && Expr.unparen(es.x()) instanceof Expr.Call add) {
                CallInfo ci = info.calls().get(add);
                if (ci != null && ci.func() != null && ci.func().qualifiedName().equals("sync.WaitGroup.Add")) {
                    out.add(new Finding(add.pos(), "waitgroup", "WaitGroup.Add called from inside new goroutine"));
                }
            }
        });
    }
}
