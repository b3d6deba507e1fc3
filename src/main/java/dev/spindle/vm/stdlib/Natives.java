package dev.spindle.vm.stdlib;

import dev.spindle.vm.stdlib.lib.MathNatives;
import dev.spindle.vm.stdlib.lib.OsNatives;
import dev.spindle.vm.stdlib.lib.StrconvNatives;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.DoubleUnaryOperator;

/**
 * The registry of native functions and variables by qualified name ("fmt.Println",
 * "time.Duration.String", "strconv.ErrSyntax"). Immutable in what it answers, and holding no
 * state: everything a native needs at run time comes through its {@link NativeContext}. The
 * functions are registered a package at a time, on first lookup ({@link NativeFunctions} says why).
 */
public final class Natives {

    private static final NativeFunctions FUNCTIONS = new NativeFunctions();
    private static final Map<String, NativeVariable> VARIABLES = buildVariables();

    private Natives() {}

    private static Map<String, NativeVariable> buildVariables() {
        Map<String, NativeVariable> m = new HashMap<>();
        StrconvNatives.registerVariables(m);
        OsNatives.registerVariables(m);
        return Map.copyOf(m);
    }

    /** The native function or method of that qualified name, or null if the stdlib has none. */
    public static NativeFunction lookup(String qualifiedName) {
        return FUNCTIONS.lookup(qualifiedName);
    }

    /**
     * The native of that name if it is a function of one float64 that only computes (no output,
     * no panic, nothing reached through its argument), as that function: compiled code calls it
     * directly. Null for every other name.
     */
    public static DoubleUnaryOperator unary(String qualifiedName) {
        return MathNatives.unary(qualifiedName);
    }

    /** The native variable of that qualified name, or null. */
    public static NativeVariable variable(String qualifiedName) {
        return VARIABLES.get(qualifiedName);
    }

    /** Every native function name, sorted (for diagnostics and the coverage test). */
    public static Set<String> functionNames() {
        return FUNCTIONS.names();
    }

    /** Every native variable name, sorted. */
    public static Set<String> variableNames() {
        return new TreeSet<>(VARIABLES.keySet());
    }
}
