package dev.spindle.lang.types;

import dev.spindle.lang.syntax.Expr;
import dev.spindle.lang.syntax.ExprString;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The builtin functions: len cap append make new delete copy close panic recover print
 * println min max clear. complex, real and imag are refused (no complex numbers here).
 */
final class Builtins {
    private final Checker c;

    Builtins(Checker c) {
        this.c = c;
    }

    Operand call(Expr.Call call, BuiltinKind kind) {
        c.info.calls.put(call, CallInfo.builtin(kind, call.hasEllipsis()));
        String name = kind.goName();
        List<Expr> argExprs = call.args();
        int n = argExprs.size();
        if (kind == BuiltinKind.COMPLEX || kind == BuiltinKind.REAL || kind == BuiltinKind.IMAG) {
            c.error(call.pos(), "complex numbers are not supported by spindle");
            return Operand.invalid(call);
        }
        if (call.hasEllipsis() && kind != BuiltinKind.APPEND) {
            c.error(call.ellipsis(), "invalid operation: invalid use of ... with built-in " + name);
            return Operand.invalid(call);
        }
        int min = switch (kind) {
            case RECOVER, PRINT, PRINTLN -> 0;
            case APPEND, CAP, CLEAR, CLOSE, LEN, MAKE, NEW, PANIC, MAX, MIN -> 1;
            default -> 2;
        };
        int max = switch (kind) {
            case RECOVER -> 0;
            case CAP, CLEAR, CLOSE, LEN, NEW, PANIC -> 1;
            case COPY, DELETE -> 2;
            case MAKE -> 3;
            default -> Integer.MAX_VALUE;
        };
        // make and new take a type first; everything else takes values.
        List<Operand> args = new ArrayList<>();
        if (kind == BuiltinKind.MAKE || kind == BuiltinKind.NEW) {
            if (n == 0) {
                c.error(call.pos(), "invalid operation: not enough arguments for " + ExprString.of(call) + " (expected " + min + ", found 0)");
                return Operand.invalid(call);
            }
            Type t = c.typeExprs.typ(argExprs.getFirst());
            for (int i = 1; i < n; i++) {
                args.add(c.exprs.expr(argExprs.get(i)));
            }
            if (Types.isInvalid(t)) {
                return Operand.invalid(call);
            }
            return kind == BuiltinKind.NEW ? newCall(call, t, n) : make(call, t, args);
        }
        if (n == 1 && kind != BuiltinKind.LEN && kind != BuiltinKind.CAP) {
            Operand x = c.exprs.multi(argExprs.getFirst());
            if (x.type instanceof Tuple t && !x.invalid()) {
                for (Type ty : t.types()) {
                    args.add(new Operand(Operand.Mode.VALUE, x.expr, ty, null));
                }
            } else {
                args.add(x);
            }
        } else {
            for (Expr a : argExprs) {
                args.add(c.exprs.expr(a));
            }
        }
        for (Operand a : args) {
            if (a.invalid()) {
                return Operand.invalid(call);
            }
        }
        if (args.size() < min) {
            c.error(call.pos(), "invalid operation: not enough arguments for " + ExprString.of(call)
                    + " (expected " + min + ", found " + args.size() + ")");
            return Operand.invalid(call);
        }
        if (args.size() > max) {
            c.error(call.pos(), "invalid operation: too many arguments for " + ExprString.of(call)
                    + " (expected " + max + ", found " + args.size() + ")");
            return Operand.invalid(call);
        }
        return switch (kind) {
            case LEN, CAP -> lenCap(call, kind, args.getFirst());
            case APPEND -> append(call, args);
            case CLEAR -> {
                Operand x = args.getFirst();
                if (!(x.type.underlying() instanceof MapType) && !(x.type.underlying() instanceof Slice)) {
                    c.error(x.expr.pos(), "invalid argument: " + c.describe(x) + " for built-in clear");
                    yield Operand.invalid(call);
                }
                yield noValue(call);
            }
            case CLOSE -> {
                Operand x = args.getFirst();
                if (!(x.type.underlying() instanceof Chan ch)) {
                    c.error(x.expr.pos(), "invalid operation: cannot close non-channel " + c.describe(x));
                    yield Operand.invalid(call);
                }
                if (!ch.dir().canSend()) {
                    c.error(x.expr.pos(), "invalid operation: cannot close receive-only channel " + c.describe(x));
                    yield Operand.invalid(call);
                }
                yield noValue(call);
            }
            case COPY -> copy(call, args.get(0), args.get(1));
            case DELETE -> {
                Operand m = args.get(0);
                if (!(m.type.underlying() instanceof MapType mt)) {
                    c.error(m.expr.pos(), "invalid argument: " + c.describe(m) + " is not a map");
                    yield Operand.invalid(call);
                }
                c.assign.assignment(args.get(1), mt.key(), "argument to delete");
                yield noValue(call);
            }
            case PANIC -> {
                c.assign.assignment(args.getFirst(), Universe.ANY, "argument to panic");
                yield noValue(call);
            }
            case PRINT, PRINTLN -> {
                for (Operand a : args) {
                    c.assign.assignment(a, null, "argument to built-in " + name);
                }
                yield noValue(call);
            }
            case RECOVER -> new Operand(Operand.Mode.VALUE, call, Universe.ANY, null);
            case MIN, MAX -> minMax(call, kind, args);
            default -> Operand.invalid(call);
        };
    }

    private static Operand noValue(Expr.Call call) {
        return new Operand(Operand.Mode.NO_VALUE, call, Tuple.EMPTY, null);
    }

    private Operand lenCap(Expr.Call call, BuiltinKind kind, Operand x) {
        Type u = x.type.underlying();
        if (u instanceof Pointer p && p.elem().underlying() instanceof Array) {
            u = p.elem().underlying();
        }
        boolean ok = switch (u) {
            case Basic b -> kind == BuiltinKind.LEN && b.isString();
            case Array a -> true;
            case Slice s -> true;
            case Chan ch -> true;
            case MapType m -> kind == BuiltinKind.LEN;
            default -> false;
        };
        if (!ok) {
            if (u == Basic.INVALID) {
                return Operand.invalid(call); // its type's error was reported already
            }
            c.error(x.expr.pos(), "invalid argument: " + c.describe(x) + " for built-in " + kind.goName());
            return Operand.invalid(call);
        }
        if (x.isConst() && x.val instanceof Constant.Str s) {
            if (Types.isUntyped(x.type)) {
                c.assign.convertUntyped(x, Basic.STRING);
            }
            return new Operand(Operand.Mode.CONSTANT, call, Basic.INT, Constant.Int.of(s.length()));
        }
        if (u instanceof Array a && !containsCallOrReceive(x.expr)) {
            return new Operand(Operand.Mode.CONSTANT, call, Basic.INT, Constant.Int.of(a.length()));
        }
        return new Operand(Operand.Mode.VALUE, call, Basic.INT, null);
    }

    private static boolean containsCallOrReceive(Expr e) {
        return switch (e) {
            case Expr.Call call -> true;
            case Expr.Unary u -> u.op() == dev.spindle.lang.syntax.Token.ARROW || containsCallOrReceive(u.x());
            case Expr.Paren p -> containsCallOrReceive(p.x());
            case Expr.Selector s -> containsCallOrReceive(s.x());
            case Expr.Index ix -> containsCallOrReceive(ix.x()) || ix.indices().stream().anyMatch(Builtins::containsCallOrReceive);
            case Expr.Star s -> containsCallOrReceive(s.x());
            case Expr.Binary b -> containsCallOrReceive(b.x()) || containsCallOrReceive(b.y());
            case Expr.Ident id -> false;
            case Expr.BasicLit l -> false;
            default -> true;
        };
    }

    private Operand append(Expr.Call call, List<Operand> args) {
        Operand s = args.getFirst();
        if (s.isNil()) {
            c.error(s.expr.pos(), "first argument to append must be a typed slice; have untyped nil");
            return Operand.invalid(call);
        }
        if (!(s.type.underlying() instanceof Slice st)) {
            c.error(s.expr.pos(), "invalid argument: " + c.describe(s) + " is not a slice");
            return Operand.invalid(call);
        }
        if (call.hasEllipsis()) {
            if (args.size() != 2) {
                c.error(call.pos(), (args.size() < 2 ? "not enough" : "too many") + " arguments in call to append");
                return Operand.invalid(call);
            }
            Operand t = args.get(1);
            // append([]byte, string...) is allowed.
            if (Types.isString(t.type) && st.elem().underlying() instanceof Basic eb && eb.kind() == Basic.Kind.UINT8) {
                if (Types.isUntyped(t.type)) {
                    c.assign.convertUntyped(t, Basic.STRING);
                }
            } else {
                c.assign.assignment(t, s.type, "argument to append");
            }
        } else {
            for (int i = 1; i < args.size(); i++) {
                c.assign.assignment(args.get(i), st.elem(), "argument to append");
            }
        }
        return new Operand(Operand.Mode.VALUE, call, s.type, null);
    }

    private Operand copy(Expr.Call call, Operand dst, Operand src) {
        if (!(dst.type.underlying() instanceof Slice ds)) {
            c.error(dst.expr.pos(), "invalid argument: copy expects slice arguments; found " + c.describe(dst)
                    + " and " + c.describe(src));
            return Operand.invalid(call);
        }
        boolean ok = src.type.underlying() instanceof Slice ss ? ss.elem().equals(ds.elem())
                : Types.isString(src.type) && ds.elem().underlying() instanceof Basic b && b.kind() == Basic.Kind.UINT8;
        if (!ok) {
            Type se = src.type.underlying() instanceof Slice ss ? ss.elem() : Basic.BYTE;
            c.error(dst.expr.pos(), "invalid argument: arguments to copy " + c.describe(dst) + " and " + c.describe(src)
                    + " have different element types " + c.ts(ds.elem()) + " and " + c.ts(se));
            return Operand.invalid(call);
        }
        if (Types.isUntyped(src.type)) {
            c.assign.convertUntyped(src, Basic.STRING);
        }
        return new Operand(Operand.Mode.VALUE, call, Basic.INT, null);
    }

    private Operand newCall(Expr.Call call, Type t, int n) {
        if (n > 1) {
            c.error(call.pos(), "invalid operation: too many arguments for " + ExprString.of(call) + " (expected 1, found " + n + ")");
            return Operand.invalid(call);
        }
        return new Operand(Operand.Mode.VALUE, call, new Pointer(t), null);
    }

    private Operand make(Expr.Call call, Type t, List<Operand> sizes) {
        int min;
        switch (t.underlying()) {
            case Slice s -> min = 2;
            case MapType m -> min = 1;
            case Chan ch -> min = 1;
            default -> {
                c.error(call.args().getFirst().pos(), "invalid argument: cannot make " + ExprString.of(call.args().getFirst())
                        + "; type must be slice, map, or channel");
                return Operand.invalid(call);
            }
        }
        int nargs = sizes.size() + 1;
        int max = min == 2 ? 3 : 2;
        if (nargs < min || nargs > max) {
            c.error(call.pos(), "invalid operation: " + ExprString.of(call) + " expects " + min + " or " + max
                    + " arguments; found " + nargs);
            return Operand.invalid(call);
        }
        BigInteger[] consts = new BigInteger[sizes.size()];
        for (int i = 0; i < sizes.size(); i++) {
            Operand x = sizes.get(i);
            if (x.invalid()) {
                return Operand.invalid(call);
            }
            if (x.isConst() && Types.isUntyped(x.type)) {
                BigInteger v = x.val.toBigInteger();
                if (v == null) {
                    c.error(x.expr.pos(), c.describe(x) + " truncated to int");
                    return Operand.invalid(call);
                }
                c.assign.convertUntyped(x, Basic.INT);
                if (x.invalid()) {
                    return Operand.invalid(call);
                }
            }
            if (!Types.isInteger(x.type)) {
                c.error(x.expr.pos(), "cannot convert " + c.describe(x) + " to type int");
                return Operand.invalid(call);
            }
            if (x.isConst()) {
                consts[i] = x.val.toBigInteger();
                if (consts[i].signum() < 0) {
                    c.error(x.expr.pos(), "invalid argument: index " + c.describe(x) + " must not be negative");
                    return Operand.invalid(call);
                }
            }
        }
        if (consts.length == 2 && consts[0] != null && consts[1] != null && consts[0].compareTo(consts[1]) > 0) {
            c.error(sizes.get(0).expr.pos(), "invalid argument: length and capacity swapped");
            return Operand.invalid(call);
        }
        return new Operand(Operand.Mode.VALUE, call, t, null);
    }

    /** types2's min/max: operands matched pairwise like a binary operator's, all ordered. */
    private Operand minMax(Expr.Call call, BuiltinKind kind, List<Operand> args) {
        Operand x = null;
        for (Operand a : args) {
            if (!Types.isOrdered(a.type)) {
                c.error(a.expr.pos(), "invalid argument: " + c.describe(a) + " cannot be ordered");
                return Operand.invalid(call);
            }
            if (x == null) {
                x = new Operand(a.mode, a.expr, a.type, a.val);
                continue;
            }
            boolean xu = Types.isUntyped(x.type);
            boolean au = Types.isUntyped(a.type);
            if (xu && au && Types.isNumeric(x.type) && Types.isNumeric(a.type)) {
                Type m = Operators.maxType(x.type, a.type);
                x.type = m;
                a.type = m;
            } else if (xu && !au && Types.isString(x.type) == Types.isString(a.type)) {
                c.assign.convertUntyped(x, a.type);
            } else if (au && !xu && Types.isString(x.type) == Types.isString(a.type)) {
                c.assign.convertUntyped(a, x.type);
            }
            if (x.invalid() || a.invalid()) {
                return Operand.invalid(call);
            }
            if (!x.type.equals(a.type)) {
                c.error(a.expr.pos(), "invalid argument: mismatched types " + c.ts(x.type) + " (previous argument) and "
                        + c.ts(a.type) + " (type of " + ExprString.of(a.expr) + ")");
                return Operand.invalid(call);
            }
            if (x.isConst() && a.isConst()) {
                boolean better = kind == BuiltinKind.MIN ? ConstOps.compare("<", a.val, x.val) : ConstOps.compare(">", a.val, x.val);
                if (better) {
                    x.val = a.val;
                }
            } else {
                x.mode = Operand.Mode.VALUE;
                x.val = null;
            }
        }
        Type t = x.type;
        if (x.isConst()) {
            return new Operand(Operand.Mode.CONSTANT, call, t, x.val);
        }
        if (Types.isUntyped(t)) {
            t = Types.defaultType(t);
        }
        for (Operand a : args) {
            if (Types.isUntyped(a.type)) {
                c.assign.convertUntyped(a, t);
            }
        }
        return new Operand(Operand.Mode.VALUE, call, t, null);
    }
}
