package dev.spindle.vm.jit;

import dev.spindle.lang.compile.Op;

/**
 * The instructions compiled code runs by calling the interpreter's own {@code ColdOps.exec}
 * with the state on the heap (one implementation of each), and how each changes the stack
 * depth. None of them jumps or changes frames; PANIC and RUNTIME_PANIC always throw.
 */
final class ColdCall {
    private ColdCall() {}

    static boolean covers(int op) {
        return effect(op, null, 0) != StackShape.UNKNOWN;
    }

    /** The depth change of cold op at pc, or {@link StackShape#UNKNOWN} when it is not one ColdOps runs. */
    static int effect(int op, int[] code, int pc) {
        return switch (op) {
            case Op.NOP, Op.NEG, Op.COMPL, Op.NOT, Op.FNEG, Op.F32, Op.U2F, Op.F2I, Op.F2U, Op.STR_DECODE,
                 Op.STR_FROM_RUNE, Op.STR_FROM_BYTES, Op.STR_FROM_RUNES, Op.BYTES_FROM_STR, Op.RUNES_FROM_STR,
                 Op.FIELD_ADDR, Op.COPY, Op.NEW_BOX, Op.NIL_CHECK, Op.CAP, Op.MAKE_MAP, Op.MAP_GET2,
                 Op.MAP_ITER, Op.MAP_NEXT, Op.MAP_KEY, Op.MAP_VALUE, Op.MAKE_IFACE, Op.ASSERT, Op.ASSERT_IFACE,
                 Op.TYPE_IS, Op.SWAP -> 0;
            case Op.ZERO, Op.ASSERT2, Op.ASSERT_IFACE2, Op.RECOVER -> 1;
            case Op.DUP2 -> 2;
            case Op.DIVU, Op.REMU, Op.SLT, Op.SLE, Op.SGT, Op.SGE, Op.STR_INDEX, Op.INDEX_ADDR, Op.MAKE_SLICE,
                 Op.APPEND_SLICE, Op.COPY_SLICE, Op.CLEAR, Op.LTU, Op.LEU, Op.GTU, Op.GEU, Op.FEQ, Op.FNE,
                 Op.FLT, Op.FLE, Op.FGT, Op.FGE, Op.CONCAT, Op.REQ, Op.RNE, Op.IDEQ, Op.IDNE, Op.MAP_GET,
                 Op.PANIC -> -1;
            case Op.STR_SLICE, Op.ASSIGN, Op.MAP_DELETE -> -2;
            case Op.SLICE, Op.MAP_SET -> -3;
            case Op.RUNTIME_PANIC -> 0;
            case Op.NEW_STRUCT, Op.CLOSURE -> code == null ? 0 : 1 - code[pc + 2];
            case Op.NEW_ARRAY, Op.NEW_SLICE -> code == null ? 0 : 1 - code[pc + 1];
            case Op.APPEND -> code == null ? 0 : -code[pc + 2];
            case Op.DEFER -> code == null ? 0 : -code[pc + 1] - 1;
            default -> StackShape.UNKNOWN;
        };
    }
}
