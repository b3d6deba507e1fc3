package dev.spindle.lang.types;

import dev.spindle.lang.syntax.Expr;
import dev.spindle.lang.syntax.ExprString;
import dev.spindle.lang.syntax.Stmt;
import dev.spindle.lang.syntax.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code for} and {@code range} loops: conditions, the Go 1.22 per-iteration loop variables
 * recorded in {@link Info#loopVars()}, and what each range expression yields (int, string,
 * array, slice, map, channel, and func iterators through {@link RangeFuncs}).
 */
final class Loops {
    private final Checker c;
    private final Stmts s;

    Loops(Checker c, Stmts s) {
        this.c = c;
        this.s = s;
    }

    void forStmt(Stmt.For f, String label) {
        c.openScope(Scope.Kind.BLOCK);
        if (f.init() != null) {
            int before = c.locals.size();
            s.stmt(f.init(), null, false);
            if (f.init() instanceof Stmt.Assign a && a.op() == Token.DEFINE) {
                List<Symbol.Var> vars = new ArrayList<>();
                for (Expr l : a.lhs()) {
                    if (l instanceof Expr.Ident id && !id.name().equals("_") && c.info.defs.get(id) instanceof Symbol.Var v) {
                        vars.add(v);
                    }
                }
                c.info.loopVars.put(f, vars);
            }
        }
        if (f.cond() != null) {
            s.condition(f.cond(), "for statement");
        }
        if (f.post() != null) {
            if (f.post() instanceof Stmt.Assign a && a.op() == Token.DEFINE) {
                c.error(f.post().pos(), "cannot declare in post statement of for loop");
            } else {
                s.stmt(f.post(), null, false);
            }
        }
        s.targets.push(new Stmts.Target(f, label, true, false));
        s.block(f.body());
        s.targets.pop();
        c.closeScope();
    }

    void rangeStmt(Stmt.Range r, String label) {
        c.openScope(Scope.Kind.BLOCK);
        Operand x = c.exprs.expr(r.x());
        Type key = null;
        Type val = null;
        boolean ok = true;
        if (!x.invalid()) {
            Type u = x.type.underlying();
            if (u instanceof Pointer p && p.elem().underlying() instanceof Array) {
                u = p.elem().underlying();
            }
            String oneVar = null;
            switch (u) {
                case Basic b when b.isString() -> {
                    key = Basic.INT;
                    val = Basic.RUNE;
                    if (Types.isUntyped(x.type)) {
                        c.assign.convertUntyped(x, Basic.STRING);
                    }
                }
                case Basic b when b.isInteger() -> {
                    if (Types.isUntyped(x.type)) {
                        c.assign.convertUntyped(x, Basic.INT);
                    }
                    key = x.type;
                    oneVar = c.describe(x);
                }
                case Array a -> {
                    key = Basic.INT;
                    val = a.elem();
                }
                case Slice s -> {
                    key = Basic.INT;
                    val = s.elem();
                }
                case MapType m -> {
                    key = m.key();
                    val = m.elem();
                }
                case Chan ch -> {
                    key = ch.elem();
                    oneVar = c.describe(x);
                    if (!ch.dir().canRecv()) {
                        c.error(r.x().pos(), "cannot range over " + c.describe(x) + ": receive from send-only channel");
                        ok = false;
                    }
                }
                case Signature s -> {
                    String why = RangeFuncs.shape(s);
                    if (why != null) {
                        c.error(r.x().pos(), "cannot range over " + c.describe(x) + ": " + why);
                    } else {
                        c.closeScope();
                        new RangeFuncs(c, this.s).check(r, label, x, s);
                        return;
                    }
                    ok = false;
                }
                default -> {
                    c.error(r.x().pos(), "cannot range over " + c.describe(x));
                    ok = false;
                }
            }
            if (ok && oneVar != null && r.value() != null) {
                c.error(r.value().pos(), "range over " + oneVar + " permits only one iteration variable");
                ok = false;
            }
        } else {
            ok = false;
        }
        Expr[] lhs = {r.key(), r.value()};
        Type[] types = {key, val};
        if (r.tok() == Token.DEFINE) {
            List<Symbol.Var> vars = new ArrayList<>();
            List<Symbol.Var> toDeclare = new ArrayList<>();
            List<Expr.Ident> ids = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                if (lhs[i] == null) {
                    continue;
                }
                if (!(lhs[i] instanceof Expr.Ident id)) {
                    c.error(lhs[i].pos(), "non-name " + ExprString.of(lhs[i]) + " on left side of :=");
                    c.exprs.expr(lhs[i]);
                    continue;
                }
                Type t = ok && types[i] != null ? types[i] : Basic.INVALID;
                Symbol.Var v = c.newVar(id, t, Symbol.VarKind.LOCAL);
                c.info.defs.put(id, v);
                c.info.types.put(id, new TypeAndValue(TypeAndValue.Mode.VARIABLE, t, null));
                if (!id.name().equals("_")) {
                    vars.add(v);
                }
                toDeclare.add(v);
                ids.add(id);
            }
            for (int i = 0; i < toDeclare.size(); i++) {
                c.declare(c.scope, ids.get(i), toDeclare.get(i));
            }
            c.info.loopVars.put(r, vars);
        } else if (r.tok() == Token.ASSIGN) {
            for (int i = 0; i < 2; i++) {
                if (lhs[i] == null) {
                    continue;
                }
                Operand target = s.assigns.lhs(lhs[i]);
                if (ok && types[i] != null && !target.invalid() && target.type != null) {
                    Operand v = new Operand(Operand.Mode.VALUE, lhs[i], types[i], null);
                    if (!Types.assignable(types[i], target.type)) {
                        c.error(lhs[i].pos(), "cannot use " + ExprString.of(lhs[i]) + " (value of type " + c.ts(types[i])
                                + ") as " + c.ts(target.type) + " value in range clause");
                    }
                }
            }
        }
        s.targets.push(new Stmts.Target(r, label, true, false));
        s.block(r.body());
        s.targets.pop();
        c.closeScope();
    }
}
