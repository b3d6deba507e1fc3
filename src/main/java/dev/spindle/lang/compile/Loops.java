package dev.spindle.lang.compile;

import dev.spindle.lang.syntax.Expr;
import dev.spindle.lang.syntax.Stmt;
import dev.spindle.lang.syntax.Token;
import dev.spindle.lang.types.Array;
import dev.spindle.lang.types.Basic;
import dev.spindle.lang.types.Chan;
import dev.spindle.lang.types.MapType;
import dev.spindle.lang.types.Pointer;
import dev.spindle.lang.types.Slice;
import dev.spindle.lang.types.Symbol;
import dev.spindle.lang.types.Type;
import java.util.List;

/**
 * for and range loops. Backward jumps are LOOP safepoints. A loop whose test is a fused
 * compare of int locals is also tested at the bottom: its back edge (LOOP_LL/LK, or
 * INC_LOOP_LL/LK with an {@code i++}-like post statement folded in) jumps straight into the
 * body, so the usual counting loop costs one dispatch for test, increment and safepoint; a
 * spent budget stops at the test on top, where a plain LOOP would have. Go 1.22: a loop variable that
 * escapes gets a fresh box each iteration (copied from the previous one before the post
 * statement, as the spec describes).
 */
final class Loops {
    private Loops() {}

    static void forStmt(FuncCompiler f, Stmt.For s) {
        Emitter e = f.e;
        if (s.init() != null) {
            f.stmt(s.init());
        }
        List<Symbol.Var> loopVars = f.c.info.loopVars().getOrDefault(s, List.of());
        FuncCompiler.Target t = new FuncCompiler.Target();
        f.targets.put(s, t);
        int top = e.pc();
        int exit = -1;
        ExprCompiler.FusedCond fused = s.cond() == null ? null : f.x.fusedCond(s.cond());
        if (s.cond() != null) {
            exit = f.x.condJumpFalse(s.cond());
        }
        int body = e.pc();
        f.block(s.body().stmts());
        for (int j : t.continues) {
            e.patch(j);
        }
        for (Symbol.Var v : loopVars) {
            if (f.isBoxed(v) && f.slots.containsKey(v)) {
                int slot = f.slots.get(v);
                e.emit(Opcode.LOAD, 1, slot);
                e.emit(Opcode.DEREF, 0);
                e.emit(Opcode.NEW_BOX, 0);
                e.emit(Opcode.STORE, -1, slot);
            }
        }
        int[] inc = fused != null && s.post() != null ? f.incLocal(s.post()) : null;
        if (inc != null) {
            // i++ and the test in one back edge: 2 dispatches per iteration of `sum += i`.
            e.at(s.post().pos());
            e.backEdge(Opcode.backEdgeOf(fused.jump(), true), body, top, inc[0], inc[1], fused.cmp(), fused.a(), fused.b());
        } else {
            if (s.post() != null) {
                f.stmt(s.post());
            }
            if (fused != null) {
                e.backEdge(Opcode.backEdgeOf(fused.jump(), false), body, top, fused.cmp(), fused.a(), fused.b());
            } else {
                e.loop(top);
            }
        }
        if (exit >= 0) {
            e.patch(exit);
        }
        for (int j : t.breaks) {
            e.patch(j);
        }
    }

    static void range(FuncCompiler f, Stmt.Range r) {
        Emitter e = f.e;
        Type xt = f.typeOf(r.x());
        Type u = xt.underlying();
        if (u instanceof Pointer p) {
            u = p.elem().underlying();
        }
        FuncCompiler.Target t = new FuncCompiler.Target();
        f.targets.put(r, t);
        switch (u) {
            case Basic b when Layouts.isString(xt) -> rangeString(f, r, t);
            case Basic b -> rangeInt(f, r, t, xt);
            case Slice s -> rangeIndexed(f, r, t, s.elem());
            case Array a -> rangeIndexed(f, r, t, a.elem());
            case MapType m -> rangeMap(f, r, t, m);
            case Chan c -> rangeChan(f, r, t, c);
            default -> throw new IllegalStateException("range over " + xt);
        }
        for (int j : t.breaks) {
            e.patch(j);
        }
    }

    /** Assigns or declares the key/value variable from the value the emitter pushes. */
    private static void bind(FuncCompiler f, Stmt.Range r, Expr target, Runnable value) {
        if (target == null || FuncCompiler.isBlank(target)) {
            return;
        }
        if (r.tok() == Token.DEFINE) {
            Symbol.Var v = (Symbol.Var) f.c.info.defs().get((Expr.Ident) target);
            if (v == null) {
                return;
            }
            f.slots.remove(v);
            f.declare(v, value);
        } else {
            LValue lv = LValue.of(f, target);
            lv.prepare();
            lv.store(value);
        }
    }

    private static void rangeInt(FuncCompiler f, Stmt.Range r, FuncCompiler.Target t, Type xt) {
        Emitter e = f.e;
        int n = f.temp(Kind.INT);
        int i = f.temp(Kind.INT);
        f.x.expr(r.x());
        e.emit(Opcode.STORE, -1, n);
        e.emit(Opcode.CONST_INT, 1, 0);
        e.emit(Opcode.STORE, -1, i);
        int top = e.pc();
        int exit = e.jcmp(Opcode.JCMP_LL, Opcode.cmpCode(Opcode.LT), i, n);
        int body = e.pc();
        bind(f, r, r.key(), () -> e.emit(Opcode.LOAD, 1, i));
        f.block(r.body().stmts());
        for (int j : t.continues) {
            e.patch(j);
        }
        e.backEdge(Opcode.INC_LOOP_LL, body, top, i, 1, Opcode.cmpCode(Opcode.LT), i, n);
        e.patch(exit);
    }

    private static void rangeIndexed(FuncCompiler f, Stmt.Range r, FuncCompiler.Target t, Type elem) {
        Emitter e = f.e;
        int xs = f.temp(Kind.REF);
        int n = f.temp(Kind.INT);
        int i = f.temp(Kind.INT);
        Type xt = f.typeOf(r.x());
        if (xt.underlying() instanceof Array && r.value() != null) {
            f.x.value(r.x()); // ranging over an array ranges over a copy
        } else {
            f.x.expr(r.x());
        }
        boolean arrayPointer = xt.underlying() instanceof Pointer p && p.elem().underlying() instanceof Array;
        boolean readsElems = r.value() != null && !FuncCompiler.isBlank(r.value());
        if (arrayPointer && readsElems) {
            e.emit(Opcode.NIL_CHECK, 0); // a nil *[N]T panics when its elements are read
        }
        e.emit(Opcode.DUP, 1);
        e.emit(Opcode.STORE, -1, xs);
        if (arrayPointer) {
            // len of a *[N]T is N, nil or not: the index alone ranges N times, as in Go.
            e.emit(Opcode.POP, -1);
            e.pushInt(((Array) ((Pointer) xt.underlying()).elem().underlying()).length());
        } else {
            e.emit(Opcode.LEN, 0);
        }
        e.emit(Opcode.STORE, -1, n);
        e.emit(Opcode.CONST_INT, 1, 0);
        e.emit(Opcode.STORE, -1, i);
        int top = e.pc();
        int exit = e.jcmp(Opcode.JCMP_LL, Opcode.cmpCode(Opcode.LT), i, n);
        int body = e.pc();
        bind(f, r, r.key(), () -> e.emit(Opcode.LOAD, 1, i));
        bind(f, r, r.value(), () -> {
            e.emit(Opcode.LOAD, 1, xs);
            e.emit(Opcode.LOAD, 1, i);
            e.emit(Opcode.INDEX, -1);
            if (Layouts.aggregate(elem)) {
                e.emit(Opcode.COPY, 0);
            } else {
                f.unbox(Layouts.kind(elem));
            }
        });
        f.block(r.body().stmts());
        for (int j : t.continues) {
            e.patch(j);
        }
        e.backEdge(Opcode.INC_LOOP_LL, body, top, i, 1, Opcode.cmpCode(Opcode.LT), i, n);
        e.patch(exit);
    }

    private static void rangeString(FuncCompiler f, Stmt.Range r, FuncCompiler.Target t) {
        Emitter e = f.e;
        int s = f.temp(Kind.REF);
        int i = f.temp(Kind.INT);
        int rune = f.temp(Kind.INT);
        int width = f.temp(Kind.INT);
        f.x.expr(r.x());
        e.emit(Opcode.STORE, -1, s);
        e.emit(Opcode.CONST_INT, 1, 0);
        e.emit(Opcode.STORE, -1, i);
        int top = e.pc();
        e.emit(Opcode.LOAD, 1, i);
        e.emit(Opcode.LOAD, 1, s);
        e.emit(Opcode.LEN, 0);
        e.emit(Opcode.LT, -1);
        int exit = e.jump(Opcode.JF);
        e.emit(Opcode.LOAD, 1, s);
        e.emit(Opcode.LOAD, 1, i);
        e.emit(Opcode.STR_DECODE, 0);
        e.emit(Opcode.STORE, -1, width);
        e.emit(Opcode.STORE, -1, rune);
        bind(f, r, r.key(), () -> e.emit(Opcode.LOAD, 1, i));
        bind(f, r, r.value(), () -> e.emit(Opcode.LOAD, 1, rune));
        f.block(r.body().stmts());
        for (int j : t.continues) {
            e.patch(j);
        }
        e.emit(Opcode.LOAD, 1, i);
        e.emit(Opcode.LOAD, 1, width);
        e.emit(Opcode.ADD, -1);
        e.emit(Opcode.STORE, -1, i);
        e.loop(top);
        e.patch(exit);
    }

    private static void rangeMap(FuncCompiler f, Stmt.Range r, FuncCompiler.Target t, MapType m) {
        Emitter e = f.e;
        int it = f.temp(Kind.REF);
        f.x.expr(r.x());
        e.emit(Opcode.MAP_ITER, 0);
        e.emit(Opcode.STORE, -1, it);
        int top = e.pc();
        e.emit(Opcode.LOAD, 1, it);
        e.emit(Opcode.MAP_NEXT, 0);
        int exit = e.jump(Opcode.JF);
        bind(f, r, r.key(), () -> {
            e.emit(Opcode.LOAD, 1, it);
            e.emit(Opcode.MAP_KEY, 0);
            f.unbox(Layouts.kind(m.key()));
        });
        bind(f, r, r.value(), () -> {
            e.emit(Opcode.LOAD, 1, it);
            e.emit(Opcode.MAP_VALUE, 0);
            if (Layouts.aggregate(m.elem())) {
                e.emit(Opcode.COPY, 0);
            } else {
                f.unbox(Layouts.kind(m.elem()));
            }
        });
        f.block(r.body().stmts());
        for (int j : t.continues) {
            e.patch(j);
        }
        e.loop(top);
        e.patch(exit);
    }

    private static void rangeChan(FuncCompiler f, Stmt.Range r, FuncCompiler.Target t, Chan c) {
        Emitter e = f.e;
        int ch = f.temp(Kind.REF);
        int v = f.temp(Kind.REF);
        f.x.expr(r.x());
        e.emit(Opcode.STORE, -1, ch);
        int top = e.pc();
        e.emit(Opcode.LOAD, 1, ch);
        e.at(r.pos());
        e.emit(Opcode.RECV2, 1);
        f.unbox(Kind.BOOL);
        int exit = e.jump(Opcode.JF);
        e.emit(Opcode.STORE, -1, v);
        bind(f, r, r.key(), () -> {
            e.emit(Opcode.LOAD, 1, v);
            f.unbox(Layouts.kind(c.elem()));
        });
        f.block(r.body().stmts());
        for (int j : t.continues) {
            e.patch(j);
        }
        e.loop(top);
        e.patch(exit);
        e.emit(Opcode.POP, -1);
    }
}
