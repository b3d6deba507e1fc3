package dev.spindle.lang.types;

import dev.spindle.lang.syntax.Expr;
import dev.spindle.lang.syntax.ExprString;
import dev.spindle.lang.syntax.Stmt;
import dev.spindle.lang.syntax.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Assignment statements: {@code =} with tuples and comma-ok forms, {@code :=} with its "no
 * new variables" rule, op-assignments and {@code ++}/{@code --}; also the right-hand side
 * evaluation shared with var declarations.
 */
final class AssignStmts {
    private final Checker c;

    /** Marks the second occurrence of a name repeated on the left of := (not declared again). */
    private static final Symbol.Var REPEATED = new Symbol.Var("", Basic.INVALID, Symbol.VarKind.LOCAL, "", 0, 0);

    AssignStmts(Checker c) {
        this.c = c;
    }

    void assign(Stmt.Assign a) {
        if (a.op() == Token.DEFINE) {
            shortVarDecl(a);
            return;
        }
        if (a.op() == Token.ASSIGN) {
            assignVars(a.lhs(), a.rhs());
            return;
        }
        // x op= y
        Token bin = a.op().binaryOfAssign();
        if (a.lhs().size() != 1 || a.rhs().size() != 1) {
            c.error(a.opPos(), "assignment operation " + a.op().text() + " requires single-valued expressions");
            return;
        }
        Expr.Binary b = new Expr.Binary(a.lhs().getFirst().pos(), a.lhs().getFirst(), bin, a.opPos(), a.rhs().getFirst());
        Operand x = c.exprs.expr(b);
        c.info.types.remove(b);
        if (x.invalid()) {
            return;
        }
        Operand target = lhs(a.lhs().getFirst());
        if (!target.invalid()) {
            x.expr = a.rhs().getFirst();
            if (!x.type.equals(target.type) && !Types.isUntyped(x.type)) {
                c.assign.assignment(x, target.type, "assignment");
            }
        }
    }

    void incDec(Stmt.IncDec s) {
        Operand x = c.exprs.expr(s.x());
        if (x.invalid()) {
            return;
        }
        if (!Types.isNumeric(x.type)) {
            c.error(s.x().pos(), "invalid operation: " + ExprString.of(s.x()) + s.op().text()
                    + " (non-numeric type " + c.ts(x.type) + ")");
            return;
        }
        lhs(s.x());
    }

    /**
     * Checks an assignment target: a variable (not counted as a use), a map index, or
     * another addressable expression; blank {@code _} gives a null type.
     */
    Operand lhs(Expr e) {
        Expr u = Exprs.unparen(e);
        if (u instanceof Expr.Ident id) {
            if (id.name().equals("_")) {
                c.info.defs.put(id, null);
                return new Operand(Operand.Mode.VARIABLE, e, null, null);
            }
            Symbol s = c.scope.lookup(id.name());
            if (s instanceof Symbol.Var v) {
                // An assignment is not a use: keep v.used as it was.
                c.info.uses.put(id, v);
                c.decls.resolve(v);
                c.decls.noteDependency(v);
                c.capture(v);
                Operand x = new Operand(Operand.Mode.VARIABLE, e, v.type() == null ? Basic.INVALID : v.type(), null);
                c.record(x);
                if (e != u) {
                    c.info.types.put(u, c.info.types.get(e));
                }
                return x;
            }
        }
        Operand x = c.exprs.expr(e);
        if (x.invalid()) {
            return x;
        }
        if (x.mode == Operand.Mode.VARIABLE || x.mode == Operand.Mode.MAP_INDEX) {
            return x;
        }
        if (u instanceof Expr.Selector sel && c.info.selections.get(sel) instanceof Selection s
                && s.kind() == Selection.Kind.FIELD) {
            TypeAndValue base = c.info.types.get(Exprs.unparen(sel.x()));
            if (base != null && base.mode() == TypeAndValue.Mode.MAP_INDEX) {
                c.error(e.pos(), "cannot assign to struct field " + ExprString.of(e) + " in map");
                x.setInvalid();
                return x;
            }
        }
        c.error(e.pos(), "cannot assign to " + ExprString.of(e) + " (neither addressable nor a map index expression)");
        x.setInvalid();
        return x;
    }

    /** {@code lhs... = rhs...}. */
    private void assignVars(List<Expr> lhsExprs, List<Expr> rhsExprs) {
        List<Operand> targets = new ArrayList<>();
        for (Expr l : lhsExprs) {
            targets.add(lhs(l));
        }
        List<Operand> values = rhs(lhsExprs.size(), rhsExprs, targets);
        if (values == null) {
            return;
        }
        for (int i = 0; i < values.size(); i++) {
            Operand t = targets.get(i);
            Operand v = values.get(i);
            if (t.invalid()) {
                continue;
            }
            c.assign.assignment(v, t.type, "assignment");
            if (!v.invalid() && values.size() == rhsExprs.size()) {
                Expr l = Exprs.unparen(lhsExprs.get(i));
                if (l instanceof Expr.Ident id) {
                    nameObject(v.expr, id.name());
                } else if (l instanceof Expr.Selector sel) {
                    nameObject(v.expr, sel.sel().name());
                }
            }
        }
    }

    /**
     * Evaluates right-hand sides for {@code n} targets: n expressions, or one multi-valued
     * call, or one comma-ok expression for two targets. Reports count mismatches (null then).
     */
    List<Operand> rhs(int n, List<Expr> rhsExprs, List<Operand> targets) {
        List<Operand> out = new ArrayList<>();
        if (rhsExprs.size() == n) {
            for (int i = 0; i < n; i++) {
                Expr e = rhsExprs.get(i);
                if (n == 1 && Exprs.unparen(e) instanceof Expr.Call) {
                    Operand x = c.exprs.multi(e);
                    if (x.type instanceof Tuple t && !x.invalid()) {
                        mismatch(1, t.types().size(), rhsExprs);
                        return null;
                    }
                    out.add(x);
                    continue;
                }
                Type hint = targets != null && targets.get(i).type != null ? targets.get(i).type : null;
                out.add(c.exprs.expr(e, hint));
            }
            return out;
        }
        if (rhsExprs.size() == 1) {
            Expr e = rhsExprs.getFirst();
            Operand x = c.exprs.multi(e);
            if (x.invalid()) {
                return null;
            }
            if (x.type instanceof Tuple t) {
                if (t.types().size() == n) {
                    for (Type ty : t.types()) {
                        out.add(new Operand(Operand.Mode.VALUE, e, ty, null));
                    }
                    return out;
                }
                mismatch(n, t.types().size(), rhsExprs);
                return null;
            }
            if (n == 2 && (x.mode == Operand.Mode.COMMA_OK || x.mode == Operand.Mode.MAP_INDEX)) {
                c.info.types.put(e, new TypeAndValue(TypeAndValue.Mode.COMMA_OK, new Tuple(List.of(x.type, Basic.BOOL)), null));
                Expr u = Exprs.unparen(e);
                if (u != e) {
                    c.info.types.put(u, c.info.types.get(e));
                }
                out.add(new Operand(Operand.Mode.VALUE, e, x.type, null));
                out.add(new Operand(Operand.Mode.VALUE, e, Basic.UNTYPED_BOOL, null));
                return out;
            }
            mismatch(n, 1, rhsExprs);
            return null;
        }
        for (Expr e : rhsExprs) {
            c.exprs.multi(e);
        }
        mismatch(n, rhsExprs.size(), rhsExprs);
        return null;
    }

    private void mismatch(int l, int r, List<Expr> rhs) {
        String vars = l + (l == 1 ? " variable" : " variables");
        String vals = r + (r == 1 ? " value" : " values");
        Expr r0 = rhs.getFirst();
        if (rhs.size() == 1 && Exprs.unparen(r0) instanceof Expr.Call call) {
            c.error(r0.pos(), "assignment mismatch: " + vars + " but " + ExprString.of(call.fun()) + " returns " + vals);
            return;
        }
        c.error(r0.pos(), "assignment mismatch: " + vars + " but " + vals);
    }

    /** {@code a, b := rhs}: at least one new non-blank variable; the others are assigned. */
    private void shortVarDecl(Stmt.Assign a) {
        List<Expr.Ident> ids = new ArrayList<>();
        boolean bad = false;
        for (Expr l : a.lhs()) {
            if (l instanceof Expr.Ident id) {
                ids.add(id);
            } else {
                c.error(l.pos(), "non-name " + ExprString.of(l) + " on left side of :=");
                c.exprs.expr(l);
                bad = true;
            }
        }
        // Which are new? Evaluate the right side before declaring (scope starts after the statement).
        List<Symbol.Var> existing = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        boolean anyNew = false;
        for (Expr.Ident id : ids) {
            Symbol old = id.name().equals("_") ? null : c.scope.lookupLocal(id.name());
            if (!id.name().equals("_") && !seen.add(id.name())) {
                c.error(id.pos(), id.name() + " repeated on left side of :=");
                bad = true;
                existing.add(REPEATED);
                continue;
            }
            if (old instanceof Symbol.Var v) {
                existing.add(v);
            } else {
                existing.add(null);
                if (!id.name().equals("_")) {
                    anyNew = true;
                }
            }
        }
        List<Operand> targets = new ArrayList<>();
        for (Symbol.Var v : existing) {
            targets.add(new Operand(Operand.Mode.VARIABLE, null, v == null || v == REPEATED ? null : v.type(), null));
        }
        List<Operand> values = bad ? null : rhs(a.lhs().size(), a.rhs(), targets);
        if (!anyNew && !bad) {
            c.error(a.opPos(), "no new variables on left side of :=");
        }
        List<Symbol.Var> fresh = new ArrayList<>();
        List<Expr.Ident> freshIds = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            Expr.Ident id = ids.get(i);
            Symbol.Var old = existing.get(i);
            Operand v = values == null ? null : values.get(i);
            if (old == REPEATED) {
                continue;
            }
            if (old != null) {
                c.info.uses.put(id, old);
                c.capture(old);
                c.info.types.put(id, new TypeAndValue(TypeAndValue.Mode.VARIABLE, old.type(), null));
                if (v != null) {
                    c.assign.assignment(v, old.type(), "assignment");
                }
                continue;
            }
            Type t = Basic.INVALID;
            if (v != null && !v.invalid()) {
                c.assign.assignment(v, null, "assignment");
                if (!v.invalid()) {
                    t = v.type;
                }
            }
            Symbol.Var nv = c.newVar(id, t, Symbol.VarKind.LOCAL);
            c.info.types.put(id, new TypeAndValue(TypeAndValue.Mode.VARIABLE, t, null));
            fresh.add(nv);
            freshIds.add(id);
            if (v != null && !v.invalid()) {
                nameObject(v.expr, id.name());
            }
        }
        for (int i = 0; i < fresh.size(); i++) {
            c.declare(c.scope, freshIds.get(i), fresh.get(i));
        }
    }

    /** Remembers "jobs" for {@code jobs := make(chan int)} (and new/&T{}), for the UI. */
    void nameObject(Expr e, String name) {
        if (e == null) {
            return;
        }
        Expr u = Exprs.unparen(e);
        boolean named = switch (u) {
            case Expr.Call call -> c.info.calls.get(call) instanceof CallInfo ci && ci.kind() == CallInfo.Kind.BUILTIN
                    && (ci.builtin() == BuiltinKind.MAKE || ci.builtin() == BuiltinKind.NEW);
            case Expr.Unary un -> un.op() == Token.AND && Exprs.unparen(un.x()) instanceof Expr.CompositeLit;
            case Expr.CompositeLit cl -> true;
            default -> false;
        };
        if (named) {
            c.info.objectNames.put(u, name);
        }
    }
}
