package dev.spindle.lang.compile;

import dev.spindle.lang.syntax.Expr;
import dev.spindle.lang.syntax.Token;
import dev.spindle.lang.types.CallInfo;
import dev.spindle.lang.types.Chan;
import dev.spindle.lang.types.Interface;
import dev.spindle.lang.types.MapType;
import dev.spindle.lang.types.Slice;
import dev.spindle.lang.types.Type;
import java.util.List;

/** The builtin functions; each returns how many results it pushed. */
final class Builtins {
    private Builtins() {}

    static int call(FuncCompiler f, Expr.Call call, CallInfo ci) {
        Emitter e = f.e;
        ExprCompiler x = f.x;
        List<Expr> args = call.args();
        switch (ci.builtin()) {
            case LEN, CAP -> {
                x.expr(args.getFirst());
                e.emit(ci.builtin() == dev.spindle.lang.types.BuiltinKind.LEN ? Opcode.LEN : Opcode.CAP, 0);
                return 1;
            }
            case APPEND -> {
                Type st = f.typeOf(call);
                Type elem = ((Slice) st.underlying()).elem();
                ElemInfo info = f.c.layouts.elem(elem);
                x.expr(args.getFirst());
                if (ci.spread()) {
                    x.expr(args.get(1));
                    e.emit(Opcode.APPEND_SLICE, -1, e.constant(info));
                    return 1;
                }
                int n = args.size() - 1;
                for (int i = 1; i < args.size(); i++) {
                    x.value(args.get(i));
                    f.box(Layouts.kind(elem));
                }
                if (n > 0) {
                    e.emit(Opcode.APPEND, -n, e.constant(info), n);
                }
                return 1;
            }
            case MAKE -> {
                Type t = f.typeOf(args.getFirst());
                Type u = t.underlying();
                if (u instanceof Slice s) {
                    x.expr(args.get(1));
                    if (args.size() > 2) {
                        x.expr(args.get(2));
                    } else {
                        e.emit(Opcode.DUP, 1);
                    }
                    e.emit(Opcode.MAKE_SLICE, -1, e.constant(f.c.layouts.elem(s.elem())));
                } else if (u instanceof MapType m) {
                    if (args.size() > 1) {
                        x.expr(args.get(1));
                    } else {
                        e.emit(Opcode.CONST_INT, 1, 0);
                    }
                    e.emit(Opcode.MAKE_MAP, 0, Layouts.identityKeys(m.key()) ? 1 : 0);
                } else if (u instanceof Chan ch) {
                    if (args.size() > 1) {
                        x.expr(args.get(1));
                    } else {
                        e.emit(Opcode.CONST_INT, 1, 0);
                    }
                    ElemInfo info = f.c.layouts.elem(ch.elem());
                    String name = f.c.info.objectNames().get(call); // jobs := make(chan int): the screen's "chan jobs"
                    e.emit(Opcode.MAKE_CHAN, 0, e.constant(name == null ? info : info.named(name)));
                }
                return 1;
            }
            case NEW -> {
                Type t = f.typeOf(args.getFirst());
                x.zero(t, f.c.info.objectNames().get(call)); // wg := new(sync.WaitGroup)
                if (!Layouts.aggregate(t)) {
                    f.box(Layouts.kind(t));
                    e.emit(Opcode.NEW_BOX, 0);
                }
                return 1;
            }
            case DELETE -> {
                MapType m = (MapType) f.typeOf(args.getFirst()).underlying();
                x.expr(args.getFirst());
                x.value(args.get(1));
                f.box(Layouts.kind(m.key()));
                e.emit(Opcode.MAP_DELETE, -2);
                return 0;
            }
            case COPY -> {
                x.expr(args.getFirst());
                x.expr(args.get(1));
                Type elem = FuncCompiler.elemOf(f.typeOf(args.getFirst()));
                e.emit(Opcode.COPY_SLICE, -1, Layouts.aggregate(elem) ? 1 : 0);
                return 1;
            }
            case PANIC -> {
                x.value(args.getFirst());
                toInterface(f, f.typeOf(args.getFirst()), args.getFirst());
                e.at(call.pos());
                e.emit(Opcode.PANIC, -1);
                return 0;
            }
            case RECOVER -> {
                e.emit(Opcode.RECOVER, 1);
                return 1;
            }
            case PRINT, PRINTLN -> {
                for (Expr a : args) {
                    x.value(a);
                    toInterface(f, f.typeOf(a), a);
                }
                e.emit(Opcode.PRINT, -args.size(), args.size(), ci.builtin() == dev.spindle.lang.types.BuiltinKind.PRINTLN ? 1 : 0);
                return 0;
            }
            case CLEAR -> {
                x.expr(args.getFirst());
                e.emit(Opcode.CLEAR, -1);
                return 0;
            }
            case CLOSE -> {
                x.expr(args.getFirst());
                e.at(call.pos());
                e.emit(Opcode.CLOSE, -1);
                return 0;
            }
            case MIN, MAX -> {
                minMax(f, call, ci.builtin() == dev.spindle.lang.types.BuiltinKind.MIN);
                return 1;
            }
            default -> throw new IllegalStateException(ci.builtin() + " is not supported");
        }
    }

    /** Converts the value on top to an interface unless the checker already did. */
    private static void toInterface(FuncCompiler f, Type t, Expr a) {
        if (f.c.info.implicitConversions().containsKey(a) || t.underlying() instanceof Interface) {
            return;
        }
        f.x.convertValue(t, Interface.empty());
    }

    private static void minMax(FuncCompiler f, Expr.Call call, boolean min) {
        Emitter e = f.e;
        Type t = f.typeOf(call);
        int acc = f.temp(t);
        List<Expr> args = call.args();
        f.x.expr(args.getFirst());
        e.emit(Opcode.STORE, -1, acc);
        for (int i = 1; i < args.size(); i++) {
            int cur = f.temp(t);
            f.x.expr(args.get(i));
            e.emit(Opcode.STORE, -1, cur);
            e.emit(Opcode.LOAD, 1, cur);
            e.emit(Opcode.LOAD, 1, acc);
            f.x.binaryOp(min ? Token.LSS : Token.GTR, t, t);
            int j = e.jump(Opcode.JF);
            e.emit(Opcode.LOAD, 1, cur);
            e.emit(Opcode.STORE, -1, acc);
            e.patch(j);
        }
        e.emit(Opcode.LOAD, 1, acc);
    }
}
