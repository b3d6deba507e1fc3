package dev.spindle.vm;

import dev.spindle.lang.compile.Kind;
import dev.spindle.lang.compile.Op;

/**
 * The scalar-loop path: a second, small interpreter for loops the compiler flagged scalar (every
 * instruction of the loop is {@link dev.spindle.lang.compile.Opcode#isScalar}: integer
 * arithmetic and jumps over locals). {@link Interpreter} enters it at such a loop's back edge
 * and it runs until it meets any other instruction, which it leaves to the main loop.
 *
 * <p>Why a second copy of these instructions: the JIT compiles the main loop once, with the
 * profile of everything the JVM has run (calls, heap, strings), and its code for a tight integer
 * loop is then several times slower than the same instructions in a method that contains
 * nothing else (no calls, so no spills around them, and a profile of integer loops only). Each
 * instruction here does exactly what the main loop does, including the budget: one unit per
 * back edge, and a spent budget stops where the main loop would have stopped.
 */
final class ScalarLoop {
    private ScalarLoop() {}

    /**
     * Runs from pc; returns the pc of the first instruction it does not run (or, when the budget
     * ran out at a back edge, the pc to resume at, with g.budgetLeft &lt;= 0). Leaves sp in g.sp
     * and the remaining budget in g.budgetLeft.
     */
    static int run(Goroutine g, int[] code, long[] ls, Object[] os, int base, int pc, int sp, long budget) {
        for (;;) {
            switch (code[pc]) {
                case Op.LOAD -> {
                    int a = base + code[pc + 1];
                    ls[sp] = ls[a];
                    os[sp] = os[a];
                    sp++;
                    pc += 2;
                }
                case Op.STORE -> {
                    int a = base + code[pc + 1];
                    sp--;
                    ls[a] = ls[sp];
                    os[a] = os[sp];
                    pc += 2;
                }
                case Op.CONST_INT -> {
                    ls[sp++] = code[pc + 1];
                    pc += 2;
                }
                case Op.POP -> {
                    os[--sp] = null;
                    pc++;
                }
                case Op.DUP -> {
                    ls[sp] = ls[sp - 1];
                    os[sp] = os[sp - 1];
                    sp++;
                    pc++;
                }
                case Op.INC_LOCAL -> {
                    ls[base + code[pc + 1]] += code[pc + 2];
                    pc += 3;
                }
                case Op.ADD -> { sp--; ls[sp - 1] += ls[sp]; pc++; }
                case Op.SUB -> { sp--; ls[sp - 1] -= ls[sp]; pc++; }
                case Op.MUL -> { sp--; ls[sp - 1] *= ls[sp]; pc++; }
                case Op.DIV, Op.REM -> {
                    if (ls[sp - 1] == 0) {
                        return leave(g, pc, sp, budget); // the main loop panics there
                    }
                    sp--;
                    if (code[pc] == Op.DIV) {
                        ls[sp - 1] /= ls[sp];
                    } else {
                        ls[sp - 1] %= ls[sp];
                    }
                    pc++;
                }
                case Op.AND -> { sp--; ls[sp - 1] &= ls[sp]; pc++; }
                case Op.OR -> { sp--; ls[sp - 1] |= ls[sp]; pc++; }
                case Op.XOR -> { sp--; ls[sp - 1] ^= ls[sp]; pc++; }
                case Op.ANDNOT -> { sp--; ls[sp - 1] &= ~ls[sp]; pc++; }
                case Op.NEG -> { ls[sp - 1] = -ls[sp - 1]; pc++; }
                case Op.COMPL -> { ls[sp - 1] = ~ls[sp - 1]; pc++; }
                case Op.NOT -> { ls[sp - 1] ^= 1; pc++; }
                case Op.NARROW -> {
                    ls[sp - 1] = Kind.narrow(ls[sp - 1], code[pc + 1]);
                    pc += 2;
                }
                case Op.EQ -> { sp--; ls[sp - 1] = ls[sp - 1] == ls[sp] ? 1 : 0; pc++; }
                case Op.NE -> { sp--; ls[sp - 1] = ls[sp - 1] != ls[sp] ? 1 : 0; pc++; }
                case Op.LT -> { sp--; ls[sp - 1] = ls[sp - 1] < ls[sp] ? 1 : 0; pc++; }
                case Op.LE -> { sp--; ls[sp - 1] = ls[sp - 1] <= ls[sp] ? 1 : 0; pc++; }
                case Op.GT -> { sp--; ls[sp - 1] = ls[sp - 1] > ls[sp] ? 1 : 0; pc++; }
                case Op.GE -> { sp--; ls[sp - 1] = ls[sp - 1] >= ls[sp] ? 1 : 0; pc++; }
                case Op.JMP -> pc += code[pc + 1] + 2;
                case Op.JT -> {
                    sp--;
                    pc += ls[sp] != 0 ? code[pc + 1] + 2 : 2;
                }
                case Op.JF -> {
                    sp--;
                    pc += ls[sp] == 0 ? code[pc + 1] + 2 : 2;
                }
                case Op.LOOP -> {
                    pc += code[pc + 1] + 2;
                    if (--budget <= 0) {
                        return leave(g, pc, sp, budget);
                    }
                }
                case Op.JCMP_LL -> pc += Interpreter.compare(code[pc + 1], ls[base + code[pc + 2]], ls[base + code[pc + 3]])
                        ? 5 : code[pc + 4] + 5;
                case Op.JCMP_LK -> pc += Interpreter.compare(code[pc + 1], ls[base + code[pc + 2]], code[pc + 3])
                        ? 5 : code[pc + 4] + 5;
                case Op.ADD_LOCAL -> {
                    ls[base + code[pc + 1]] += ls[base + code[pc + 2]];
                    pc += 3;
                }
                case Op.LOAD_ADDK -> {
                    ls[sp] = ls[base + code[pc + 1]] + code[pc + 2];
                    os[sp] = null;
                    sp++;
                    pc += 3;
                }
                case Op.ADD_LL -> { os[sp] = null; ls[sp++] = ls[base + code[pc + 1]] + ls[base + code[pc + 2]]; pc += 3; }
                case Op.SUB_LL -> { os[sp] = null; ls[sp++] = ls[base + code[pc + 1]] - ls[base + code[pc + 2]]; pc += 3; }
                case Op.MUL_LL -> { os[sp] = null; ls[sp++] = ls[base + code[pc + 1]] * ls[base + code[pc + 2]]; pc += 3; }
                case Op.MUL_LK -> { os[sp] = null; ls[sp++] = ls[base + code[pc + 1]] * code[pc + 2]; pc += 3; }
                case Op.AND_LK -> { os[sp] = null; ls[sp++] = ls[base + code[pc + 1]] & code[pc + 2]; pc += 3; }
                case Op.REM_LK -> { os[sp] = null; ls[sp++] = ls[base + code[pc + 1]] % code[pc + 2]; pc += 3; }
                case Op.SHR_LK -> { os[sp] = null; ls[sp++] = ls[base + code[pc + 1]] >> code[pc + 2]; pc += 3; }
                case Op.LOOP_LL -> {
                    if (--budget <= 0) {
                        return leave(g, pc + 7 + code[pc + 5], sp, budget);
                    }
                    pc += Interpreter.compare(code[pc + 1], ls[base + code[pc + 2]], ls[base + code[pc + 3]]) ? code[pc + 4] + 7 : 7;
                }
                case Op.LOOP_LK -> {
                    if (--budget <= 0) {
                        return leave(g, pc + 7 + code[pc + 5], sp, budget);
                    }
                    pc += Interpreter.compare(code[pc + 1], ls[base + code[pc + 2]], code[pc + 3]) ? code[pc + 4] + 7 : 7;
                }
                case Op.INC_LOOP_LL -> {
                    ls[base + code[pc + 1]] += code[pc + 2];
                    if (--budget <= 0) {
                        return leave(g, pc + 9 + code[pc + 7], sp, budget);
                    }
                    pc += Interpreter.compare(code[pc + 3], ls[base + code[pc + 4]], ls[base + code[pc + 5]]) ? code[pc + 6] + 9 : 9;
                }
                case Op.INC_LOOP_LK -> {
                    ls[base + code[pc + 1]] += code[pc + 2];
                    if (--budget <= 0) {
                        return leave(g, pc + 9 + code[pc + 7], sp, budget);
                    }
                    pc += Interpreter.compare(code[pc + 3], ls[base + code[pc + 4]], code[pc + 5]) ? code[pc + 6] + 9 : 9;
                }
                default -> {
                    return leave(g, pc, sp, budget);
                }
            }
        }
    }

    private static int leave(Goroutine g, int pc, int sp, long budget) {
        g.sp = sp;
        g.budgetLeft = budget;
        return pc;
    }
}
