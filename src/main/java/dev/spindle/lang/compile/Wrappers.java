package dev.spindle.lang.compile;

import dev.spindle.lang.types.Symbol;
import dev.spindle.lang.types.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Small synthesized functions that give everything callable the one shape of a func value:
 * library functions used as values or deferred ({@code defer wg.Done()}), interface method
 * calls and builtins in defer/go statements, method values. Their body loads the parameters
 * and makes the real call.
 */
final class Wrappers {
    private Wrappers() {}

    /** A library function (or method, receiver first) as a func value. */
    static FuncProto forFunc(Compiler c, Symbol.Func fn) {
        String name = fn.qualifiedName();
        FuncProto cached = c.wrappers.get(name);
        if (cached != null) {
            return cached;
        }
        List<Type> params = new ArrayList<>();
        if (fn.isMethod()) {
            params.add(fn.receiver().type());
        }
        params.addAll(fn.type().params());
        List<Type> results = fn.type().results();
        FuncProto p = build(c, name, params, results, fc -> {
            for (int i = 0; i < params.size(); i++) {
                fc.e.emit(Opcode.LOAD, 1, i);
                fc.box(Layouts.kind(params.get(i)));
            }
            int n = params.size();
            int m = results.size();
            if (HostCalls.isHost(name)) {
                fc.e.emit(Opcode.HOST_CALL, -n + m, fc.e.constant(name), n, m);
            } else {
                fc.e.emit(Opcode.CALL_NATIVE, -n + m, fc.e.constant(name), n, m);
            }
            fc.x.unboxResults(results);
            fc.e.emit(Opcode.RETURN, -m, m);
        });
        c.wrappers.put(name, p);
        return p;
    }

    /** A wrapper with the given parameters whose body the consumer emits (it must return). */
    static FuncProto build(Compiler c, String name, List<Type> params, List<Type> results, Consumer<FuncCompiler> body) {
        FuncProto p = new FuncProto(name, Compiler.kinds(params), Compiler.kinds(results));
        c.addProto(p);
        FuncCompiler fc = new FuncCompiler(c, null, p);
        for (Type t : params) {
            fc.newSlot(Layouts.kind(t));
        }
        body.accept(fc);
        fc.finish();
        return p;
    }

    /** Same as {@link #build} for wrappers whose parameters are all references. */
    static FuncProto buildRefs(Compiler c, String name, int nparams, Consumer<FuncCompiler> body) {
        FuncProto p = new FuncProto(name, new int[nparams], new int[0]);
        java.util.Arrays.fill(p.paramKinds(), Kind.REF);
        c.addProto(p);
        FuncCompiler fc = new FuncCompiler(c, null, p);
        for (int i = 0; i < nparams; i++) {
            fc.newSlot(Kind.REF);
        }
        body.accept(fc);
        fc.finish();
        return p;
    }
}
