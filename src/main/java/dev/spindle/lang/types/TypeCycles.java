package dev.spindle.lang.types;

import dev.spindle.lang.syntax.Expr;
import dev.spindle.lang.syntax.Pos;
import dev.spindle.lang.syntax.Spec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checks on declared types that need every type of the file resolved first, as types2's
 * validType and its deferred map-key check make them:
 *
 * <ul>
 * <li>{@code invalid recursive type T}: a type that contains itself without an indirection
 * ({@code type T struct{ b T }}, {@code type T [2]T}, {@code type A struct{ b B }; type B
 * struct{ a A }}, an interface that embeds itself) has no finite size. Go reports the cycle
 * at its first type in the source and lists the cycle ({@code A refers to} …).
 * Without this check the compiler's layout of such a type recursed until the stack ran out.
 * <li>{@code invalid map key type M}: a key type whose own declaration comes later or is the
 * map itself ({@code type M map[M]int}) could not be checked while the map was resolved.
 * </ul>
 */
final class TypeCycles {
    private final Checker c;
    private final Map<Named, Symbol.TypeName> declared = new HashMap<>();
    private final Set<Named> reported = new HashSet<>();
    private final String fileName;

    private TypeCycles(Checker c, String fileName) {
        this.c = c;
        this.fileName = fileName;
    }

    /** Checks the file's type declarations (in source order). */
    static void check(Checker c, String fileName, List<Symbol.TypeName> names, Map<Symbol.TypeName, Spec.TypeSpec> specs) {
        TypeCycles t = new TypeCycles(c, fileName);
        for (Symbol.TypeName n : names) {
            if (n.type() instanceof Named named) {
                t.declared.put(named, n);
            }
        }
        for (Symbol.TypeName n : names) {
            if (n.type() instanceof Named named) {
                t.walk(named.underlying(), new ArrayList<>(List.of(named)));
            }
        }
        for (Symbol.TypeName n : names) {
            Spec.TypeSpec spec = specs.get(n);
            if (spec != null && spec.type() instanceof Expr.MapType mt && n.type() instanceof Named named
                    && named.underlying() instanceof MapType m && !t.reported.contains(named)
                    && !Types.isInvalid(m.key()) && !Types.comparable(m.key())) {
                c.error(mt.key().pos(), "invalid map key type " + c.ts(m.key()));
            }
        }
    }

    /** Follows the types {@code t} contains by value; {@code path} is the chain of named types so far. */
    private void walk(Type t, List<Named> path) {
        switch (t) {
            case Named n -> {
                int at = path.indexOf(n);
                if (at >= 0) {
                    cycle(path.subList(at, path.size()));
                    return;
                }
                if (!declared.containsKey(n) || reported.contains(n)) {
                    return; // a library type, or one already reported
                }
                path.add(n);
                walk(n.underlying(), path);
                path.remove(path.size() - 1);
            }
            case Struct s -> {
                for (Struct.Field f : s.fields()) {
                    walk(f.type(), path);
                }
            }
            case Array a -> walk(a.elem(), path);
            case Interface i -> {
                for (Type e : i.embedded()) {
                    walk(e, path);
                }
            }
            case null, default -> {
            }
        }
    }

    private void cycle(List<Named> cycle) {
        for (Named n : cycle) {
            if (reported.contains(n)) {
                return;
            }
        }
        reported.addAll(cycle);
        // Reported at the cycle's first type in the source, as types2's firstInSrc.
        int first = 0;
        for (int i = 1; i < cycle.size(); i++) {
            if (before(declared.get(cycle.get(i)), declared.get(cycle.get(first)))) {
                first = i;
            }
        }
        Symbol.TypeName start = declared.get(cycle.get(first));
        StringBuilder msg = new StringBuilder("invalid recursive type " + start.name());
        {   // Go 1.19 lists the cycle also when it is one type long
            for (int k = 0; k < cycle.size(); k++) {
                Symbol.TypeName s = declared.get(cycle.get((first + k) % cycle.size()));
                msg.append("\n\t").append(fileName).append(':').append(s.line()).append(':').append(s.col())
                        .append(": ").append(s.name()).append(" refers to");
            }
            msg.append("\n\t").append(fileName).append(':').append(start.line()).append(':').append(start.col())
                    .append(": ").append(start.name());
        }
        c.error(new Pos(start.line(), start.col()), msg.toString());
        for (Named n : cycle) {
            n.setUnderlying(Basic.INVALID); // as types2 marks it: no follow-on errors, nothing to lay out
        }
    }

    private static boolean before(Symbol a, Symbol b) {
        return a.line() < b.line() || (a.line() == b.line() && a.col() < b.col());
    }
}
