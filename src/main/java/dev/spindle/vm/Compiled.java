package dev.spindle.vm;

/**
 * A function compiled to JVM bytecode by {@link dev.spindle.vm.jit.FunctionCompiler}: the
 * hidden classes it defines extend this class. {@link #run} runs the top frame f from f.pc
 * exactly as {@link Interpreter}'s loop would, for the budget given, and returns:
 * <ul>
 *   <li>{@link JitGate#RETURNED}: (only when depth &gt; 0) the frame returned to its caller, the
 *       compiled function that called it, which goes on;</li>
 *   <li>{@link JitGate#DECLINED}: it has no entry at f.pc with g.sp as it is (nothing ran);</li>
 *   <li>null: the top frame changed (a call, a return) or needs the interpreter: re-enter it;</li>
 *   <li>a {@link Stop}: the run stops, as the interpreter would have;</li>
 *   <li>a {@link Throwable} an instruction raised, with f.pc and g.sp as the interpreter's
 *       locals were when it raised it, for the interpreter's handlers.</li>
 * </ul>
 * Every exit leaves the unspent budget in g.budgetLeft and the goroutine entirely on the heap.
 */
public abstract class Compiled {
    protected Compiled() {}

    /**
     * @param depth how many compiled activations are below this one on the Java stack (calls
     *              between compiled functions are Java calls up to a bound, then go through the
     *              interpreter, so that a deep Go recursion never overflows the Java stack)
     */
    abstract Object run(Goroutine g, Frame f, long budget, int depth);
}
