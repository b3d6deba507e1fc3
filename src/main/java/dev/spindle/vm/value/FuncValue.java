package dev.spindle.vm.value;

import dev.spindle.lang.compile.FuncProto;

/**
 * A Go func value: compiled code plus the variables it captured. Captured variables are
 * shared by reference: each capture is a {@link Box} (or the holder of a captured struct or
 * array variable), so a closure and its enclosing function see each other's writes. Method
 * values ({@code t.M}) and library functions used as values are compiled to small wrapper
 * functions, so every func value has this one shape.
 */
public final class FuncValue {
    /** The function's code. */
    public final FuncProto proto;
    /** The captured variables, in the order the proto's free-variable table lists them. */
    public final Object[] captures;

    public FuncValue(FuncProto proto, Object[] captures) {
        this.proto = proto;
        this.captures = captures;
    }

    @Override
    public String toString() {
        return "func " + proto.name();
    }
}
