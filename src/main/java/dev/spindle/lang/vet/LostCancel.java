package dev.spindle.lang.vet;

import dev.spindle.lang.syntax.AstWalker;
import dev.spindle.lang.syntax.Decl;
import dev.spindle.lang.syntax.Expr;
import dev.spindle.lang.syntax.File;
import dev.spindle.lang.syntax.Pos;
import dev.spindle.lang.syntax.Spec;
import dev.spindle.lang.syntax.Stmt;
import dev.spindle.lang.syntax.Token;
import dev.spindle.lang.types.CallInfo;
import dev.spindle.lang.types.Info;
import dev.spindle.lang.types.Symbol;
import java.util.List;
import java.util.Set;

/**
 * The lostcancel analyzer: the cancel function a context.With* call returns assigned to
 * {@code _}, or kept in a variable that some path out of the function never uses
 * ({@link CancelPaths}; for variables defined at the top level of a function body, and not
 * in main.main, whose return ends the program anyway).
 */
final class LostCancel {
    private LostCancel() {}

    private static final Set<String> WITH = Set.of("context.WithCancel", "context.WithCancelCause",
            "context.WithTimeout", "context.WithTimeoutCause", "context.WithDeadline", "context.WithDeadlineCause");

    static void run(File file, Info info, List<Finding> out) {
        AstWalker.walk(file, n -> {
            if (n instanceof Decl.FuncDecl fd && fd.body() != null && !(fd.recv() == null && fd.name().name().equals("main"))) {
                paths(fd.body(), info, out);
            } else if (n instanceof Expr.FuncLit fl) {
                paths(fl.body(), info, out);
            }
            List<Expr> lhs;
            List<Expr> rhs;
            if (n instanceof Stmt.Assign a) {
                lhs = a.lhs();
                rhs = a.rhs();
            } else if (n instanceof Spec.ValueSpec vs) {
                lhs = List.copyOf(vs.names());
                rhs = vs.values();
            } else {
                return;
            }
            if (lhs.size() != 2 || rhs.size() != 1 || !(Expr.unparen(rhs.getFirst()) instanceof Expr.Call call)) {
                return;
            }
            CallInfo ci = info.calls().get(call);
            if (ci == null || ci.func() == null || !WITH.contains(ci.func().qualifiedName())) {
                return;
            }
            if (lhs.get(1) instanceof Expr.Ident id && id.name().equals("_")) {
                out.add(new Finding(id.pos(), "lostcancel", "the cancel function returned by "
                        + ci.func().qualifiedName() + " should be called, not discarded, to avoid a context leak"));
            }
        });
    }

    /** The cancel variables a body defines at its top level, each checked on every path to the body's end. */
    private static void paths(Stmt.Block body, Info info, List<Finding> out) {
        List<Stmt> stmts = body.stmts();
        for (int i = 0; i < stmts.size(); i++) {
            if (!(stmts.get(i) instanceof Stmt.Assign a) || a.lhs().size() != 2 || a.rhs().size() != 1
                    || !(Expr.unparen(a.rhs().getFirst()) instanceof Expr.Call call)
                    || !(info.calls().get(call) instanceof CallInfo ci) || ci.func() == null
                    || !WITH.contains(ci.func().qualifiedName())
                    || !(a.lhs().get(1) instanceof Expr.Ident id) || id.name().equals("_")) {
                continue;
            }
            Symbol s = a.op() == Token.DEFINE && info.defs().get(id) != null ? info.defs().get(id) : info.uses().get(id);
            if (!(s instanceof Symbol.Var v)) {
                continue;
            }
            Pos leak = CancelPaths.leak(info, v, stmts.subList(i + 1, stmts.size()), body.rbrace());
            if (leak != null) {
                out.add(new Finding(a.pos(), "lostcancel",
                        "the " + v.name() + " function is not used on all paths (possible context leak)"));
                out.add(new Finding(leak, "lostcancel", "this return statement may be reached without using the "
                        + v.name() + " var defined on line " + a.pos().line()));
            }
        }
    }
}
