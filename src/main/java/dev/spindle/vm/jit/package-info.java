/**
 * The first compiled tier: hot Spindle functions become JVM bytecode, one hidden class each.
 *
 * <p>Why: the interpreter's dispatch loop is one big method that C2 compiles with the profile
 * of everything the JVM ran; on the benchmark suite C2 spent more CPU compiling it (and
 * recompiling it after each deoptimisation) than running it, and a stack machine pays 12–14
 * dispatches per loop body. A function compiled on its own is a small method with its own
 * profile, its operands are constants, and there is no dispatch at all.
 *
 * <p>How ({@link dev.spindle.vm.jit.FunctionCompiler}): the VM stack depth before each
 * instruction is static ({@link dev.spindle.vm.jit.StackShape}), so each VM stack slot is a
 * fixed index {@code base + k} in the goroutine's two slot arrays, exactly where the
 * interpreter keeps it. Each instruction becomes the JVM code of the interpreter's case for
 * it with pc and sp folded to constants and the JVM operand stack empty in between, so the
 * goroutine is on the heap at every instruction boundary (but for the locals' numbers, kept in
 * JVM locals and written back at the method's one exit). The method is entered by one switch
 * on the frame's pc and stack depth together, at the points where a frame can be resumed: its start, loop heads where a
 * spent budget stops it, after calls and runtime operations, at heap accesses (an ownership
 * miss runs the access again) and at a recovered panic's return point; it declines any other
 * pc, or a stack pointer that is not the one its code assumes, and the interpreter runs that
 * frame instead. Anything that is not straight-line work is handed back at an instruction
 * boundary exactly as the interpreter leaves it: the budget is decremented where the
 * interpreter decrements it (back edges, calls), a spent budget stops with the same pc and sp,
 * runtime operations go through the same {@code HostRequests}, interface and native calls and
 * defers through {@code Calls} (but a native that is a plain function of one float64, math.Sqrt,
 * is called directly: {@link dev.spindle.vm.jit.PureCall}), the less frequent instructions through {@code ColdOps}, heap
 * access through {@code Heap} (ownership, race log, nil and bounds checks), returns through
 * {@code Unwinder} when they are not plain. An exception an instruction raises is caught by one
 * handler that puts back the pc and sp the interpreter's locals would have had (each
 * instruction records them in one JVM local, free in compiled code) and returns it; the
 * interpreter throws it again inside its own handlers, so panics, unwinding, ownership misses
 * and fatal errors have one implementation. Calls between compiled functions are Java calls
 * (the callee's frame is pushed on the heap first, as always) up to a nesting bound, beyond
 * which they go through the interpreter, so deep Go recursion uses the heap, not the Java
 * stack.
 *
 * <p>Covered: locals, constants, int and float arithmetic and comparisons, jumps and loops with
 * the fused instructions, fields, elements, pointers, len, calls of every kind, returns,
 * defer, runtime operations, and every instruction ColdOps runs (CALL_VALUE carries its result
 * count for this; SELECT's continuation, whose stack depth is not static, is left to the
 * interpreter). A function with anything else or whose depths do not agree is not compiled.
 *
 * <p>Size: HotSpot never compiles a method over 8,000 bytes of bytecode, and one that large
 * would run in the JVM's own interpreter, slower than Spindle's; so the code per instruction is
 * kept small (no code per entry, one exit, the throw point in one int constant, cold
 * instructions as one call), and a function over the limit is rebuilt without cached locals,
 * then without the code after CALL_VALUE (the interpreter runs it), or stays interpreted. A
 * function with many locals and many entries keeps its locals in the slot array from the start:
 * cached, they made C1 refuse the method, and every run (each compiles its functions afresh)
 * spent its first seconds in the JVM's interpreter before C2 had it, and again after each of
 * C2's deoptimisations.
 * <p>Reuse ({@code CodeCache}): a function whose class comes out byte for
 * byte as one defined before gets that class back, so a program run again (Run pressed again,
 * explore's schedules) starts with the JVM's code for it already compiled.
 *
 * <p>{@code -Dspindle.jit=off|on|all} (see {@code JitGate}): all compiles every function at its
 * first entry; {@code -Dspindle.jit.debug=true} says what is compiled, how big, and what declines.
 */
package dev.spindle.vm.jit;
