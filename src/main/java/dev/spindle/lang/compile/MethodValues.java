package dev.spindle.lang.compile;

import dev.spindle.lang.syntax.Expr;
import dev.spindle.lang.types.Selection;
import dev.spindle.lang.types.Signature;
import dev.spindle.lang.types.Symbol;
import dev.spindle.lang.types.Type;
import java.util.List;

/**
 * Method values ({@code f := c.Inc}: the receiver is evaluated now and bound) and method
 * expressions ({@code T.M}: the receiver becomes the first parameter).
 */
final class MethodValues {
    private MethodValues() {}

    static void bound(FuncCompiler f, Expr.Selector s, Selection sel) {
        Emitter e = f.e;
        Signature sig = (Signature) sel.type().underlying();
        List<Type> params = sig.params();
        List<Type> results = sig.results();
        int m = results.size();
        FuncProto wrapper;
        if (sel.kind() == Selection.Kind.INTERFACE_METHOD) {
            f.x.expr(s.x());
            f.x.followPath(f.typeOf(s.x()), sel.path(), false);
            // Go evaluates the receiver now: a nil interface has no method to bind and panics
            // here, not when the method value is called.
            e.emit(Opcode.NIL_CHECK, 0);
            IfaceCall ic = new IfaceCall(sel.name(), Compiler.kinds(params), Compiler.kinds(results));
            wrapper = Wrappers.build(f.c, sel.name() + "-fm", params, results, fc -> {
                fc.free.put(new Symbol.Var("recv", null, Symbol.VarKind.LOCAL, "main", 0, 0), 0);
                fc.e.emit(Opcode.LOAD_FREE, 1, 0);
                fc.e.emit(Opcode.DEREF, 0);
                for (int i = 0; i < params.size(); i++) {
                    fc.e.emit(Opcode.LOAD, 1, i);
                }
                fc.e.emit(Opcode.CALL_IFACE, -(params.size() + 1) + m, fc.e.constant(ic), params.size());
                fc.e.emit(Opcode.RETURN, -m, m);
            });
        } else {
            Symbol.Func method = sel.method();
            f.x.receiver(s, sel, true);
            Type recvType = method.receiver().type();
            FuncProto target = method.isNative() ? Wrappers.forFunc(f.c, method) : f.c.funcProtos.get(method);
            wrapper = Wrappers.build(f.c, target.name() + "-fm", params, results, fc -> {
                fc.free.put(new Symbol.Var("recv", null, Symbol.VarKind.LOCAL, "main", 0, 0), 0);
                fc.e.emit(Opcode.LOAD_FREE, 1, 0);
                fc.e.emit(Opcode.DEREF, 0);
                fc.unbox(Layouts.kind(recvType));
                for (int i = 0; i < params.size(); i++) {
                    fc.e.emit(Opcode.LOAD, 1, i);
                }
                fc.e.emit(Opcode.CALL, -(params.size() + 1) + m, fc.e.constant(target));
                fc.e.emit(Opcode.RETURN, -m, m);
            });
        }
        e.emit(Opcode.NEW_BOX, 0);
        e.emit(Opcode.CLOSURE, 0, e.constant(wrapper), 1);
    }

    static void expression(FuncCompiler f, Expr.Selector s, Selection sel) {
        Symbol.Func method = sel.method();
        Signature sig = (Signature) sel.type().underlying();
        List<Type> params = sig.params();
        List<Type> results = sig.results();
        int m = results.size();
        Type recv = params.getFirst();
        if (method == null || !sel.path().isEmpty()) {
            // An interface's method (I.M: a dynamic call on the first argument) or a method
            // promoted from an embedded field (T.M: follow the path to the field first).
            FuncProto target = method == null ? null
                    : method.isNative() ? Wrappers.forFunc(f.c, method) : f.c.funcProtos.get(method);
            IfaceCall ic = method != null ? null : new IfaceCall(sel.name(),
                    Compiler.kinds(params.subList(1, params.size())), Compiler.kinds(results));
            FuncProto p = Wrappers.build(f.c, f.typeOf(s.x()) + "." + sel.name(), params, results, fc -> {
                fc.e.emit(Opcode.LOAD, 1, 0);
                fc.x.followPath(recv, sel.path(), false);
                for (int i = 1; i < params.size(); i++) {
                    fc.e.emit(Opcode.LOAD, 1, i);
                }
                if (method == null) {
                    fc.e.emit(Opcode.CALL_IFACE, -params.size() + m, fc.e.constant(ic), params.size() - 1);
                } else {
                    fc.e.emit(Opcode.CALL, -params.size() + m, fc.e.constant(target));
                }
                fc.e.emit(Opcode.RETURN, -m, m);
            });
            f.e.emit(Opcode.CLOSURE, 1, f.e.constant(p), 0);
            return;
        }
        FuncProto p = method.isNative() ? Wrappers.forFunc(f.c, method) : f.c.funcProtos.get(method);
        f.e.emit(Opcode.CLOSURE, 1, f.e.constant(p), 0);
    }
}
