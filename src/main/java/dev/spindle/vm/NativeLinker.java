package dev.spindle.vm;

import java.util.function.DoubleUnaryOperator;

/** Finds standard-library functions by qualified name ({@code fmt.Println}, {@code time.Duration.String}). */
@FunctionalInterface
public interface NativeLinker {
    /** The function, or null if the library has no such function. */
    NativeFn lookup(String qualifiedName);

    /**
     * The function {@code lookup} gives for that name as a plain function of one float64, when it
     * is one that only computes (math.Sqrt): compiled code calls it without the native call's
     * argument array, boxing and ownership walk. Null when it is not (the default).
     */
    default DoubleUnaryOperator unary(String qualifiedName) {
        return null;
    }

    /** A linker that knows no function (for tests of pure bytecode). */
    NativeLinker NONE = name -> null;
}
