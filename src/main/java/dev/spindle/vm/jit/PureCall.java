package dev.spindle.vm.jit;

import dev.spindle.lang.compile.FuncProto;
import dev.spindle.lang.compile.Kind;
import dev.spindle.lang.compile.Op;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;
import java.lang.constant.DynamicConstantDesc;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;

/**
 * Calls of natives that are plain functions of one float64 (math.Sqrt), which compiled code
 * makes directly: the Go compiler emits {@code BOX float; CALL_NATIVE f 1 1; UNBOX float}, and
 * the general native call costs a boxed argument, an argument array, the native's lookup and
 * the ownership walk of its arguments (8% of nbody's time), none of which does anything for
 * such a function. The function is the native's own ({@code NativeLinker.unary}), handed to
 * the hidden class as its class data, so C2 sees a constant and inlines it (Math.sqrt becomes
 * the instruction).
 */
final class PureCall {
    private PureCall() {}

    static final ClassDesc UNARY = ClassDesc.of(DoubleUnaryOperator.class.getName());

    /** The length of BOX k + CALL_NATIVE name n m. */
    private static final int TO_UNBOX = 6;

    /**
     * Per pc, the index in {@code natives} of the function a fusable BOX at pc calls, or -1; a
     * function not yet in {@code natives} is added to it.
     */
    static int[] find(FuncProto p, StackShape shape, Function<String, DoubleUnaryOperator> unary,
            List<Object> natives) {
        int[] code = p.code();
        int[] at = new int[code.length + 1];
        Arrays.fill(at, -1);
        for (int pc = 0; pc + TO_UNBOX + 1 < code.length; pc++) {
            if (shape.depth[pc] < 0 || code[pc] != Op.BOX || code[pc + 1] != Kind.FLOAT) {
                continue;
            }
            int call = pc + 2;
            int unbox = pc + TO_UNBOX;
            if (shape.depth[call] < 0 || code[call] != Op.CALL_NATIVE || code[call + 2] != 1 || code[call + 3] != 1
                    || shape.depth[unbox] < 0 || code[unbox] != Op.UNBOX || code[unbox + 1] != Kind.FLOAT
                    || shape.depth[after(pc)] < 0) {
                continue;
            }
            if (!(p.consts()[code[call + 1]] instanceof String name)) {
                continue;
            }
            DoubleUnaryOperator f = unary.apply(name);
            if (f == null) {
                continue;
            }
            int i = natives.indexOf(f);
            if (i < 0) {
                i = natives.size();
                natives.add(f);
            }
            at[pc] = i;
        }
        return at;
    }

    /** The pc after the UNBOX of the fused call whose BOX is at pc. */
    static int after(int pc) {
        return pc + TO_UNBOX + 2;
    }

    /** The class data's function i, as a constant. */
    static DynamicConstantDesc<DoubleUnaryOperator> constant(int i) {
        return DynamicConstantDesc.ofNamed(ConstantDescs.BSM_CLASS_DATA_AT, ConstantDescs.DEFAULT_NAME, UNARY, i);
    }
}
