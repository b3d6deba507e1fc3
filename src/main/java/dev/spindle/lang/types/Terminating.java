package dev.spindle.lang.types;

import dev.spindle.lang.syntax.CaseClause;
import dev.spindle.lang.syntax.CommClause;
import dev.spindle.lang.syntax.Expr;
import dev.spindle.lang.syntax.Stmt;
import dev.spindle.lang.syntax.Token;
import java.util.List;

/**
 * The spec's "Terminating statements", for "missing return": a function with results must
 * end in a return, a panic, an infinite loop without break, or a statement whose every
 * branch terminates.
 */
final class Terminating {
    private Terminating() {
    }

    static boolean list(List<Stmt> stmts) {
        for (int i = stmts.size() - 1; i >= 0; i--) {
            Stmt s = stmts.get(i);
            if (s instanceof Stmt.Empty) {
                continue;
            }
            return stmt(s, null);
        }
        return false;
    }

    static boolean stmt(Stmt s, String label) {
        return switch (s) {
            case Stmt.Return r -> true;
            case Stmt.Branch b -> b.tok() == Token.GOTO || b.tok() == Token.FALLTHROUGH;
            case Stmt.ExprStmt e -> Exprs.unparen(e.x()) instanceof Expr.Call call
                    && Exprs.unparen(call.fun()) instanceof Expr.Ident id && id.name().equals("panic");
            case Stmt.Block b -> list(b.stmts());
            case Stmt.If i -> i.els() != null && list(i.then().stmts()) && stmt(i.els(), null);
            case Stmt.Labeled l -> stmt(l.stmt(), l.label().name());
            case Stmt.For f -> f.cond() == null && !hasBreak(f.body().stmts(), label, true);
            case Stmt.Range r -> false;
            case Stmt.Switch sw -> clauses(sw.clauses(), label);
            case Stmt.TypeSwitch ts -> clauses(ts.clauses(), label);
            case Stmt.Select sel -> {
                for (CommClause cc : sel.clauses()) {
                    if (!list(cc.body()) || hasBreak(cc.body(), label, true)) {
                        yield false;
                    }
                }
                yield true;
            }
            default -> false;
        };
    }

    private static boolean clauses(List<CaseClause> clauses, String label) {
        boolean hasDefault = false;
        for (CaseClause cc : clauses) {
            hasDefault |= cc.isDefault();
            if (!list(cc.body()) || hasBreak(cc.body(), label, true)) {
                return false;
            }
        }
        return hasDefault;
    }

    /** Whether the statements contain a break that targets the enclosing statement. */
    static boolean hasBreak(List<Stmt> stmts, String label, boolean implicit) {
        for (Stmt s : stmts) {
            if (hasBreak(s, label, implicit)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasBreak(Stmt s, String label, boolean implicit) {
        return switch (s) {
            case Stmt.Branch b -> b.tok() == Token.BREAK
                    && (b.label() == null ? implicit : b.label().name().equals(label));
            case Stmt.Block b -> hasBreak(b.stmts(), label, implicit);
            case Stmt.If i -> hasBreak(i.then().stmts(), label, implicit)
                    || (i.els() != null && hasBreak(i.els(), label, implicit));
            case Stmt.Labeled l -> hasBreak(l.stmt(), label, implicit);
            // Inside a nested breakable statement an unlabeled break targets that statement.
            case Stmt.For f -> label != null && hasBreak(f.body().stmts(), label, false);
            case Stmt.Range r -> label != null && hasBreak(r.body().stmts(), label, false);
            case Stmt.Switch sw -> label != null && sw.clauses().stream().anyMatch(cc -> hasBreak(cc.body(), label, false));
            case Stmt.TypeSwitch ts -> label != null && ts.clauses().stream().anyMatch(cc -> hasBreak(cc.body(), label, false));
            case Stmt.Select sel -> label != null && sel.clauses().stream().anyMatch(cc -> hasBreak(cc.body(), label, false));
            default -> false;
        };
    }
}
