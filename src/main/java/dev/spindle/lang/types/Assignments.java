package dev.spindle.lang.types;

import dev.spindle.lang.syntax.Expr;

/**
 * Assignability of operands (spec "Assignability") and the implicit conversion of untyped
 * constants to the type their context gives them (go/types implicitTypeAndValue), with
 * types2's messages: {@code cannot use x (variable of type string) as int value in
 * assignment}, {@code cannot use 300 (untyped int constant) as int8 value in assignment
 * (overflows)}.
 */
final class Assignments {
    private final Checker c;

    Assignments(Checker c) {
        this.c = c;
    }

    /** The outcome of an implicit conversion: the new type and value, or the failure. */
    private record Implicit(Type type, Constant val, Representable.Failure failure) {
    }

    private Implicit implicit(Operand x, Type target) {
        if (x.invalid() || !Types.isUntyped(x.type) || Types.isInvalid(target)) {
            return new Implicit(x.type, null, null);
        }
        if (Types.isUntyped(target)) {
            if (x.isNil() || (target instanceof Basic tb && tb.kind() == Basic.Kind.UNTYPED_NIL)) {
                return x.isNil() && Types.isUntyped(target) && ((Basic) target).kind() == Basic.Kind.UNTYPED_NIL
                        ? new Implicit(x.type, null, null) : new Implicit(null, null, Representable.Failure.MISMATCH);
            }
            Type m = Operators.maxType(x.type, target);
            return m == null ? new Implicit(null, null, Representable.Failure.MISMATCH) : new Implicit(m, null, null);
        }
        Type u = target.underlying();
        switch (u) {
            case Basic b -> {
                if (x.isConst()) {
                    Representable.Result r = Representable.check(x.val, b);
                    if (!r.ok()) {
                        Representable.Failure f = r.failure();
                        if (f != Representable.Failure.MISMATCH && !(Types.isNumeric(x.type) && b.isNumeric())) {
                            f = Representable.Failure.MISMATCH;
                        }
                        return new Implicit(null, null, f);
                    }
                    return new Implicit(target, r.value(), null);
                }
                Basic xb = (Basic) x.type;
                boolean ok = switch (xb.kind()) {
                    case UNTYPED_BOOL -> b.isBoolean();
                    case UNTYPED_INT, UNTYPED_RUNE, UNTYPED_FLOAT -> b.isNumeric();
                    case UNTYPED_STRING -> b.isString();
                    default -> false;
                };
                return ok ? new Implicit(target, null, null) : new Implicit(null, null, Representable.Failure.MISMATCH);
            }
            case Interface i -> {
                if (x.isNil()) {
                    return new Implicit(Basic.UNTYPED_NIL, null, null);
                }
                if (!i.isEmpty()) {
                    return new Implicit(null, null, Representable.Failure.MISMATCH);
                }
                return new Implicit(Types.defaultType(x.type), null, null);
            }
            case Pointer p -> {
                return nilOnly(x);
            }
            case Signature s -> {
                return nilOnly(x);
            }
            case Slice s -> {
                return nilOnly(x);
            }
            case MapType m -> {
                return nilOnly(x);
            }
            case Chan ch -> {
                return nilOnly(x);
            }
            default -> {
                return new Implicit(null, null, Representable.Failure.MISMATCH);
            }
        }
    }

    private static Implicit nilOnly(Operand x) {
        return x.isNil() ? new Implicit(Basic.UNTYPED_NIL, null, null)
                : new Implicit(null, null, Representable.Failure.MISMATCH);
    }

    /** Converts an untyped operand to {@code target}, reporting types2's invalidConversion errors. */
    void convertUntyped(Operand x, Type target) {
        Implicit r = implicit(x, target);
        if (r.failure() != null) {
            Type t = target.underlying();
            String msg = switch (r.failure()) {
                case TRUNCATED -> c.describe(x) + " truncated to " + c.ts(t);
                case OVERFLOWS -> c.describe(x) + " overflows " + c.ts(t);
                case MISMATCH -> "cannot convert " + c.describe(x) + " to type " + c.ts(t);
            };
            c.error(x.expr.pos(), msg);
            x.setInvalid();
            return;
        }
        apply(x, r, target);
    }

    private void apply(Operand x, Implicit r, Type target) {
        if (r.val() != null) {
            x.val = r.val();
        }
        if (r.type() != null && !r.type().equals(x.type)) {
            x.type = r.type();
            updateExprType(x.expr, x.type, x.val);
        } else if (x.isNil() && target != null && !Types.isUntyped(target)) {
            // Record nil with the type it takes here, for the compiler.
            c.info.types.put(x.expr, new TypeAndValue(TypeAndValue.Mode.VALUE, target, null));
        } else if (r.val() != null) {
            updateExprType(x.expr, x.type, x.val);
        }
    }

    /** Rewrites the recorded type of an untyped expression tree to its final type. */
    void updateExprType(Expr e, Type t, Constant v) {
        if (e == null) {
            return;
        }
        TypeAndValue old = c.info.types.get(e);
        if (old != null && !Types.isUntyped(old.type()) && old.type() != Basic.INVALID) {
            return;
        }
        c.info.types.put(e, new TypeAndValue(old == null ? TypeAndValue.Mode.VALUE : old.mode(), t,
                old != null && old.mode() == TypeAndValue.Mode.CONSTANT ? (v != null ? v : old.value()) : null));
        switch (e) {
            case Expr.Paren p -> updateExprType(p.x(), t, v);
            case Expr.Unary u when u.op() != dev.spindle.lang.syntax.Token.ARROW
                    && u.op() != dev.spindle.lang.syntax.Token.AND -> updateOperand(u.x(), t);
            case Expr.Binary b when !Operators.isComparison(b.op()) -> {
                if ((b.op() == dev.spindle.lang.syntax.Token.SHL || b.op() == dev.spindle.lang.syntax.Token.SHR)
                        && v == null && t.underlying() instanceof Basic && !Types.isUntyped(t) && !Types.isInteger(t) && !Types.isInvalid(t)) {
                    // 1 << s takes its type from the context, which must be an integer type (types2's isLhs check).
                    c.error(b.x().pos(), "invalid operation: " + dev.spindle.lang.syntax.ExprString.of(b)
                            + " (shift of type " + c.ts(t) + ")");
                    return;
                }
                updateOperand(b.x(), t);
                if (b.op() != dev.spindle.lang.syntax.Token.SHL && b.op() != dev.spindle.lang.syntax.Token.SHR) {
                    updateOperand(b.y(), t);
                }
            }
            default -> {
            }
        }
    }

    private void updateOperand(Expr e, Type t) {
        TypeAndValue tv = c.info.types.get(e);
        if (tv != null && Types.isUntyped(tv.type())) {
            Constant v = tv.value();
            if (v != null && t.underlying() instanceof Basic b) {
                Representable.Result r = Representable.check(v, b);
                v = r.ok() ? r.value() : v;
            }
            updateExprType(e, t, v);
        }
    }

    /** Whether x may be assigned to a variable of type T (no errors reported). */
    boolean assignableTo(Operand x, Type t) {
        if (x.invalid() || Types.isInvalid(t)) {
            return true;
        }
        if (Types.isUntyped(x.type)) {
            if (x.isNil()) {
                return Types.hasNil(t);
            }
            Type u = t.underlying();
            if (u instanceof Basic b) {
                if (x.isConst()) {
                    return Representable.check(x.val, b).ok();
                }
                return Types.isUntyped(b) ? Operators.maxType(x.type, b) != null
                        : ((Basic) x.type).kind() == Basic.Kind.UNTYPED_BOOL ? b.isBoolean() : b.isNumeric();
            }
            if (u instanceof Interface i) {
                return i.isEmpty() || Types.assignable(Types.defaultType(x.type), t);
            }
            return false;
        }
        return Types.assignableReason(x.type, t, c.pkgPath) == null;
    }

    /**
     * Checks that x can be assigned to a variable of type {@code t} (null: the variable takes
     * x's default type) in {@code context} ("assignment", "argument to f", ...), converting an
     * untyped x and recording value-to-interface conversions. Leaves x invalid on error.
     */
    void assignment(Operand x, Type t, String context) {
        if (x.invalid()) {
            return;
        }
        if (!x.isValue()) {
            c.error(x.expr.pos(), "cannot assign " + c.describe(x) + " to " + (t == null ? "variable" : c.ts(t)) + " in " + context);
            x.setInvalid();
            return;
        }
        if (x.type instanceof Tuple) {
            c.error(x.expr.pos(), "multiple-value " + dev.spindle.lang.syntax.ExprString.of(x.expr) + " (value of type "
                    + c.ts(x.type) + ") in single-value context");
            x.setInvalid();
            return;
        }
        if (Types.isUntyped(x.type)) {
            Type target = t;
            if (x.isNil()) {
                if (t == null) {
                    c.error(x.expr.pos(), "use of untyped nil in " + context);
                    x.setInvalid();
                    return;
                }
            } else if (t == null || Types.isInterface(t)) {
                target = Types.defaultType(x.type);
            }
            if (!Types.isInvalid(target)) {
                Implicit r = implicit(x, target);
                if (r.failure() != null) {
                    String msg = "cannot use " + c.describe(x) + " as " + c.ts(target) + " value in " + context;
                    if (r.failure() == Representable.Failure.TRUNCATED) {
                        msg += " (truncated)";
                    } else if (r.failure() == Representable.Failure.OVERFLOWS) {
                        msg += " (overflows)";
                    }
                    c.error(x.expr.pos(), msg);
                    x.setInvalid();
                    return;
                }
                apply(x, r, target);
            }
        }
        if (t == null || Types.isInvalid(t)) {
            return;
        }
        if (x.isNil()) {
            if (!Types.hasNil(t)) {
                c.error(x.expr.pos(), "cannot use nil as " + c.ts(t) + " value in " + context);
                x.setInvalid();
                return;
            }
            c.info.types.put(x.expr, new TypeAndValue(TypeAndValue.Mode.VALUE, t, null));
            return;
        }
        String reason = Types.assignableReason(x.type, t, c.pkgPath);
        if (reason != null) {
            String msg = "cannot use " + c.describe(x) + " as " + c.ts(t) + " value in " + context;
            c.error(x.expr.pos(), reason.isEmpty() ? msg : msg + ": " + reason);
            x.setInvalid();
            return;
        }
        if (Types.isInterface(t) && !Types.isInterface(x.type)) {
            c.info.implicitConversions.put(x.expr, t);
        }
    }
}
