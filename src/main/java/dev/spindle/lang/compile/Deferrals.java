package dev.spindle.lang.compile;

import dev.spindle.lang.syntax.Expr;
import dev.spindle.lang.types.BuiltinKind;
import dev.spindle.lang.types.CallInfo;
import dev.spindle.lang.types.Interface;
import dev.spindle.lang.types.Selection;
import dev.spindle.lang.types.Signature;
import dev.spindle.lang.types.Symbol;
import dev.spindle.lang.types.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * The operands of {@code go} and {@code defer}: a func value and its arguments, evaluated now
 * and boxed (the call happens later, maybe on another goroutine). Calls that are not of a
 * func value (static, method, interface, library, builtin) get one through {@link Wrappers}.
 */
final class Deferrals {
    private Deferrals() {}

    /** Pushes the func value and the boxed arguments; returns the number of arguments. */
    static int pushFuncAndArgs(FuncCompiler f, Expr.Call call) {
        Emitter e = f.e;
        CallInfo ci = f.c.info.calls().get(call);
        switch (ci.kind()) {
            case FUNC -> {
                Symbol.Func fn = ci.func();
                FuncProto p = fn.isNative() ? Wrappers.forFunc(f.c, fn) : f.c.funcProtos.get(fn);
                e.emit(Opcode.CLOSURE, 1, e.constant(p), 0);
                return f.x.args(call, ci, true);
            }
            case METHOD -> {
                Expr.Selector s = (Expr.Selector) Expr.unparen(call.fun());
                Selection sel = f.c.info.selections().get(s);
                Symbol.Func m = sel.method();
                FuncProto p = m.isNative() ? Wrappers.forFunc(f.c, m) : f.c.funcProtos.get(m);
                e.emit(Opcode.CLOSURE, 1, e.constant(p), 0);
                f.x.receiver(s, sel, true);
                return 1 + f.x.args(call, ci, true);
            }
            case INTERFACE_METHOD -> {
                Expr.Selector s = (Expr.Selector) Expr.unparen(call.fun());
                Selection sel = f.c.info.selections().get(s);
                Signature sig = ci.signature();
                List<Type> params = new ArrayList<>();
                params.add(Interface.empty());
                params.addAll(sig.params());
                IfaceCall ic = new IfaceCall(sel.name(), Compiler.kinds(sig.params()), Compiler.kinds(sig.results()));
                int np = sig.params().size();
                int m = sig.results().size();
                FuncProto p = Wrappers.build(f.c, sel.name(), params, sig.results(), fc -> {
                    for (int i = 0; i <= np; i++) {
                        fc.e.emit(Opcode.LOAD, 1, i);
                    }
                    fc.e.emit(Opcode.CALL_IFACE, -(np + 1) + m, fc.e.constant(ic), np);
                    fc.e.emit(Opcode.RETURN, -m, m);
                });
                e.emit(Opcode.CLOSURE, 1, e.constant(p), 0);
                f.x.expr(s.x());
                f.x.followPath(f.typeOf(s.x()), sel.path(), false);
                return 1 + f.x.args(call, ci, true);
            }
            case FUNC_VALUE -> {
                f.x.expr(call.fun());
                return f.x.args(call, ci, true);
            }
            case BUILTIN -> {
                return builtin(f, call, ci);
            }
            case CONVERSION -> throw new IllegalStateException("defer of a conversion");
        }
        throw new IllegalStateException("defer of " + ci.kind());
    }

    private static int builtin(FuncCompiler f, Expr.Call call, CallInfo ci) {
        Emitter e = f.e;
        List<Expr> args = call.args();
        int n = args.size();
        BuiltinKind b = ci.builtin();
        FuncProto p = Wrappers.buildRefs(f.c, b.goName(), n, fc -> {
            for (int i = 0; i < n; i++) {
                fc.e.emit(Opcode.LOAD, 1, i);
            }
            switch (b) {
                case CLOSE -> fc.e.emit(Opcode.CLOSE, -1);
                case PANIC -> fc.e.emit(Opcode.PANIC, -1);
                case PRINT, PRINTLN -> fc.e.emit(Opcode.PRINT, -n, n, b == BuiltinKind.PRINTLN ? 1 : 0);
                case RECOVER -> {
                    fc.e.emit(Opcode.RECOVER, 1);
                    fc.e.emit(Opcode.POP, -1);
                }
                default -> throw new IllegalStateException("defer " + b.goName() + " is not supported");
            }
            fc.e.emit(Opcode.RETURN, 0, 0);
        });
        e.emit(Opcode.CLOSURE, 1, e.constant(p), 0);
        for (Expr a : args) {
            f.x.value(a);
            Type t = f.typeOf(a);
            if (b == BuiltinKind.CLOSE) {
                continue;
            }
            if (!f.c.info.implicitConversions().containsKey(a) && !Layouts.isInterface(t)) {
                f.x.convertValue(t, Interface.empty());
            }
        }
        return n;
    }
}
