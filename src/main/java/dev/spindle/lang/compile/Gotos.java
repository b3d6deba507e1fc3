package dev.spindle.lang.compile;

import dev.spindle.lang.syntax.Stmt;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The jumps of {@code goto} in one function: a backward goto is a LOOP (a safepoint, so that
 * a goto loop can be preempted like a for loop); a forward one is a JMP patched when its
 * label is reached. Loops keep their state in frame slots, never on the operand stack, so a
 * goto out of a loop leaves nothing behind (the checker allows no jump into a block).
 */
final class Gotos {
    private final FuncCompiler f;
    private final Map<Stmt.Labeled, Integer> placed = new HashMap<>();
    private final Map<Stmt.Labeled, List<Integer>> pending = new HashMap<>();

    Gotos(FuncCompiler f) {
        this.f = f;
    }

    /** The labeled statement starts here. */
    void label(Stmt.Labeled l) {
        placed.put(l, f.e.pc());
        for (int j : pending.getOrDefault(l, List.of())) {
            f.e.patch(j);
        }
        pending.remove(l);
    }

    /** {@code goto} the labeled statement. */
    void jump(Stmt.Labeled l) {
        Integer pc = placed.get(l);
        if (pc != null) {
            f.e.loop(pc);
        } else {
            pending.computeIfAbsent(l, k -> new ArrayList<>()).add(f.e.jump(Opcode.JMP));
        }
    }
}
