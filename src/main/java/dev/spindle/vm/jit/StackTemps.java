package dev.spindle.vm.jit;

import dev.spindle.lang.compile.Op;
import dev.spindle.lang.compile.Opcode;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.Label;
import java.lang.classfile.instruction.SwitchCase;
import java.util.ArrayList;
import java.util.List;

/**
 * The long halves of a compiled function's VM stack temporaries (the slots above its locals) kept
 * in JVM locals, written to the goroutine's slot array only where something else may read them.
 *
 * <p>Why: with every temporary in the array, each arithmetic instruction was two array reads
 * and one write with their bounds checks, and the method was so long that C2 stopped inlining
 * the heap helpers halfway down it (its budget, DesiredMethodLimit, counts the caller's bytecode
 * first). A temporary in a JVM local is a register.
 *
 * <p>The rule that keeps the heap state exact wherever anyone can see it:
 * <ul>
 *   <li>straight-line instructions ({@link #inline}: arithmetic, locals, constants, heap
 *       access through {@code Heap}, jumps) read and write the JVM locals only;
 *   <li>every other instruction (calls, runtime operations, defers, the cold ones ColdOps
 *       runs) finds the live temporaries written to the array first ({@link #flush}), and the
 *       instruction after it reads them back ({@link #reload}): those read and write the stack
 *       on the heap;
 *   <li>where jumps meet, the array is the truth: a jump writes the live temporaries first,
 *       its target reads them; the method's entry reads the live ones (as many as the stack
 *       depth it finds) before its switch;
 *   <li>a spent budget writes them before it stops; an instruction that throws says how many
 *       temporaries were live before it (in the top bits of the throw point) and the one
 *       exception handler writes exactly those, so an ownership miss runs the access again on
 *       its operands and a panic's state is the interpreter's.
 * </ul>
 * Slots above the live ones are never written: a callee's frame may be there.
 */
final class StackTemps {
    /** How many temporaries are cached: slots nl .. nl + count - 1; the throw point has 6 bits for it. */
    final int count;
    /**
     * Whether the instruction at pc starts with the array as the truth (it reads the temporaries
     * back): a jump's target, or the next after an instruction that works on the heap's stack.
     * An entry does not need it: the method's entry reads the live ones before its switch.
     */
    final boolean[] reset;
    private final int nl;
    private final CodeBuilder c;
    private final int lsLocal;
    private final int baseLocal;
    private final int firstLocal;

    static final int MAX = 63;

    /**
     * @param maxDepth the deepest VM stack the function has; {@code on} false caches nothing
     * @param ls the JVM local with the long slot array, {@code base} the frame's base,
     *     {@code first} the JVM local of slot 0 (two per slot)
     */
    StackTemps(StackShape shape, int nl, int maxDepth, boolean on, CodeBuilder c, int ls, int base, int first) {
        this.nl = nl;
        this.c = c;
        this.lsLocal = ls;
        this.baseLocal = base;
        this.firstLocal = first;
        this.count = on && maxDepth <= MAX ? maxDepth : 0;
        int[] code = shape.code;
        reset = new boolean[code.length + 1];
        for (int pc = 0; pc < code.length; pc++) {
            if (shape.depth[pc] < 0) {
                continue;
            }
            int op = code[pc];
            int next = pc + 1 + Opcode.of(op).operands();
            if (!inline(op)) {
                reset[next] = true;
            }
            int target = target(code, pc);
            if (target >= 0) {
                reset[target] = true;
            }
        }
    }

    /** The pc op at pc jumps to (besides going on), or -1. */
    private static int target(int[] code, int pc) {
        return switch (code[pc]) {
            case Op.JMP, Op.LOOP, Op.JT, Op.JF -> pc + 2 + code[pc + 1];
            case Op.JCMP_LL, Op.JCMP_LK -> pc + 5 + code[pc + 4];
            case Op.LOOP_LL, Op.LOOP_LK -> pc + 7 + code[pc + 4];
            case Op.INC_LOOP_LL, Op.INC_LOOP_LK -> pc + 9 + code[pc + 6];
            default -> -1;
        };
    }

    /**
     * The instructions FunctionCompiler emits inline, which touch the VM stack only through the
     * JVM locals (or not at all); every other one reads or writes the stack on the heap.
     */
    static boolean inline(int op) {
        return switch (op) {
            case Op.LOAD, Op.STORE, Op.LOAD_FREE, Op.LOAD_GLOBAL, Op.CONST_INT, Op.CONST_LONG, Op.CONST_REF, Op.NIL,
                 Op.POP, Op.DUP, Op.INC_LOCAL, Op.BOX, Op.UNBOX, Op.ADD, Op.SUB, Op.MUL, Op.AND, Op.OR, Op.XOR,
                 Op.ANDNOT, Op.DIV, Op.REM, Op.SHL, Op.SHR, Op.SHRU, Op.NARROW, Op.EQ, Op.NE, Op.LT, Op.LE, Op.GT,
                 Op.GE, Op.FADD, Op.FSUB, Op.FMUL, Op.FDIV, Op.I2F, Op.FIELD, Op.SET_FIELD, Op.LOAD_FIELD,
                 Op.INDEX_LL, Op.LOAD_FIELD_UNBOX, Op.INDEX_LL_UNBOX, Op.DEREF, Op.STORE_PTR, Op.INDEX,
                 Op.SET_INDEX, Op.LEN, Op.RETURN, Op.JMP, Op.JT, Op.JF, Op.LOOP, Op.JCMP_LL, Op.JCMP_LK,
                 Op.ADD_LOCAL, Op.LOAD_ADDK, Op.MUL_LK, Op.AND_LK, Op.REM_LK, Op.SHR_LK, Op.ADD_LL, Op.SUB_LL,
                 Op.MUL_LL, Op.FADD_LL, Op.FSUB_LL, Op.FMUL_LL, Op.FDIV_LL, Op.LOOP_LL, Op.LOOP_LK,
                 Op.INC_LOOP_LL, Op.INC_LOOP_LK -> true;
            default -> false;
        };
    }

    /** The JVM local of slot k (relative to the frame's base). */
    int local(int k) {
        return firstLocal + 2 * k;
    }

    /** How many temporaries are live (and cached) when the stack pointer is at slot s. */
    int live(int s) {
        return Math.max(0, Math.min(s, nl + count) - nl);
    }

    /** Every temporary's JVM local gets a value first: the exception handler may write any of them. */
    void zero() {
        for (int k = nl; k < nl + count; k++) {
            c.lconst_0().lstore(local(k));
        }
    }

    /** The live temporaries below slot s to the array. */
    void flush(int s) {
        for (int k = nl; k < nl + live(s); k++) {
            index(k);
            c.lload(local(k)).lastore();
        }
    }

    /** The live temporaries below slot s from the array. */
    void reload(int s) {
        for (int k = nl; k < nl + live(s); k++) {
            index(k);
            c.laload().lstore(local(k));
        }
    }

    /** The exception handler's write-back: as many temporaries as the top 6 bits of the int in JVM local xpc say. */
    void flushThrown(int xpc) {
        if (count > 0) {
            c.iload(xpc).loadConstant(26).iushr();
            cascade(true);
        }
    }

    /** The method's entry: reads the live temporaries, as many as the int in JVM local depth (0 .. count). */
    void reloadEntered(int depth) {
        if (count > 0) {
            c.iload(depth);
            cascade(false);
        }
    }

    /** Writes (or reads) as many temporaries as the int on the JVM stack says: one switch, falling through. */
    private void cascade(boolean write) {
        Label[] upTo = new Label[count + 1];
        List<SwitchCase> cases = new ArrayList<>();
        for (int i = 0; i <= count; i++) {
            upTo[i] = c.newLabel();
            cases.add(SwitchCase.of(i, upTo[i]));
        }
        c.tableswitch(0, count, upTo[0], cases);
        for (int i = count; i >= 1; i--) {
            c.labelBinding(upTo[i]);
            int k = nl + i - 1;
            index(k);
            if (write) {
                c.lload(local(k)).lastore();
            } else {
                c.laload().lstore(local(k));
            }
        }
        c.labelBinding(upTo[0]);
    }

    private void index(int k) {
        c.aload(lsLocal).iload(baseLocal).loadConstant(k).iadd();
    }
}
