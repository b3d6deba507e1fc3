package dev.spindle.lang.types;

import dev.spindle.lang.syntax.Expr;
import dev.spindle.lang.syntax.ExprString;

/**
 * An intermediate value during checking (go/types' operand): the expression, its mode, type,
 * constant value, and for builtins which one. Mutable, because conversions of untyped
 * operands and the comma-ok forms change it in place as in go/types.
 */
final class Operand {

    /** TypeAndValue's modes plus INVALID (checking failed; errors about it are suppressed). */
    enum Mode { INVALID, NO_VALUE, BUILTIN, TYPE, CONSTANT, VARIABLE, MAP_INDEX, VALUE, COMMA_OK }

    Mode mode;
    Expr expr;
    Type type;
    Constant val;
    BuiltinKind builtin;

    Operand(Mode mode, Expr expr, Type type, Constant val) {
        this.mode = mode;
        this.expr = expr;
        this.type = type;
        this.val = val;
    }

    static Operand invalid(Expr e) {
        return new Operand(Mode.INVALID, e, Basic.INVALID, null);
    }

    boolean invalid() {
        return mode == Mode.INVALID;
    }

    boolean isNil() {
        return mode == Mode.VALUE && type instanceof Basic b && b.kind() == Basic.Kind.UNTYPED_NIL;
    }

    boolean isConst() {
        return mode == Mode.CONSTANT;
    }

    /** Whether this operand denotes a value (not a type, builtin or void call). */
    boolean isValue() {
        return mode == Mode.CONSTANT || mode == Mode.VARIABLE || mode == Mode.MAP_INDEX
                || mode == Mode.VALUE || mode == Mode.COMMA_OK;
    }

    void setInvalid() {
        mode = Mode.INVALID;
        type = Basic.INVALID;
        val = null;
    }

    TypeAndValue.Mode publicMode() {
        return switch (mode) {
            case INVALID, VALUE -> TypeAndValue.Mode.VALUE;
            case NO_VALUE -> TypeAndValue.Mode.NO_VALUE;
            case BUILTIN -> TypeAndValue.Mode.BUILTIN;
            case TYPE -> TypeAndValue.Mode.TYPE;
            case CONSTANT -> TypeAndValue.Mode.CONSTANT;
            case VARIABLE -> TypeAndValue.Mode.VARIABLE;
            case MAP_INDEX -> TypeAndValue.Mode.MAP_INDEX;
            case COMMA_OK -> TypeAndValue.Mode.VALUE;
        };
    }

    /**
     * types2's operand string: {@code x (variable of type int)}, {@code 300 (untyped int constant)},
     * {@code c (constant 300 of type int8)}, {@code nil}.
     */
    String describe(String localPkg) {
        String e = expr == null ? "" : ExprString.of(expr);
        if (mode == Mode.VALUE && type instanceof Basic b && b.kind() == Basic.Kind.UNTYPED_NIL) {
            return "nil";
        }
        StringBuilder sb = new StringBuilder();
        if (!e.isEmpty()) {
            sb.append(e).append(" (");
        }
        boolean hasType = false;
        switch (mode) {
            case INVALID, NO_VALUE, BUILTIN, TYPE -> {
            }
            default -> {
                if (type instanceof Basic b && b.isUntyped()) {
                    sb.append(b.name()).append(' ');
                } else {
                    hasType = true;
                }
            }
        }
        sb.append(switch (mode) {
            case INVALID -> "invalid operand";
            case NO_VALUE -> "no value";
            case BUILTIN -> "built-in";
            case TYPE -> "type";
            case CONSTANT -> "constant";
            case VARIABLE -> "variable";
            case MAP_INDEX -> "map index expression";
            case VALUE -> "value";
            case COMMA_OK -> "comma, ok expression";
        });
        if (mode == Mode.CONSTANT && val != null) {
            String s = val.toString();
            if (!s.equals(e)) {
                sb.append(' ').append(s);
            }
        }
        if (hasType) {
            sb.append(" of type ").append(TypeString.relativeTo(type, localPkg));
        }
        if (!e.isEmpty()) {
            sb.append(')');
        }
        return sb.toString();
    }
}
