package dev.spindle.lang.compile;

import dev.spindle.lang.syntax.CaseClause;
import dev.spindle.lang.syntax.CommClause;
import dev.spindle.lang.syntax.Expr;
import dev.spindle.lang.syntax.Stmt;
import dev.spindle.lang.syntax.Token;
import dev.spindle.lang.types.Basic;
import dev.spindle.lang.types.Chan;
import dev.spindle.lang.types.Symbol;
import dev.spindle.lang.types.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * switch, type switch and select. Case tests come first, then the bodies in source order,
 * so that {@code fallthrough} is simply not jumping to the end.
 */
final class Switches {
    private Switches() {}

    static void switchStmt(FuncCompiler f, Stmt.Switch s) {
        Emitter e = f.e;
        if (s.init() != null) {
            f.stmt(s.init());
        }
        FuncCompiler.Target t = new FuncCompiler.Target();
        f.targets.put(s, t);
        Type tagType = s.tag() == null ? Basic.BOOL : f.typeOf(s.tag());
        int tag = -1;
        if (s.tag() != null) {
            f.x.expr(s.tag());
            tag = f.temp(tagType);
            e.emit(Opcode.STORE, -1, tag);
        }
        List<CaseClause> clauses = s.clauses();
        List<List<Integer>> toBody = new ArrayList<>();
        int defaultIndex = -1;
        for (int i = 0; i < clauses.size(); i++) {
            CaseClause cc = clauses.get(i);
            List<Integer> jumps = new ArrayList<>();
            toBody.add(jumps);
            if (cc.isDefault()) {
                defaultIndex = i;
                continue;
            }
            for (Expr x : cc.exprs()) {
                e.at(x.pos());
                if (tag < 0) {
                    f.x.cond(x);
                } else {
                    e.emit(Opcode.LOAD, 1, tag);
                    f.x.expr(x);
                    Type xt = f.typeOf(x);
                    f.x.binaryOp(Token.EQL, Layouts.isInterface(tagType) ? tagType : xt, tagType);
                }
                jumps.add(e.jump(Opcode.JT));
            }
        }
        int toDefault = e.jump(Opcode.JMP);
        List<Integer> ends = new ArrayList<>();
        for (int i = 0; i < clauses.size(); i++) {
            CaseClause cc = clauses.get(i);
            for (int j : toBody.get(i)) {
                e.patch(j);
            }
            if (i == defaultIndex) {
                e.patch(toDefault);
            }
            f.block(cc.body());
            boolean falls = !cc.body().isEmpty() && cc.body().getLast() instanceof Stmt.Branch b
                    && b.tok() == Token.FALLTHROUGH;
            if (!falls) {
                ends.add(e.jump(Opcode.JMP));
            }
        }
        if (defaultIndex < 0) {
            e.patch(toDefault);
        }
        for (int j : ends) {
            e.patch(j);
        }
        for (int j : t.breaks) {
            e.patch(j);
        }
    }

    static void typeSwitch(FuncCompiler f, Stmt.TypeSwitch s) {
        Emitter e = f.e;
        if (s.init() != null) {
            f.stmt(s.init());
        }
        FuncCompiler.Target t = new FuncCompiler.Target();
        f.targets.put(s, t);
        int x = f.temp(Kind.REF);
        f.x.expr(s.x());
        e.emit(Opcode.STORE, -1, x);
        List<CaseClause> clauses = s.clauses();
        List<List<Integer>> toBody = new ArrayList<>();
        int defaultIndex = -1;
        for (int i = 0; i < clauses.size(); i++) {
            CaseClause cc = clauses.get(i);
            List<Integer> jumps = new ArrayList<>();
            toBody.add(jumps);
            if (cc.isDefault()) {
                defaultIndex = i;
                continue;
            }
            for (Expr te : cc.exprs()) {
                e.emit(Opcode.LOAD, 1, x);
                if (isNil(f, te)) {
                    e.emit(Opcode.NIL, 1);
                    e.emit(Opcode.IDEQ, -1);
                } else {
                    e.emit(Opcode.TYPE_IS, 0, e.constant(f.typeOf(te)));
                }
                jumps.add(e.jump(Opcode.JT));
            }
        }
        int toDefault = e.jump(Opcode.JMP);
        List<Integer> ends = new ArrayList<>();
        for (int i = 0; i < clauses.size(); i++) {
            CaseClause cc = clauses.get(i);
            for (int j : toBody.get(i)) {
                e.patch(j);
            }
            if (i == defaultIndex) {
                e.patch(toDefault);
            }
            Symbol.Var v = f.c.info.caseVars().get(cc);
            if (v != null) {
                Type vt = v.type();
                boolean single = cc.exprs().size() == 1 && !isNil(f, cc.exprs().getFirst());
                f.declare(v, () -> {
                    e.emit(Opcode.LOAD, 1, x);
                    if (single && !Layouts.isInterface(vt)) {
                        e.emit(Opcode.ASSERT, 0, e.constant(new AssertInfo(vt, f.typeOf(s.x()))));
                        f.unbox(Layouts.kind(vt));
                    }
                });
            }
            f.block(cc.body());
            ends.add(e.jump(Opcode.JMP));
        }
        if (defaultIndex < 0) {
            e.patch(toDefault);
        }
        for (int j : ends) {
            e.patch(j);
        }
        for (int j : t.breaks) {
            e.patch(j);
        }
    }

    private static boolean isNil(FuncCompiler f, Expr te) {
        Type t = f.typeOf(te);
        return t instanceof Basic b && b.kind() == Basic.Kind.UNTYPED_NIL
                || (te instanceof Expr.Ident id && id.name().equals("nil") && !(f.c.info.symbolOf(id) instanceof Symbol.TypeName));
    }

    static void select(FuncCompiler f, Stmt.Select s) {
        Emitter e = f.e;
        FuncCompiler.Target t = new FuncCompiler.Target();
        f.targets.put(s, t);
        List<CommClause> cases = new ArrayList<>();
        CommClause dflt = null;
        for (CommClause cc : s.clauses()) {
            if (cc.comm() == null) {
                dflt = cc;
            } else {
                cases.add(cc);
            }
        }
        boolean[] sends = new boolean[cases.size()];
        int[] lines = new int[cases.size()];
        for (int i = 0; i < cases.size(); i++) {
            Stmt comm = cases.get(i).comm();
            lines[i] = cases.get(i).pos() != null ? cases.get(i).pos().line() : 0;
            if (comm instanceof Stmt.Send send) {
                sends[i] = true;
                f.x.expr(send.chan());
                f.x.value(send.value());
                f.box(Layouts.kind(f.typeOf(send.value())));
            } else {
                f.x.expr(recvExpr(comm).x());
            }
        }
        int pushed = 0;
        for (boolean b : sends) {
            pushed += b ? 2 : 1;
        }
        e.at(s.pos());
        e.emit(Opcode.SELECT, -pushed + 3, e.constant(new SelectDesc(sends, lines, dflt != null)));
        int ok = f.temp(Kind.REF);
        int val = f.temp(Kind.REF);
        int idx = f.temp(Kind.REF);
        e.emit(Opcode.STORE, -1, ok);
        e.emit(Opcode.STORE, -1, val);
        e.emit(Opcode.STORE, -1, idx);
        List<Integer> ends = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            CommClause cc = cases.get(i);
            e.emit(Opcode.LOAD, 1, idx);
            f.unbox(Kind.INT);
            e.emit(Opcode.CONST_INT, 1, i);
            e.emit(Opcode.EQ, -1);
            int next = e.jump(Opcode.JF);
            if (cc.comm() instanceof Stmt.Assign a) {
                Expr.Unary recv = recvExpr(a);
                Type elem = ((Chan) f.typeOf(recv.x()).underlying()).elem();
                bindRecv(f, a, 0, () -> {
                    e.emit(Opcode.LOAD, 1, val);
                    f.unbox(Layouts.kind(elem));
                    if (a.op() != Token.DEFINE) {
                        // v = <-ch with an interface v: the element becomes an interface value, as in any assignment.
                        f.x.convertValue(elem, f.typeOf(a.lhs().getFirst()));
                    }
                });
                if (a.lhs().size() > 1) {
                    bindRecv(f, a, 1, () -> {
                        e.emit(Opcode.LOAD, 1, ok);
                        f.unbox(Kind.BOOL);
                    });
                }
            }
            f.block(cc.body());
            ends.add(e.jump(Opcode.JMP));
            e.patch(next);
        }
        if (dflt != null) {
            f.block(dflt.body());
        }
        for (int j : ends) {
            e.patch(j);
        }
        for (int j : t.breaks) {
            e.patch(j);
        }
    }

    private static void bindRecv(FuncCompiler f, Stmt.Assign a, int i, Runnable value) {
        Expr target = a.lhs().get(i);
        if (FuncCompiler.isBlank(target)) {
            return;
        }
        if (a.op() == Token.DEFINE) {
            Symbol.Var v = (Symbol.Var) f.c.info.defs().get((Expr.Ident) target);
            if (v != null) {
                f.declare(v, value);
            }
        } else {
            LValue lv = LValue.of(f, target);
            lv.prepare();
            lv.store(value);
        }
    }

    private static Expr.Unary recvExpr(Stmt comm) {
        Expr x = switch (comm) {
            case Stmt.ExprStmt es -> es.x();
            case Stmt.Assign a -> a.rhs().getFirst();
            default -> throw new IllegalStateException("select case " + comm);
        };
        return (Expr.Unary) Expr.unparen(x);
    }
}
