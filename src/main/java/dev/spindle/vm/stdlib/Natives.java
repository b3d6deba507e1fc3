package dev.spindle.vm.stdlib;

import dev.spindle.vm.stdlib.fmt.FmtNatives;
import dev.spindle.vm.stdlib.lib.ErrorsNatives;
import dev.spindle.vm.stdlib.lib.MathNatives;
import dev.spindle.vm.stdlib.lib.OsNatives;
import dev.spindle.vm.stdlib.lib.RandNatives;
import dev.spindle.vm.stdlib.lib.SortNatives;
import dev.spindle.vm.stdlib.lib.StrconvNatives;
import dev.spindle.vm.stdlib.lib.StringsNatives;
import dev.spindle.vm.stdlib.lib.TimeNatives;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.DoubleUnaryOperator;

/**
 * The registry of native functions and variables by qualified name ("fmt.Println",
 * "time.Duration.String", "strconv.ErrSyntax"). Built once, immutable, and holding no state:
 * everything a native needs at run time comes through its {@link NativeContext}.
 */
public final class Natives {

    private static final Map<String, NativeFunction> FUNCTIONS = buildFunctions();
    private static final Map<String, NativeVariable> VARIABLES = buildVariables();

    private Natives() {}

    private static Map<String, NativeFunction> buildFunctions() {
        Map<String, NativeFunction> m = new HashMap<>();
        FmtNatives.register(m);
        ErrorsNatives.register(m);
        StrconvNatives.register(m);
        StringsNatives.register(m);
        MathNatives.register(m);
        SortNatives.register(m);
        RandNatives.register(m);
        TimeNatives.register(m);
        OsNatives.register(m);
        return Map.copyOf(m);
    }

    private static Map<String, NativeVariable> buildVariables() {
        Map<String, NativeVariable> m = new HashMap<>();
        StrconvNatives.registerVariables(m);
        OsNatives.registerVariables(m);
        return Map.copyOf(m);
    }

    /** The native function or method of that qualified name, or null if the stdlib has none. */
    public static NativeFunction lookup(String qualifiedName) {
        return FUNCTIONS.get(qualifiedName);
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
        return new TreeSet<>(FUNCTIONS.keySet());
    }

    /** Every native variable name, sorted. */
    public static Set<String> variableNames() {
        return new TreeSet<>(VARIABLES.keySet());
    }
}
