package dev.spindle.vm;

/** Finds standard-library functions by qualified name ({@code fmt.Println}, {@code time.Duration.String}). */
@FunctionalInterface
public interface NativeLinker {
    /** The function, or null if the library has no such function. */
    NativeFn lookup(String qualifiedName);

    /** A linker that knows no function (for tests of pure bytecode). */
    NativeLinker NONE = name -> null;
}
