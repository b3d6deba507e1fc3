package dev.spindle.lang.vet;

import dev.spindle.lang.syntax.AstWalker;
import dev.spindle.lang.syntax.Expr;
import dev.spindle.lang.syntax.File;
import dev.spindle.lang.syntax.Spec;
import dev.spindle.lang.syntax.Stmt;
import dev.spindle.lang.types.CallInfo;
import dev.spindle.lang.types.Info;
import java.util.List;
import java.util.Set;

/**
 * The lostcancel analyzer, its first rule: the cancel function a context.With* call returns
 * assigned to {@code _}. (Go's second rule, a cancel variable not used on every path out of
 * the function, needs a control-flow graph Spindle's vet does not build yet.)
 */
final class LostCancel {
    private LostCancel() {}

    private static final Set<String> WITH = Set.of("context.WithCancel", "context.WithCancelCause",
            "context.WithTimeout", "context.WithTimeoutCause", "context.WithDeadline", "context.WithDeadlineCause");

    static void run(File file, Info info, List<Finding> out) {
        AstWalker.walk(file, n -> {
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
}
