package dev.spindle.lang.vet;

import dev.spindle.lang.syntax.AstWalker;
import dev.spindle.lang.syntax.Expr;
import dev.spindle.lang.syntax.File;
import dev.spindle.lang.syntax.Stmt;
import dev.spindle.lang.types.CallInfo;
import dev.spindle.lang.types.Info;
import dev.spindle.lang.types.Pointer;
import dev.spindle.lang.types.Type;
import java.util.List;
import java.util.Set;

/**
 * The unusedresult analyzer: a call of a function whose only effect is its result, used as
 * a statement ({@code fmt.Sprintf("%d", n)} on its own line), and String or Error methods
 * likewise. Reported at the call's opening parenthesis, as go vet does.
 */
final class UnusedResult {
    private UnusedResult() {}

    /** Go 1.25's default -funcs list, as far as Spindle has the packages. */
    private static final Set<String> FUNCS = Set.of("context.WithCancel", "context.WithDeadline",
            "context.WithTimeout", "context.WithValue", "errors.New", "fmt.Errorf", "fmt.Sprint", "fmt.Sprintf",
            "sort.Reverse", "strings.Clone", "strings.Repeat", "strings.ToUpper", "strings.ToLower",
            "strings.TrimSpace", "strings.Replace", "strings.ReplaceAll", "strings.Split", "strings.Join");

    static void run(File file, Info info, List<Finding> out) {
        AstWalker.walk(file, n -> {
            if (!(n instanceof Stmt.ExprStmt es) || !(Expr.unparen(es.x()) instanceof Expr.Call call)) {
                return;
            }
            CallInfo ci = info.calls().get(call);
            if (ci == null || ci.func() == null) {
                return;
            }
            var fn = ci.func();
            if (!fn.isMethod() && FUNCS.contains(fn.qualifiedName())) {
                out.add(new Finding(call.lparen(), "unusedresult", "result of " + fn.qualifiedName() + " call not used"));
            } else if (fn.isMethod() && (fn.name().equals("String") || fn.name().equals("Error"))
                    && fn.type().params().isEmpty() && fn.type().results().size() == 1) {
                Type recv = fn.receiver().type();
                String t = recv instanceof Pointer p ? "*" + GoLocks.typeString(p.elem()) : GoLocks.typeString(recv);
                out.add(new Finding(call.lparen(), "unusedresult", "result of (" + t + ")." + fn.name() + " call not used"));
            }
        });
    }
}
