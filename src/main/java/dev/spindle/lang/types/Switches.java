package dev.spindle.lang.types;

import dev.spindle.lang.syntax.CaseClause;
import dev.spindle.lang.syntax.CommClause;
import dev.spindle.lang.syntax.Expr;
import dev.spindle.lang.syntax.ExprString;
import dev.spindle.lang.syntax.Stmt;
import dev.spindle.lang.syntax.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Expression switches (case values matched against the tag, duplicate constant cases), type
 * switches (per-clause binding variables, impossible and duplicate cases) and select
 * statements (each case a send or a receive). Break targets and fallthrough placement go
 * through the enclosing {@link Stmts}.
 */
final class Switches {
    private final Checker c;
    private final Stmts s;

    Switches(Checker c, Stmts s) {
        this.c = c;
        this.s = s;
    }

    void switchStmt(Stmt.Switch sw, String label) {
        c.openScope(Scope.Kind.BLOCK);
        if (sw.init() != null) {
            s.stmt(sw.init(), null, false);
        }
        Operand tag = null;
        if (sw.tag() != null) {
            tag = c.exprs.expr(sw.tag());
            if (!tag.invalid()) {
                c.assign.assignment(tag, null, "switch expression");
                if (!tag.invalid() && !Types.comparable(tag.type)) {
                    c.error(sw.tag().pos(), "cannot switch on " + c.describe(tag));
                    tag.setInvalid();
                }
            }
        }
        s.targets.push(new Stmts.Target(sw, label, false, true));
        Map<Object, Expr> seen = new HashMap<>();
        CaseClause firstDefault = null;
        for (int k = 0; k < sw.clauses().size(); k++) {
            CaseClause cc = sw.clauses().get(k);
            if (cc.isDefault()) {
                if (firstDefault != null) {
                    c.error(cc.pos(), "multiple defaults (first at prog.go:" + firstDefault.pos() + ")");
                } else {
                    firstDefault = cc;
                }
            }
            for (Expr e : cc.exprs()) {
                caseValue(e, tag, sw, seen);
            }
            c.openScope(Scope.Kind.BLOCK);
            s.clauseBody(cc.body(), k == sw.clauses().size() - 1 ? "cannot fallthrough final case in switch" : null);
            c.closeScope();
        }
        s.targets.pop();
        c.closeScope();
    }

    private void caseValue(Expr e, Operand tag, Stmt.Switch sw, Map<Object, Expr> seen) {
        Operand v = c.exprs.expr(e);
        if (v.invalid()) {
            return;
        }
        if (tag == null) {
            if (!Types.isBoolean(v.type)) {
                c.error(e.pos(), "invalid case " + ExprString.of(e) + " in switch (mismatched types "
                        + c.ts(v.type) + " and bool)");
                return;
            }
            c.assign.convertUntyped(v, Basic.BOOL);
            return;
        }
        if (tag.invalid()) {
            return;
        }
        Operand t = new Operand(tag.mode, tag.expr, tag.type, tag.val);
        if (Types.isUntyped(v.type)) {
            c.assign.convertUntyped(v, tag.type);
            if (v.invalid()) {
                return;
            }
        }
        if (!c.assign.assignableTo(v, t.type) && !c.assign.assignableTo(t, v.type)) {
            c.error(e.pos(), "invalid case " + ExprString.of(e) + " in switch on " + ExprString.of(sw.tag())
                    + " (mismatched types " + c.ts(v.type) + " and " + c.ts(tag.type) + ")");
            return;
        }
        if (Types.isInterface(tag.type) && !Types.isInterface(v.type)) {
            c.info.implicitConversions.put(e, tag.type);
        }
        if (v.isConst()) {
            Object key = v.val instanceof Constant.Float f && f.isInteger() ? new Constant.Int(f.toBigInteger()) : v.val;
            Expr prev = seen.putIfAbsent(key, e);
            if (prev != null) {
                c.error(e.pos(), "duplicate case " + c.describe(v) + " in expression switch\n\tprog.go:"
                        + prev.pos() + ": previous case");
            }
        }
    }

    void typeSwitch(Stmt.TypeSwitch ts, String label) {
        c.openScope(Scope.Kind.BLOCK);
        if (ts.init() != null) {
            s.stmt(ts.init(), null, false);
        }
        Operand x = c.exprs.expr(ts.x());
        Interface xi = null;
        if (!x.invalid()) {
            if (x.type.underlying() instanceof Interface i) {
                xi = i;
            } else {
                c.error(ts.x().pos(), c.describe(x) + " is not an interface");
            }
        }
        if (ts.binding() != null) {
            c.info.defs.put(ts.binding(), null);
            if (ts.binding().name().equals("_")) {
                c.error(ts.binding().pos(), "no new variable on left side of :=");
            }
        }
        s.targets.push(new Stmts.Target(ts, label, false, true));
        List<Symbol.Var> bindings = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        CaseClause firstDefault = null;
        for (CaseClause cc : ts.clauses()) {
            if (cc.isDefault()) {
                if (firstDefault != null) {
                    c.error(cc.pos(), "multiple defaults (first at prog.go:" + firstDefault.pos() + ")");
                } else {
                    firstDefault = cc;
                }
            }
            Type single = null;
            for (Expr e : cc.exprs()) {
                Type t;
                if (Exprs.unparen(e) instanceof Expr.Ident id && id.name().equals("nil")
                        && c.scope.lookup("nil") instanceof Symbol.Nil) {
                    t = Basic.UNTYPED_NIL;
                    c.info.uses.put(id, c.scope.lookup("nil"));
                    c.info.types.put(e, new TypeAndValue(TypeAndValue.Mode.VALUE, Basic.UNTYPED_NIL, null));
                } else {
                    t = c.typeExprs.typ(e);
                }
                if (!Types.isInvalid(t)) {
                    String key = t.toString();
                    if (!seen.add(key)) {
                        c.error(e.pos(), "duplicate case " + ExprString.of(e) + " in type switch");
                    } else if (xi != null && !(t instanceof Basic nb && nb.kind() == Basic.Kind.UNTYPED_NIL)) {
                        c.exprs.checkAssertable(e.pos(), x, xi, t, true, ExprString.of(e));
                    }
                }
                single = cc.exprs().size() == 1 ? t : null;
            }
            c.openScope(Scope.Kind.BLOCK);
            if (ts.binding() != null && !ts.binding().name().equals("_")) {
                Type vt = single != null && !(single instanceof Basic b && b.kind() == Basic.Kind.UNTYPED_NIL)
                        ? single : x.type;
                Symbol.Var v = new Symbol.Var(ts.binding().name(), vt, Symbol.VarKind.LOCAL, c.pkgPath,
                        ts.binding().pos().line(), ts.binding().pos().col());
                c.owner.put(v, c.fn);
                c.scope.insert(v);
                c.info.caseVars.put(cc, v);
                bindings.add(v);
            }
            s.clauseBody(cc.body(), "cannot fallthrough in type switch");
            c.closeScope();
        }
        s.targets.pop();
        if (ts.binding() != null && !ts.binding().name().equals("_") && bindings.stream().noneMatch(Symbol.Var::used)) {
            c.error(ts.binding().pos(), "declared and not used: " + ts.binding().name());
        }
        c.closeScope();
    }

    void select(Stmt.Select sel, String label) {
        s.targets.push(new Stmts.Target(sel, label, false, true));
        CommClause firstDefault = null;
        for (CommClause cc : sel.clauses()) {
            c.openScope(Scope.Kind.BLOCK);
            if (cc.comm() == null) {
                if (firstDefault != null) {
                    c.error(cc.pos(), "multiple defaults (first at prog.go:" + firstDefault.pos() + ")");
                } else {
                    firstDefault = cc;
                }
            } else {
                boolean valid = switch (cc.comm()) {
                    case Stmt.Send s -> true;
                    case Stmt.ExprStmt e -> isReceive(e.x());
                    case Stmt.Assign a -> a.rhs().size() == 1 && isReceive(a.rhs().getFirst())
                            && (a.op() == Token.ASSIGN || a.op() == Token.DEFINE);
                    default -> false;
                };
                if (!valid) {
                    c.error(cc.comm().pos(), "select case must be send or receive (possibly with assignment)");
                }
                s.stmt(cc.comm(), null, false);
            }
            String saved = s.fallthroughError;
            s.fallthroughError = "fallthrough statement out of place";
            s.stmtList(cc.body());
            s.fallthroughError = saved;
            c.closeScope();
        }
        s.targets.pop();
    }

    private static boolean isReceive(Expr e) {
        return Exprs.unparen(e) instanceof Expr.Unary u && u.op() == Token.ARROW;
    }
}
