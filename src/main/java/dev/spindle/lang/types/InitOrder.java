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
