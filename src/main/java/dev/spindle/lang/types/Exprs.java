package dev.spindle.lang.types;

import dev.spindle.lang.syntax.Expr;
import dev.spindle.lang.syntax.ExprString;
import dev.spindle.lang.syntax.Literals;
import dev.spindle.lang.syntax.Token;
import java.math.BigInteger;

/**
 * Expressions: identifiers, literals, unary and binary operators with exact constant folding,
 * dereference and address-of, receive, parentheses, and dispatch to the helpers for the
 * rest (selectors, index and slice, composite and function literals, calls, assertions).
 */
final class Exprs {
    private final Checker c;
    /** The value of iota inside a constant declaration, or -1 outside one. */
    int iota = -1;

    private final Operators operators;

    Exprs(Checker c) {
        this.c = c;
        this.operators = new Operators(c);
    }

    /** An expression that must be a single value. */
    Operand expr(Expr e) {
        Operand x = raw(e, null);
        singleValue(x);
        return x;
    }

    /** Like {@link #expr} with a type hint for elided composite literal types. */
    Operand expr(Expr e, Type hint) {
        Operand x = raw(e, hint);
        singleValue(x);
        return x;
    }

    /** A value, a type, or a void call (for expression statements and conversions). */
    Operand exprOrType(Expr e) {
        return raw(e, null);
    }

    /** An expression that may be a multi-valued call (right side of assignments, arguments). */
    Operand multi(Expr e) {
        Operand x = raw(e, null);
        switch (x.mode) {
            case TYPE -> {
                c.error(e.pos(), ExprString.of(e) + " (type) is not an expression");
                x.setInvalid();
            }
            case BUILTIN -> {
                c.error(e.pos(), ExprString.of(e) + " (built-in) must be called");
                x.setInvalid();
            }
            case NO_VALUE -> {
                c.error(e.pos(), ExprString.of(e) + " (no value) used as value");
                x.setInvalid();
            }
            default -> {
            }
        }
        return x;
    }

    private void singleValue(Operand x) {
        switch (x.mode) {
            case TYPE -> {
                c.error(x.expr.pos(), ExprString.of(x.expr) + " (type) is not an expression");
                x.setInvalid();
            }
            case BUILTIN -> {
                c.error(x.expr.pos(), ExprString.of(x.expr) + " (built-in) must be called");
                x.setInvalid();
            }
            case NO_VALUE -> {
                c.error(x.expr.pos(), ExprString.of(x.expr) + " (no value) used as value");
                x.setInvalid();
            }
            default -> {
                if (x.type instanceof Tuple t) {
                    c.error(x.expr.pos(), "multiple-value " + ExprString.of(x.expr) + " (value of type "
                            + c.ts(t) + ") in single-value context");
                    x.setInvalid();
                }
            }
        }
    }

    /** Checks {@code e} and records the result. */
    Operand raw(Expr e, Type hint) {
        Operand x = switch (e) {
            case Expr.Ident id -> ident(id);
            case Expr.BasicLit lit -> literal(lit);
            case Expr.CompositeLit cl -> new CompositeLits(c).check(cl, hint);
            case Expr.FuncLit fl -> c.stmts.funcLit(fl);
            case Expr.Paren p -> {
                Operand in = raw(p.x(), hint);
                Operand out = new Operand(in.mode, e, in.type, in.val);
                out.builtin = in.builtin;
                yield out;
            }
            case Expr.Selector sel -> new Selectors(c).check(sel);
            case Expr.Index ix -> new Indexing(c).index(ix);
            case Expr.Slice s -> new Indexing(c).slice(s);
            case Expr.TypeAssert ta -> typeAssert(ta);
            case Expr.Call call -> c.calls.call(call);
            case Expr.Star s -> star(s);
            case Expr.Unary u -> unary(u);
            case Expr.Binary b -> operators.binary(b);
            case Expr.KeyValue kv -> {
                c.error(kv.pos(), "unexpected key:value expression");
                yield Operand.invalid(e);
            }
            case Expr.Bad b -> Operand.invalid(e);
            case Expr.Ellipsis el -> {
                c.error(el.pos(), "invalid use of ...");
                yield Operand.invalid(e);
            }
            default -> new Operand(Operand.Mode.TYPE, e, c.typeExprs.typ(e), null);
        };
        if (x.expr != e) {
            x.expr = e;
        }
        if (x.mode == Operand.Mode.TYPE) {
            c.recordType(e, x.type);
        } else {
            c.record(x);
        }
        return x;
    }

    // ---- identifiers and literals ----

    private Operand ident(Expr.Ident id) {
        if (id.name().equals("_")) {
            c.error(id.pos(), "cannot use _ as value");
            return Operand.invalid(id);
        }
        Symbol s = c.scope.lookup(id.name());
        if (s == null) {
            c.error(id.pos(), "undefined: " + id.name());
            return Operand.invalid(id);
        }
        c.info.uses.put(id, s);
        c.decls.resolve(s);
        c.decls.noteDependency(s);
        return switch (s) {
            case Symbol.Var v -> {
                c.use(v);
                yield new Operand(Operand.Mode.VARIABLE, id, v.type() == null ? Basic.INVALID : v.type(), null);
            }
            case Symbol.Const k -> {
                if (Universe.isIota(k)) {
                    if (iota < 0) {
                        c.error(id.pos(), "cannot use iota outside constant declaration");
                        yield Operand.invalid(id);
                    }
                    yield new Operand(Operand.Mode.CONSTANT, id, Basic.UNTYPED_INT, Constant.Int.of(iota));
                }
                if (k.value() == null) {
                    yield Operand.invalid(id);
                }
                yield new Operand(Operand.Mode.CONSTANT, id, k.type(), k.value());
            }
            case Symbol.TypeName tn -> new Operand(Operand.Mode.TYPE, id, c.typeExprs.typ(id), null);
            case Symbol.Func f when f.generic() != null && c.generics.callee != id -> {
                c.error(id.pos(), "cannot use generic function " + id.name() + " without instantiation");
                yield Operand.invalid(id);
            }
            case Symbol.Func f -> new Operand(Operand.Mode.VALUE, id, f.type(), null);
            case Symbol.PkgName p -> {
                p.markUsed();
                c.error(id.pos(), "use of package " + p.name() + " without selector");
                yield Operand.invalid(id);
            }
            case Symbol.Builtin b -> {
                Operand x = new Operand(Operand.Mode.BUILTIN, id, Basic.INVALID, null);
                x.builtin = b.kind();
                yield x;
            }
            case Symbol.Nil n -> new Operand(Operand.Mode.VALUE, id, Basic.UNTYPED_NIL, null);
            case Symbol.Label l -> {
                c.error(id.pos(), "undefined: " + id.name());
                yield Operand.invalid(id);
            }
        };
    }

    private Operand literal(Expr.BasicLit lit) {
        String tooLong = ConstLimits.tooLong(lit);
        if (tooLong != null) {
            c.error(lit.pos(), tooLong);
            return Operand.invalid(lit);
        }
        if (lit.kind() == dev.spindle.lang.syntax.LitKind.FLOAT && ConstLimits.floatLiteral(lit.raw()) == null) {
            c.error(lit.pos(), "malformed constant: " + lit.raw());
            return Operand.invalid(lit);
        }
        return switch (lit.kind()) {
            case INT -> new Operand(Operand.Mode.CONSTANT, lit, Basic.UNTYPED_INT, new Constant.Int(Literals.intValue(lit.raw())));
            case FLOAT -> new Operand(Operand.Mode.CONSTANT, lit, Basic.UNTYPED_FLOAT,
                    ConstLimits.floatLiteral(lit.raw()));
            case RUNE -> new Operand(Operand.Mode.CONSTANT, lit, Basic.UNTYPED_RUNE, Constant.Int.of(Literals.runeValue(lit.raw())));
            case STRING -> new Operand(Operand.Mode.CONSTANT, lit, Basic.UNTYPED_STRING, new Constant.Str(Literals.unquote(lit.raw())));
            case IMAG -> {
                c.error(lit.pos(), "complex numbers are not supported by spindle");
                yield Operand.invalid(lit);
            }
        };
    }

    // ---- type assertion ----

    private Operand typeAssert(Expr.TypeAssert ta) {
        Operand x = expr(ta.x());
        if (ta.type() == null) {
            c.error(ta.pos(), "invalid syntax tree: use of .(type) outside type switch");
            return Operand.invalid(ta);
        }
        Type t = c.typeExprs.typ(ta.type());
        if (x.invalid() || Types.isInvalid(t)) {
            return Operand.invalid(ta);
        }
        if (!(x.type.underlying() instanceof Interface xi)) {
            c.error(ta.x().pos(), "invalid operation: " + c.describe(x) + " is not an interface");
            return Operand.invalid(ta);
        }
        checkAssertable(ta.pos(), x, xi, t, false, ExprString.of(ta));
        return new Operand(Operand.Mode.COMMA_OK, ta, t, null);
    }

    /** A concrete T in {@code x.(T)} must implement x's interface. */
    void checkAssertable(dev.spindle.lang.syntax.Pos pos, Operand x, Interface xi, Type t, boolean inSwitch, String what) {
        if (t.underlying() instanceof Interface) {
            return;
        }
        String why = MethodSets.missingMethodReason(t, xi, c.pkgPath);
        if (why != null) {
            why = why.substring(1, why.length() - 1).split("\n")[0];
            if (inSwitch) {
                c.error(pos, "impossible type switch case: " + what + "\n\t" + c.describe(x) + " cannot have dynamic type "
                        + c.ts(t) + " (" + why + ")");
            } else {
                c.error(pos, "impossible type assertion: " + what + "\n\t" + c.ts(t) + " does not implement "
                        + c.ts(x.type) + " (" + why + ")");
            }
        }
    }

    // ---- unary ----

    private Operand star(Expr.Star s) {
        Operand x = exprOrType(s.x());
        if (x.invalid()) {
            return Operand.invalid(s);
        }
        if (x.mode == Operand.Mode.TYPE) {
            return new Operand(Operand.Mode.TYPE, s, new Pointer(x.type), null);
        }
        singleValue(x);
        if (x.invalid()) {
            return Operand.invalid(s);
        }
        if (x.isNil()) {
            c.error(s.pos(), "invalid operation: cannot indirect nil");
            return Operand.invalid(s);
        }
        if (!(x.type.underlying() instanceof Pointer p)) {
            c.error(s.x().pos(), "invalid operation: cannot indirect " + c.describe(x));
            return Operand.invalid(s);
        }
        return new Operand(Operand.Mode.VARIABLE, s, p.elem(), null);
    }

    private Operand unary(Expr.Unary u) {
        if (u.op() == Token.AND) {
            Expr inner = unparen(u.x());
            Operand x = inner instanceof Expr.CompositeLit ? expr(u.x()) : expr(u.x());
            if (x.invalid()) {
                return Operand.invalid(u);
            }
            if (x.mode != Operand.Mode.VARIABLE && !(inner instanceof Expr.CompositeLit)) {
                c.error(u.x().pos(), "invalid operation: cannot take address of " + c.describe(x));
                return Operand.invalid(u);
            }
            return new Operand(Operand.Mode.VALUE, u, new Pointer(x.type), null);
        }
        if (u.op() == Token.ARROW) {
            Operand x = expr(u.x());
            if (x.invalid()) {
                return Operand.invalid(u);
            }
            if (!(x.type.underlying() instanceof Chan ch)) {
                c.error(u.x().pos(), "invalid operation: cannot receive from non-channel " + c.describe(x));
                return Operand.invalid(u);
            }
            if (!ch.dir().canRecv()) {
                c.error(u.x().pos(), "invalid operation: cannot receive from send-only channel " + c.describe(x));
                return Operand.invalid(u);
            }
            return new Operand(Operand.Mode.COMMA_OK, u, ch.elem(), null);
        }
        if (u.op() == Token.TILDE) {
            c.error(u.pos(), "generic type constraints are not supported by spindle");
            return Operand.invalid(u);
        }
        Operand x = expr(u.x());
        if (x.invalid()) {
            return Operand.invalid(u);
        }
        String op = u.op().text();
        boolean ok = switch (u.op()) {
            case ADD, SUB -> Types.isNumeric(x.type);
            case XOR -> Types.isInteger(x.type);
            case NOT -> Types.isBoolean(x.type);
            default -> false;
        };
        if (!ok) {
            c.error(u.pos(), "invalid operation: operator " + op + " not defined on " + c.describe(x));
            return Operand.invalid(u);
        }
        if (x.isConst()) {
            int bits = Types.isUnsigned(x.type) ? ((Basic) x.type.underlying()).bits() : 0;
            Constant v = ConstOps.unary(op, x.val, bits);
            Operand r = new Operand(Operand.Mode.CONSTANT, u, x.type, v);
            overflow(r, u.pos());
            return r;
        }
        return new Operand(Operand.Mode.VALUE, u, x.type, null);
    }

    static Expr unparen(Expr e) {
        while (e instanceof Expr.Paren p) {
            e = p.x();
        }
        return e;
    }

    
    /** A typed constant must stay representable in its type after each operation. */
    void overflow(Operand x, dev.spindle.lang.syntax.Pos opPos) {
        if (Types.isUntyped(x.type)) {
            BigInteger v = x.val.toBigInteger();
            if (x.val instanceof Constant.Int && v.bitLength() > 512) {
                c.error(opPos, "constant " + ConstLimits.opName(x.expr) + " overflow");
                x.setInvalid();
            }
            return;
        }
        if (x.type.underlying() instanceof Basic b) {
            Representable.Result r = Representable.check(x.val, b);
            if (!r.ok()) {
                if (r.failure() == Representable.Failure.OVERFLOWS) {
                    c.error(x.expr.pos(), c.describe(x) + " overflows " + c.ts(x.type));
                } else if (r.failure() == Representable.Failure.TRUNCATED) {
                    c.error(x.expr.pos(), c.describe(x) + " truncated to " + c.ts(x.type));
                }
                x.setInvalid();
                return;
            }
            x.val = r.value();
        }
    }
}
