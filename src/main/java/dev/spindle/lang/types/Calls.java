package dev.spindle.lang.types;

import dev.spindle.lang.syntax.Expr;
import dev.spindle.lang.syntax.ExprString;
import dev.spindle.lang.syntax.Pos;
import java.util.ArrayList;
import java.util.List;

/**
 * Call expressions: conversions {@code T(x)}, builtin calls, and calls of functions, methods
 * and func values, with argument counts and assignability checked as types2 words them
 * ({@code not enough arguments in call to f\n\thave (int)\n\twant (int, int)}).
 */
final class Calls {
    private final Checker c;

    Calls(Checker c) {
        this.c = c;
    }

    Operand call(Expr.Call call) {
        Expr savedCallee = c.generics.callee;
        c.generics.callee = Exprs.unparen(call.fun());
        Operand f;
        try {
            f = c.exprs.exprOrType(call.fun());
        } finally {
            c.generics.callee = savedCallee;
        }
        if (f.invalid()) {
            for (Expr a : call.args()) {
                c.exprs.multi(a);
            }
            return Operand.invalid(call);
        }
        switch (f.mode) {
            case TYPE -> {
                return c.conversions.conversion(call, f.type);
            }
            case BUILTIN -> {
                return c.builtins.call(call, f.builtin);
            }
            case NO_VALUE -> {
                c.exprs.expr(call.fun());
                return Operand.invalid(call);
            }
            default -> {
            }
        }
        if (!(f.type.underlying() instanceof Signature sig)) {
            c.error(call.fun().pos(), "invalid operation: cannot call non-function " + c.describe(f));
            for (Expr a : call.args()) {
                c.exprs.multi(a);
            }
            return Operand.invalid(call);
        }
        List<Operand> args = new ArrayList<>();
        boolean tupleSpread = args(call, args);
        if (c.generics.needsInference(call)) {
            return c.generics.call(call, args, tupleSpread);
        }
        arguments(call, sig, args, ExprString.of(call.fun()));
        c.info.calls.put(call, callInfo(call, sig, args, tupleSpread));
        if (sig.results().isEmpty()) {
            return new Operand(Operand.Mode.NO_VALUE, call, Tuple.EMPTY, null);
        }
        return new Operand(Operand.Mode.VALUE, call, sig.resultType(), null);
    }

    /** Evaluates the arguments; a single multi-valued call argument is spread. Returns true then. */
    boolean args(Expr.Call call, List<Operand> out) {
        if (call.args().size() == 1) {
            Operand x = c.exprs.multi(call.args().getFirst());
            if (x.type instanceof Tuple t && !x.invalid()) {
                for (Type ty : t.types()) {
                    out.add(new Operand(Operand.Mode.VALUE, x.expr, ty, null));
                }
                return true;
            }
            if (x.mode == Operand.Mode.NO_VALUE) {
                c.error(x.expr.pos(), ExprString.of(x.expr) + " (no value) used as value");
                x.setInvalid();
            }
            out.add(x);
            return false;
        }
        for (Expr a : call.args()) {
            out.add(c.exprs.expr(a));
        }
        return false;
    }

    /** Checks argument count and assignability against the signature. */
    void arguments(Expr.Call call, Signature sig, List<Operand> args, String fname) {
        int nargs = args.size();
        int npars = sig.params().size();
        boolean ddd = call.hasEllipsis();
        if (ddd) {
            if (!sig.variadic()) {
                c.error(call.args().getLast().pos(), "cannot use ... in call to non-variadic " + fname);
                return;
            }
            if (call.args().size() == 1 && nargs > 1) {
                c.error(call.args().getFirst().pos(), "cannot use ... with multi-valued " + ExprString.of(call.args().getFirst()));
                return;
            }
        }
        boolean countOk = sig.variadic() && !ddd ? nargs >= npars - 1 : nargs == npars;
        if (!countOk) {
            for (Operand a : args) {
                if (a.invalid()) {
                    return;
                }
            }
            Pos at;
            String q;
            if (nargs > npars) {
                at = args.get(npars).expr.pos();
                q = "too many";
            } else {
                at = nargs > 0 ? args.get(nargs - 1).expr.pos() : call.rparen();
                q = "not enough";
            }
            c.error(at, q + " arguments in call to " + fname + "\n\thave " + summary(args, ddd)
                    + "\n\twant " + summaryTypes(sig.params(), sig.variadic()));
            return;
        }
        String context = "argument to " + fname;
        for (int i = 0; i < nargs; i++) {
            Type pt;
            if (sig.variadic() && i >= npars - 1) {
                Slice s = (Slice) sig.params().get(npars - 1);
                pt = ddd ? s : s.elem();
            } else {
                pt = sig.params().get(i);
            }
            c.assign.assignment(args.get(i), pt, context);
        }
    }

    private CallInfo callInfo(Expr.Call call, Signature sig, List<Operand> args, boolean tupleSpread) {
        boolean pack = sig.variadic() && !call.hasEllipsis();
        Expr fun = Exprs.unparen(call.fun());
        CallInfo.Kind kind = CallInfo.Kind.FUNC_VALUE;
        Symbol.Func func = null;
        if (fun instanceof Expr.Index ix && c.info.instanceOf(ix) != null) {
            kind = CallInfo.Kind.FUNC;
            func = c.info.instanceOf(ix);
        } else if (fun instanceof Expr.Ident id && c.info.uses.get(id) instanceof Symbol.Func f) {
            kind = CallInfo.Kind.FUNC;
            func = f;
        } else if (fun instanceof Expr.Selector sel && c.info.selections.get(sel) instanceof Selection s) {
            switch (s.kind()) {
                case QUALIFIED -> {
                    if (s.member() instanceof Symbol.Func f) {
                        kind = CallInfo.Kind.FUNC;
                        func = f;
                    }
                }
                case METHOD -> {
                    kind = CallInfo.Kind.METHOD;
                    func = s.method();
                }
                case INTERFACE_METHOD -> kind = CallInfo.Kind.INTERFACE_METHOD;
                default -> {
                }
            }
        }
        return new CallInfo(kind, sig, func, null, null, pack, call.hasEllipsis(), tupleSpread);
    }

    /** types2's typesSummary of argument operands: untyped numbers print as "number". */
    String summary(List<Operand> args, boolean ddd) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            Type t = args.get(i).type;
            if (t instanceof Basic b && b.isUntyped()) {
                sb.append(b.isNumeric() ? "number" : b.name().replace("untyped ", ""));
            } else {
                sb.append(c.ts(t));
            }
            if (ddd && i == args.size() - 1) {
                sb.append("...");
            }
        }
        return sb.append(')').toString();
    }

    String summaryTypes(List<Type> types, boolean variadic) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < types.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            if (variadic && i == types.size() - 1 && types.get(i) instanceof Slice s) {
                sb.append("...").append(c.ts(s.elem()));
            } else {
                sb.append(c.ts(types.get(i)));
            }
        }
        return sb.append(')').toString();
    }
}
