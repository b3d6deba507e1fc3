package dev.spindle.lang.types;

import java.util.ArrayList;
import java.util.List;

/**
 * A function's name as Go prints it in tracebacks, spelled out only when someone reads it.
 * A literal's name is its enclosing function's plus a number ({@code main.main.func1.1.1}),
 * so literals nested n deep have names n, 2n, 3n … long: building every one as a string
 * cost quadratic time and memory (gigabytes at 40,000 levels) although a traceback or
 * disassembly reads a handful. This keeps the parent and the suffix instead.
 */
public final class FuncName {
    private final FuncName parent;
    private final String part;

    private FuncName(FuncName parent, String part) {
        this.parent = parent;
        this.part = part;
    }

    /** A whole name ({@code main.worker}). */
    public static FuncName of(String name) {
        return new FuncName(null, name);
    }

    /** This name followed by {@code suffix} ({@code .func1}, {@code .2}). */
    FuncName child(String suffix) {
        return new FuncName(this, suffix);
    }

    /** The name spelled out; iterative, since the parents can be tens of thousands deep. */
    @Override
    public String toString() {
        if (parent == null) {
            return part;
        }
        List<String> parts = new ArrayList<>();
        for (FuncName n = this; n != null; n = n.parent) {
            parts.add(n.part);
        }
        StringBuilder sb = new StringBuilder();
        for (int i = parts.size() - 1; i >= 0; i--) {
            sb.append(parts.get(i));
        }
        return sb.toString();
    }
}
