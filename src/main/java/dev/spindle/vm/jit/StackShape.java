package dev.spindle.vm.jit;

import dev.spindle.lang.compile.FuncProto;
import dev.spindle.lang.compile.IfaceCall;
import dev.spindle.lang.compile.Op;
import dev.spindle.lang.compile.Opcode;
import java.util.ArrayDeque;

/**
 * What the compiler knows of a function before it emits anything: the VM stack depth at each
 * instruction (a stack machine's depth at a pc does not depend on the path that reached it),
 * the instructions' starts, and the pcs where a stopped frame can resume (its entries).
 * An instruction this tier does not cover, reachable from the function's start, makes the
 * whole function stay interpreted ({@link #compilable} false).
 */
final class StackShape {
    /** An instruction's stack effect is not known here. */
    static final int UNKNOWN = Integer.MIN_VALUE;

    final int[] code;
    /** Depth above the locals before the instruction at pc; -1 where unreached or not an instruction start. */
    final int[] depth;
    /** Whether a frame may be resumed at pc (the compiled code's entries). */
    final boolean[] entry;
    final boolean compilable;
    /** The first unsupported instruction, for the debug output. */
    final String why;
    /**
     * Whether the code after a CALL_VALUE is compiled (an entry there): false leaves it to the
     * interpreter, which makes a big function's method shorter.
     */
    final boolean valueCallsGoOn;

    StackShape(FuncProto p, boolean valueCallsGoOn) {
        this.valueCallsGoOn = valueCallsGoOn;
        code = p.code();
        depth = new int[code.length + 1];
        entry = new boolean[code.length + 1];
        java.util.Arrays.fill(depth, -1);
        String bad = null;
        ArrayDeque<Integer> work = new ArrayDeque<>();
        reach(work, 0, 0, true);
        if (p.deferReturnPc() >= 0) {
            // A recovered panic resumes its deferring function there with an empty stack (Unwinder).
            reach(work, p.deferReturnPc(), 0, true);
        }
        while (!work.isEmpty() && bad == null) {
            int pc = work.pop();
            int d = depth[pc];
            int op = code[pc];
            int next = pc + 1 + Opcode.of(op).operands();
            int e = effect(p, op, pc);
            if (e == UNKNOWN) {
                bad = Opcode.of(op).name();
                break;
            }
            int after = d + e;
            if (after < 0) {
                bad = "negative depth at " + pc;
                break;
            }
            switch (op) {
                case Op.JMP -> bad = reach(work, pc + 2 + code[pc + 1], after, false);
                case Op.LOOP -> bad = reach(work, pc + 2 + code[pc + 1], after, true);
                case Op.JT, Op.JF -> {
                    bad = reach(work, pc + 2 + code[pc + 1], after, false);
                    bad = bad != null ? bad : reach(work, next, after, false);
                }
                case Op.JCMP_LL, Op.JCMP_LK -> {
                    bad = reach(work, pc + 5 + code[pc + 4], after, false);
                    bad = bad != null ? bad : reach(work, next, after, false);
                }
                case Op.LOOP_LL, Op.LOOP_LK -> {
                    bad = reach(work, pc + 7 + code[pc + 4], after, false);
                    bad = bad != null ? bad : reach(work, pc + 7 + code[pc + 5], after, true);
                    bad = bad != null ? bad : reach(work, next, after, false);
                }
                case Op.INC_LOOP_LL, Op.INC_LOOP_LK -> {
                    bad = reach(work, pc + 9 + code[pc + 6], after, false);
                    bad = bad != null ? bad : reach(work, pc + 9 + code[pc + 7], after, true);
                    bad = bad != null ? bad : reach(work, next, after, false);
                }
                case Op.RETURN, Op.RETURN_LOCALS, Op.PANIC, Op.RUNTIME_PANIC -> { }
                case Op.RUN_DEFERS -> {
                    // Runs one deferred call and comes back to itself; when none is left it goes on.
                    entry[pc] = true;
                    bad = reach(work, next, after, true);
                }
                case Op.SELECT -> { } // results not known statically: the rest is reached by the interpreter
                case Op.CALL_VALUE -> {
                    if (valueCallsGoOn) {
                        bad = reach(work, next, after, true);
                    }
                }
                default -> bad = reach(work, next, after, resumable(op));
            }
            if (resumesAt(op)) {
                entry[pc] = true;
            }
        }
        compilable = bad == null;
        why = bad;
    }

    /** Records depth d at pc; null, or why the depths disagree. */
    private String reach(ArrayDeque<Integer> work, int pc, int d, boolean isEntry) {
        if (pc < 0 || pc >= code.length) {
            return "jump out of the code to " + pc;
        }
        if (isEntry) {
            entry[pc] = true;
        }
        if (depth[pc] == -1) {
            depth[pc] = d;
            work.push(pc);
            return null;
        }
        return depth[pc] == d ? null : "depths " + depth[pc] + " and " + d + " meet at " + pc;
    }

    /** Whether the instruction after op is where the frame resumes after op stopped it or left it. */
    private static boolean resumable(int op) {
        return switch (op) {
            case Op.CALL, Op.CALL_IFACE, Op.CALL_NATIVE, Op.GO, Op.MAKE_CHAN, Op.SEND, Op.RECV, Op.RECV2,
                 Op.CLOSE, Op.HOST_CALL, Op.PRINT -> true;
            default -> false;
        };
    }

    /**
     * Whether the frame may resume at op itself: an ownership miss undoes a heap access and
     * runs it again once granted, and a host call may be repeated (sync.Once.Do).
     */
    private static boolean resumesAt(int op) {
        return switch (op) {
            case Op.FIELD, Op.SET_FIELD, Op.LOAD_FIELD, Op.INDEX_LL, Op.LOAD_FIELD_UNBOX, Op.INDEX_LL_UNBOX,
                 Op.DEREF, Op.STORE_PTR, Op.INDEX, Op.SET_INDEX, Op.LEN, Op.HOST_CALL -> true;
            default -> ColdCall.covers(op);
        };
    }

    /** The net change of the stack depth by op at pc, or {@link #UNKNOWN} for what this tier does not cover. */
    static int effect(FuncProto p, int op, int pc) {
        int[] code = p.code();
        return switch (op) {
            case Op.LOAD, Op.LOAD_FREE, Op.LOAD_GLOBAL, Op.CONST_INT, Op.CONST_LONG, Op.CONST_REF, Op.NIL, Op.DUP,
                 Op.LOAD_FIELD, Op.INDEX_LL, Op.LOAD_FIELD_UNBOX, Op.INDEX_LL_UNBOX, Op.LOAD_ADDK,
                 Op.ADD_LL, Op.SUB_LL, Op.MUL_LL, Op.MUL_LK, Op.AND_LK, Op.REM_LK, Op.SHR_LK,
                 Op.FADD_LL, Op.FSUB_LL, Op.FMUL_LL, Op.FDIV_LL -> 1;
            case Op.STORE, Op.POP, Op.JT, Op.JF, Op.ADD, Op.SUB, Op.MUL, Op.DIV, Op.REM, Op.AND, Op.OR, Op.XOR,
                 Op.ANDNOT, Op.SHL, Op.SHR, Op.SHRU, Op.EQ, Op.NE, Op.LT, Op.LE, Op.GT, Op.GE,
                 Op.FADD, Op.FSUB, Op.FMUL, Op.FDIV, Op.INDEX -> -1;
            case Op.INC_LOCAL, Op.BOX, Op.UNBOX, Op.NARROW, Op.I2F, Op.FIELD, Op.DEREF, Op.LEN, Op.JMP, Op.LOOP,
                 Op.JCMP_LL, Op.JCMP_LK, Op.ADD_LOCAL, Op.LOOP_LL, Op.LOOP_LK, Op.INC_LOOP_LL, Op.INC_LOOP_LK,
                 Op.RUN_DEFERS, Op.RETURN_LOCALS, Op.MAKE_CHAN, Op.RECV, Op.SELECT -> 0;
            case Op.SET_FIELD, Op.STORE_PTR, Op.SEND -> -2;
            case Op.SET_INDEX -> -3;
            case Op.RETURN -> -code[pc + 1];
            case Op.CALL -> {
                FuncProto callee = (FuncProto) p.consts()[code[pc + 1]];
                yield callee.numResults() - callee.numParams();
            }
            case Op.CALL_VALUE -> code[pc + 2] - code[pc + 1] - 1;
            case Op.CALL_IFACE -> {
                IfaceCall call = (IfaceCall) p.consts()[code[pc + 1]];
                yield call.resultKinds().length - code[pc + 2] - 1;
            }
            case Op.CALL_NATIVE, Op.HOST_CALL -> code[pc + 3] - code[pc + 2];
            case Op.GO -> -code[pc + 1] - 1;
            case Op.RECV2 -> 1;
            case Op.CLOSE -> -1;
            case Op.PRINT -> -code[pc + 1];
            default -> ColdCall.effect(op, code, pc);
        };
    }
}
