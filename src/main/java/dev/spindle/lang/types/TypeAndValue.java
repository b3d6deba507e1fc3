package dev.spindle.lang.types;

/**
 * What the checker knows about one expression: its mode (what kind of operand it is), its
 * type and, for constant expressions, its exact value. For an untyped constant the type is
 * the one it finally took from its context ({@code float64} for the {@code 1} in
 * {@code var x float64 = 1}); only constants that stay untyped (operands of shifts, the
 * {@code true} in an untyped comparison) keep an untyped type.
 */
public record TypeAndValue(Mode mode, Type type, Constant value) {

    /** Operand modes, after go/types. */
    public enum Mode {
        /** A call of a function without results. */
        NO_VALUE,
        /** A builtin function name (only as the callee of a call). */
        BUILTIN,
        /** A type expression. */
        TYPE,
        /** A constant expression; {@link #value()} is set. */
        CONSTANT,
        /** An addressable variable: a name, {@code *p}, {@code a[i]} of a slice or addressable array, a field of one. */
        VARIABLE,
        /** {@code m[k]}: assignable but not addressable. */
        MAP_INDEX,
        /** Any other value. */
        VALUE,
        /** A value that may be used in the comma-ok form ({@code m[k]}, {@code x.(T)}, {@code <-ch}) and is so used. */
        COMMA_OK
    }

    public boolean isConstant() {
        return mode == Mode.CONSTANT;
    }

    public boolean isType() {
        return mode == Mode.TYPE;
    }

    public boolean isAddressable() {
        return mode == Mode.VARIABLE;
    }
}
