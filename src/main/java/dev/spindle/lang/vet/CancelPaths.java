package dev.spindle.lang.vet;

import dev.spindle.lang.syntax.AstWalker;
import dev.spindle.lang.syntax.CaseClause;
import dev.spindle.lang.syntax.CommClause;
import dev.spindle.lang.syntax.Expr;
import dev.spindle.lang.syntax.Node;
import dev.spindle.lang.syntax.Pos;
import dev.spindle.lang.syntax.Stmt;
import dev.spindle.lang.types.Info;
import dev.spindle.lang.types.Symbol;
import java.util.List;

/**
 * lostcancel's second rule: from the statement that defines a context's cancel variable, is
 * there a path to a return (or the end of the function) that never mentions the variable?
 * Go's analyzer walks a control-flow graph; this walks the structured statements, which is
 * the same graph for programs without goto: an if has two ways on, a loop may run its body
 * no times, a switch without default may match no case, and a call of panic ends the path.
 */
final class CancelPaths {
    private final Info info;
    private final Symbol.Var cancel;
    /** The first return (or closing brace) reached with the variable unused, or null. */
    Pos leak;

    private CancelPaths(Info info, Symbol.Var cancel) {
        this.info = info;
        this.cancel = cancel;
    }

    /** Where a path from {@code after} (the statements following the definition) leaks, or null. */
    static Pos leak(Info info, Symbol.Var cancel, List<Stmt> after, Pos closingBrace) {
        CancelPaths p = new CancelPaths(info, cancel);
        Flow f = p.seq(after, false);
        if (p.leak == null && f.falls && !f.used) {
            p.leak = closingBrace;
        }
        return p.leak;
    }

    /** After a statement: can control go on to the next one, and was the variable used on every such path? */
    private record Flow(boolean falls, boolean used) {
        static final Flow ENDS = new Flow(false, true);

        Flow or(Flow o) {
            if (!falls) {
                return o;
            }
            if (!o.falls) {
                return this;
            }
            return new Flow(true, used && o.used);
        }
    }

    private Flow seq(List<Stmt> stmts, boolean used) {
        Flow f = new Flow(true, used);
        for (Stmt s : stmts) {
            if (!f.falls) {
                return f;
            }
            f = stmt(s, f.used);
        }
        return f;
    }

    private Flow stmt(Stmt s, boolean used) {
        switch (s) {
            case Stmt.Block b -> {
                return seq(b.stmts(), used);
            }
            case Stmt.Return r -> {
                boolean u = used || r.results().stream().anyMatch(this::mentions);
                if (!u && leak == null) {
                    leak = r.pos();
                }
                return Flow.ENDS;
            }
            case Stmt.If i -> {
                boolean u = used || mentions(i.init()) || mentions(i.cond());
                Flow then = stmt(i.then(), u);
                Flow els = i.els() == null ? new Flow(true, u) : stmt(i.els(), u);
                return then.or(els);
            }
            case Stmt.For f -> {
                boolean u = used || mentions(f.init()) || mentions(f.cond());
                stmt(f.body(), u);
                // An endless for leaves only by break; either way the body may not have run.
                return new Flow(f.cond() != null || breaks(f.body()), u);
            }
            case Stmt.Range r -> {
                boolean u = used || mentions(r.x());
                stmt(r.body(), u);
                return new Flow(true, u);
            }
            case Stmt.Switch sw -> {
                boolean u = used || mentions(sw.init()) || mentions(sw.tag());
                Flow out = null;
                boolean dflt = false;
                for (CaseClause cc : sw.clauses()) {
                    dflt |= cc.isDefault();
                    boolean cu = u || cc.exprs() != null && cc.exprs().stream().anyMatch(this::mentions);
                    Flow f = seq(cc.body(), cu);
                    out = out == null ? f : out.or(f);
                }
                Flow none = new Flow(true, u);
                return out == null ? none : dflt ? out : out.or(none);
            }
            case Stmt.TypeSwitch ts -> {
                boolean u = used || mentions(ts.init()) || mentions(ts.x());
                Flow out = ts.clauses().stream().anyMatch(CaseClause::isDefault) ? Flow.ENDS : new Flow(true, u);
                for (CaseClause cc : ts.clauses()) {
                    out = out.or(seq(cc.body(), u));
                }
                return out;
            }
            case Stmt.Select sel -> {
                Flow out = null;
                for (CommClause cc : sel.clauses()) {
                    boolean cu = used || mentions(cc.comm());
                    Flow f = seq(cc.body(), cu);
                    out = out == null ? f : out.or(f);
                }
                return out == null ? Flow.ENDS : out; // select {} blocks for ever
            }
            case Stmt.Labeled l -> {
                return stmt(l.stmt(), used);
            }
            case Stmt.Branch b -> {
                return Flow.ENDS; // break/continue: the enclosing loop's exit is accounted for there
            }
            case Stmt.ExprStmt es when Expr.unparen(es.x()) instanceof Expr.Call c && noReturn(c) -> {
                return Flow.ENDS;
            }
            default -> {
                return new Flow(true, used || mentions(s));
            }
        }
    }

    private boolean noReturn(Expr.Call c) {
        if (Expr.unparen(c.fun()) instanceof Expr.Ident id && id.name().equals("panic")) {
            return true;
        }
        var ci = info.calls().get(c);
        return ci != null && ci.func() != null && ci.func().qualifiedName().equals("os.Exit");
    }

    private static boolean breaks(Node body) {
        boolean[] found = {false};
        AstWalker.walk(body, n -> {
            if (n instanceof Stmt.Branch b && b.tok() == dev.spindle.lang.syntax.Token.BREAK) {
                found[0] = true;
            }
        });
        return found[0];
    }

    private boolean mentions(Node n) {
        if (n == null) {
            return false;
        }
        boolean[] found = {false};
        AstWalker.walk(n, x -> {
            if (x instanceof Expr.Ident id && info.uses().get(id) == cancel) {
                found[0] = true;
            }
        });
        return found[0];
    }
}
