package dev.spindle.lang.types;

import dev.spindle.lang.syntax.Expr;
import java.math.BigInteger;

/**
 * Explicit conversions {@code T(x)} (spec "Conversions"): constant conversions stay constant
 * and are range-checked ({@code constant 300 overflows int8}); others follow
 * {@link Types#convertible}.
 */
final class Conversions {
    private final Checker c;

    Conversions(Checker c) {
        this.c = c;
    }

    Operand conversion(Expr.Call call, Type t) {
        c.info.calls.put(call, CallInfo.conversion(t));
        if (call.args().size() != 1 || call.hasEllipsis()) {
            for (Expr a : call.args()) {
                c.exprs.expr(a);
            }
            if (call.args().isEmpty()) {
                c.error(call.rparen(), "missing argument in conversion to " + c.ts(t));
            } else if (call.args().size() > 1) {
                c.error(call.args().get(1).pos(), "too many arguments in conversion to " + c.ts(t));
            } else {
                c.error(call.ellipsis(), "invalid use of ... in conversion to " + c.ts(t));
            }
            return Operand.invalid(call);
        }
        Operand x = c.exprs.expr(call.args().getFirst());
        if (x.invalid() || Types.isInvalid(t)) {
            return Operand.invalid(call);
        }
        if (x.isConst() && Types.isConstType(t)) {
            Constant v = constConvert(x, t);
            if (v == null) {
                if (Types.isInteger(x.type) && Types.isInteger(t)) {
                    c.error(x.expr.pos(), "constant " + x.val + " overflows " + c.ts(t));
                } else {
                    c.error(x.expr.pos(), "cannot convert " + c.describe(x) + " to type " + c.ts(t));
                }
                return Operand.invalid(call);
            }
            if (Types.isUntyped(x.type)) {
                c.assign.updateExprType(x.expr, Types.isString(t) && !Types.isString(x.type) ? Types.defaultType(x.type) : t,
                        Types.isString(t) && !Types.isString(x.type) ? x.val : v);
            }
            return new Operand(Operand.Mode.CONSTANT, call, t, v);
        }
        Type from = x.type;
        if (Types.isUntyped(from)) {
            if (x.isNil()) {
                if (!Types.hasNil(t)) {
                    c.error(x.expr.pos(), "cannot convert nil to type " + c.ts(t));
                    return Operand.invalid(call);
                }
                c.info.types.put(x.expr, new TypeAndValue(TypeAndValue.Mode.VALUE, t, null));
                return new Operand(Operand.Mode.VALUE, call, t, null);
            }
            Type fin = Types.isInterface(t) || (x.isConst() && !Types.isConstType(t)) ? Types.defaultType(from) : t;
            c.assign.convertUntyped(x, fin);
            if (x.invalid()) {
                return Operand.invalid(call);
            }
            from = x.type;
        }
        if (!Types.convertible(from, t)) {
            c.error(x.expr.pos(), "cannot convert " + c.describe(x) + " to type " + c.ts(t));
            return Operand.invalid(call);
        }
        return new Operand(Operand.Mode.VALUE, call, t, null);
    }

    /** The constant {@code T(x)}, or null if x is not representable in T. */
    private Constant constConvert(Operand x, Type t) {
        Basic b = (Basic) t.underlying();
        // string(rune) of an integer constant.
        if (b.isString() && Types.isInteger(x.type)) {
            BigInteger v = x.val.toBigInteger();
            int cp = v.bitLength() < 32 && v.signum() >= 0 && v.intValue() <= 0x10FFFF
                    && !(v.intValue() >= 0xD800 && v.intValue() < 0xE000) ? v.intValue() : 0xFFFD;
            byte[] bytes = new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            StringBuilder sb = new StringBuilder();
            for (byte by : bytes) {
                sb.append((char) (by & 0xff));
            }
            return new Constant.Str(sb.toString());
        }
        if (b.isNumeric() && Types.isNumeric(x.type)) {
            Constant v = x.val;
            if (b.isInteger() && v instanceof Constant.Float f && !f.isInteger()) {
                return null;
            }
            Representable.Result r = Representable.check(v, b);
            return r.ok() ? r.value() : null;
        }
        Representable.Result r = Representable.check(x.val, b);
        return r.ok() ? r.value() : null;
    }
}
