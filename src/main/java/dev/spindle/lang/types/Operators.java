package dev.spindle.lang.types;

import dev.spindle.lang.syntax.Expr;
import dev.spindle.lang.syntax.ExprString;
import dev.spindle.lang.syntax.Token;
import java.math.BigInteger;

/**
 * Binary operators: arithmetic, bitwise and logical operators with exact constant folding,
 * comparisons (assignability either way, comparable and ordered operands, interface
 * boxing of the concrete side) and shifts (the untyped left operand of a non-constant shift
 * takes its type from the context). Untyped operands are first matched to the other side's
 * type as go/types' matchTypes does.
 */
final class Operators {
    private final Checker c;

    Operators(Checker c) {
        this.c = c;
    }

    Operand binary(Expr.Binary b) {
        Operand x = c.exprs.expr(b.x());
        Operand y = c.exprs.expr(b.y());
        if (x.invalid() || y.invalid()) {
            return Operand.invalid(b);
        }
        Token op = b.op();
        if (op == Token.SHL || op == Token.SHR) {
            return shift(b, x, y);
        }
        matchTypes(b, x, y);
        if (x.invalid() || y.invalid()) {
            return Operand.invalid(b);
        }
        if (isComparison(op)) {
            return comparison(b, x, y);
        }
        if (!x.type.equals(y.type)) {
            if (!Types.isInvalid(x.type) && !Types.isInvalid(y.type)) {
                c.error(b.pos(), "invalid operation: " + show(b) + " (mismatched types "
                        + c.ts(x.type) + " and " + c.ts(y.type) + ")");
            }
            return Operand.invalid(b);
        }
        if (!opDefined(op, x.type)) {
            Operand bad = x;
            c.error(b.pos(), "invalid operation: operator " + op.text() + " not defined on " + c.describe(bad));
            return Operand.invalid(b);
        }
        if ((op == Token.QUO || op == Token.REM) && y.isConst() && ConstOps.isZero(y.val)
                && (x.isConst() || Types.isInteger(x.type))) {
            c.error(b.y().pos(), "invalid operation: division by zero");
            return Operand.invalid(b);
        }
        if (x.isConst() && y.isConst()) {
            boolean integer = Types.isInteger(x.type) || (x.val instanceof Constant.Int && y.val instanceof Constant.Int
                    && x.type instanceof Basic bx && bx.isUntyped() && bx.kind() != Basic.Kind.UNTYPED_FLOAT);
            if (Types.isFloat(x.type) && !Types.isUntyped(x.type)) {
                integer = false;
            }
            Constant v = ConstOps.binary(op.text(), x.val, y.val, integer);
            if (v == null) {
                // Out of big.Float's range, or a string past ConstOps.MAX_STRING: go/constant's unknown.
                c.error(b.opPos(), "constant result is not representable");
                return Operand.invalid(b);
            }
            Operand r = new Operand(Operand.Mode.CONSTANT, b, x.type, v);
            c.exprs.overflow(r, b.opPos());
            return r;
        }
        return new Operand(Operand.Mode.VALUE, b, x.type, null);
    }

    /** {@code a + b}, or {@code a += b} for an op-assignment. */
    private String show(Expr.Binary b) {
        if (c.opAssigns.contains(b)) {
            return ExprString.of(b.x()) + " " + b.op().text() + "= " + ExprString.of(b.y());
        }
        return ExprString.of(b);
    }

    static boolean isComparison(Token op) {
        return switch (op) {
            case EQL, NEQ, LSS, LEQ, GTR, GEQ -> true;
            default -> false;
        };
    }

    private boolean opDefined(Token op, Type t) {
        return switch (op) {
            case ADD -> Types.isNumeric(t) || Types.isString(t);
            case SUB, MUL, QUO -> Types.isNumeric(t);
            case REM, AND, OR, XOR, AND_NOT -> Types.isInteger(t);
            case LAND, LOR -> Types.isBoolean(t);
            default -> false;
        };
    }

    /** go/types matchTypes: converts an untyped operand to the other operand's type where that may work. */
    void matchTypes(Expr.Binary b, Operand x, Operand y) {
        if (!mayConvert(x, y)) {
            return;
        }
        boolean xu = Types.isUntyped(x.type);
        boolean yu = Types.isUntyped(y.type);
        if (xu && yu) {
            Type m = maxType(x.type, y.type);
            if (m == null) {
                c.error(b.pos(), "invalid operation: " + ExprString.of(b) + " (mismatched types "
                        + c.ts(x.type) + " and " + c.ts(y.type) + ")");
                x.setInvalid();
                return;
            }
            if (x.isConst() && y.isConst()) {
                x.type = m;
                y.type = m;
            }
            return;
        }
        if (xu) {
            c.assign.convertUntyped(x, y.type);
        } else if (yu) {
            c.assign.convertUntyped(y, x.type);
        }
    }

    private static boolean mayConvert(Operand x, Operand y) {
        if (Types.isUntyped(x.type) == Types.isUntyped(y.type) && !Types.isUntyped(x.type)) {
            return false;
        }
        if (Types.isBoolean(x.type) != Types.isBoolean(y.type) && !x.isNil() && !y.isNil()) {
            return false;
        }
        if (Types.isString(x.type) != Types.isString(y.type) && !x.isNil() && !y.isNil()) {
            return false;
        }
        if (x.isNil()) {
            return Types.hasNil(y.type);
        }
        if (y.isNil()) {
            return Types.hasNil(x.type);
        }
        if (x.type.underlying() instanceof Pointer || y.type.underlying() instanceof Pointer) {
            return false;
        }
        return true;
    }

    /** The "larger" of two untyped numeric kinds (int < rune < float); null if they do not mix. */
    static Type maxType(Type a, Type b) {
        Basic x = (Basic) a;
        Basic y = (Basic) b;
        if (x.isNumeric() && y.isNumeric()) {
            return x.kind().compareTo(y.kind()) >= 0 ? x : y;
        }
        return x.kind() == y.kind() ? x : null;
    }

    private Operand comparison(Expr.Binary b, Operand x, Operand y) {
        Token op = b.op();
        String err = null;
        boolean eq = op == Token.EQL || op == Token.NEQ;
        boolean assignable = c.assign.assignableTo(x, y.type) || c.assign.assignableTo(y, x.type);
        if (!assignable) {
            err = "mismatched types " + c.ts(x.type) + " and " + c.ts(y.type);
        } else if (eq) {
            if (x.isNil() && y.isNil()) {
                // types2 blames the right operand here
                c.error(b.y().pos(), "invalid operation: " + ExprString.of(b) + " (operator " + op.text() + " not defined on untyped nil)");
                return Operand.invalid(b);
            } else if (x.isNil() || y.isNil()) {
                Operand other = x.isNil() ? y : x;
                if (!Types.hasNil(other.type)) {
                    err = "mismatched types " + c.ts(x.type) + " and " + c.ts(y.type);
                }
            } else if (!Types.comparable(x.type)) {
                err = incomparableCause(x);
            } else if (!Types.comparable(y.type)) {
                err = incomparableCause(y);
            }
        } else if (!Types.isOrdered(x.type)) {
            err = "operator " + op.text() + " not defined on " + c.describe(x);
        } else if (!Types.isOrdered(y.type)) {
            err = "operator " + op.text() + " not defined on " + c.describe(y);
        }
        if (err != null) {
            c.error(b.pos(), "invalid operation: " + ExprString.of(b) + " (" + err + ")");
            return Operand.invalid(b);
        }
        // Comparing a concrete value with an interface converts the value to the interface.
        if (!x.isNil() && !y.isNil()) {
            if (Types.isInterface(x.type) && !Types.isInterface(y.type)) {
                c.assign.convertUntyped(y, Types.defaultType(y.type));
                c.info.implicitConversions.put(y.expr, x.type);
            } else if (Types.isInterface(y.type) && !Types.isInterface(x.type)) {
                c.assign.convertUntyped(x, Types.defaultType(x.type));
                c.info.implicitConversions.put(x.expr, y.type);
            }
        }
        if (x.isConst() && y.isConst()) {
            return new Operand(Operand.Mode.CONSTANT, b, Basic.UNTYPED_BOOL,
                    new Constant.Bool(ConstOps.compare(op.text(), x.val, y.val)));
        }
        // Untyped operands of a non-constant comparison take their default types.
        if (Types.isUntyped(x.type) && !x.isNil()) {
            c.assign.convertUntyped(x, Types.defaultType(x.type));
        }
        if (Types.isUntyped(y.type) && !y.isNil()) {
            c.assign.convertUntyped(y, Types.defaultType(y.type));
        }
        return new Operand(Operand.Mode.VALUE, b, Basic.UNTYPED_BOOL, null);
    }

    private String incomparableCause(Operand x) {
        Type u = x.type.underlying();
        String kind = u instanceof Slice ? "slice" : u instanceof MapType ? "map" : u instanceof Signature ? "func" : null;
        if (kind != null) {
            return kind + " can only be compared to nil";
        }
        return "operator == not defined on " + c.describe(x);
    }

    private Operand shift(Expr.Binary b, Operand x, Operand y) {
        // The right operand must be an integer (or an untyped constant representable as uint).
        if (y.isConst()) {
            BigInteger s = y.val.toBigInteger();
            if (s == null || !(Types.isNumeric(y.type))) {
                c.error(b.y().pos(), "invalid operation: shift count " + c.describe(y) + " must be integer");
                return Operand.invalid(b);
            }
            if (s.signum() < 0) {
                c.error(b.y().pos(), "invalid operation: negative shift count " + c.describe(y));
                return Operand.invalid(b);
            }
            if (Types.isUntyped(y.type)) {
                c.assign.convertUntyped(y, Basic.UINT);
            }
        } else if (!Types.isInteger(y.type)) {
            c.error(b.y().pos(), "invalid operation: shift count " + c.describe(y) + " must be integer");
            return Operand.invalid(b);
        }
        if (x.isConst() && Types.isUntyped(x.type)) {
            if (x.val.toBigInteger() == null) {
                c.error(b.x().pos(), "invalid operation: shifted operand " + c.describe(x) + " must be integer");
                return Operand.invalid(b);
            }
            if (!y.isConst()) {
                // 1 << n: the constant takes the type the context gives (int without one), so
                // the result stays an untyped non-constant value until then.
                return new Operand(Operand.Mode.VALUE, b, Basic.UNTYPED_INT, null);
            }
            if (x.type instanceof Basic bx && bx.kind() == Basic.Kind.UNTYPED_FLOAT) {
                x.type = Basic.UNTYPED_INT;
            }
        } else if (!Types.isInteger(x.type)) {
            c.error(b.x().pos(), "invalid operation: shifted operand " + c.describe(x) + " must be integer");
            return Operand.invalid(b);
        }
        if (x.isConst() && y.isConst()) {
            BigInteger s = y.val.toBigInteger();
            if (s.bitLength() > 16) {
                c.error(b.y().pos(), "invalid shift count " + c.describe(y));
                return Operand.invalid(b);
            }
            Operand r = new Operand(Operand.Mode.CONSTANT, b, x.type,
                    ConstOps.shift(b.op().text(), new Constant.Int(x.val.toBigInteger()), s.intValue()));
            c.exprs.overflow(r, b.opPos());
            return r;
        }
        return new Operand(Operand.Mode.VALUE, b, x.type, null);
    }
}
