package dev.spindle.lang.types;

import dev.spindle.lang.syntax.Pos;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Package variable initialisation order (spec "Package initialization"): repeatedly the
 * earliest variable in declaration order whose initialiser depends on no uninitialised
 * variable, where dependencies are followed through the functions an initialiser calls.
 */
final class InitOrder {
    private InitOrder() {
    }

    static void compute(Checker c, List<Initializer> pendingInits, Map<Symbol, Set<Symbol>> deps, String fileName) {
        loops(c, pendingInits, deps, fileName);
        compute(c, pendingInits, deps);
    }

    /**
     * {@code initialization loop for x}: a variable whose initialiser reaches the variable
     * again through the functions it calls ({@code var x = f(); func f() int { return x }}),
     * reported once per loop at its first variable, with the loop listed as gc lists it.
     */
    private static void loops(Checker c, List<Initializer> pendingInits, Map<Symbol, Set<Symbol>> deps, String fileName) {
        List<Symbol.Var> vars = new ArrayList<>();
        for (Initializer i : pendingInits) {
            vars.addAll(i.lhs());
        }
        vars.sort(Comparator.comparingInt(Symbol.Var::line).thenComparingInt(Symbol.Var::col));
        Set<Symbol> reported = new HashSet<>();
        for (Symbol.Var v : vars) {
            if (reported.contains(v)) {
                continue;
            }
            List<Symbol> path = pathBack(deps, v);
            if (path == null || path.size() < 2 || path.stream().noneMatch(s -> s instanceof Symbol.Func)) {
                continue; // no loop, or a direct one (reported where the reference is resolved)
            }
            reported.addAll(path);
            StringBuilder msg = new StringBuilder("initialization loop for " + v.name());
            for (Symbol s : path) {
                msg.append("\n\t").append(fileName).append(':').append(s.line()).append(':').append(s.col())
                        .append(": ").append(s.name()).append(" refers to");
            }
            msg.append("\n\t").append(fileName).append(':').append(v.line()).append(':').append(v.col()).append(": ").append(v.name());
            c.error(new Pos(v.line(), v.col()), msg.toString());
        }
    }

    /** The shortest chain start, s1, …, sn with sn depending on start again; null if none. */
    private static List<Symbol> pathBack(Map<Symbol, Set<Symbol>> deps, Symbol start) {
        Map<Symbol, Symbol> parent = new java.util.HashMap<>();
        Deque<Symbol> work = new ArrayDeque<>();
        work.add(start);
        parent.put(start, null);
        while (!work.isEmpty()) {
            Symbol s = work.poll();
            for (Symbol d : deps.getOrDefault(s, Set.of())) {
                if (d == start) {
                    List<Symbol> path = new ArrayList<>();
                    for (Symbol p = s; p != null; p = parent.get(p)) {
                        path.addFirst(p);
                    }
                    return path;
                }
                if (!parent.containsKey(d)) {
                    parent.put(d, s);
                    work.add(d);
                }
            }
        }
        return null;
    }

    static void compute(Checker c, List<Initializer> pendingInits, Map<Symbol, Set<Symbol>> deps) {
        // Variables each initializer depends on, through functions transitively.
        Set<Symbol.Var> done = new HashSet<>();
        List<Initializer> remaining = new ArrayList<>(pendingInits);
        remaining.sort(Comparator.comparingInt((Initializer i) -> i.lhs().getFirst().line())
                .thenComparingInt(i -> i.lhs().getFirst().col()));
        Set<Symbol.Var> initialised = new HashSet<>();
        for (Initializer i : remaining) {
            initialised.addAll(i.lhs());
        }
        while (!remaining.isEmpty()) {
            Initializer next = null;
            for (Initializer i : remaining) {
                Set<Symbol.Var> need = varDeps(deps, i.lhs().getFirst());
                need.removeAll(i.lhs());
                need.retainAll(initialised);
                if (done.containsAll(need)) {
                    next = i;
                    break;
                }
            }
            if (next == null) {
                Initializer first = remaining.getFirst();
                c.error(new Pos(first.lhs().getFirst().line(), first.lhs().getFirst().col()),
                        "initialization cycle or invalid recursive reference to " + first.lhs().getFirst().name());
                next = first;
            }
            remaining.remove(next);
            done.addAll(next.lhs());
            c.info.initOrder.add(next);
        }
    }

    private static Set<Symbol.Var> varDeps(Map<Symbol, Set<Symbol>> deps, Symbol start) {
        Set<Symbol.Var> out = new HashSet<>();
        Set<Symbol> seen = new HashSet<>();
        Deque<Symbol> work = new ArrayDeque<>(deps.getOrDefault(start, Set.of()));
        while (!work.isEmpty()) {
            Symbol s = work.pop();
            if (!seen.add(s)) {
                continue;
            }
            if (s instanceof Symbol.Var v) {
                out.add(v);
            }
            work.addAll(deps.getOrDefault(s, Set.of()));
        }
        return out;
    }
}
