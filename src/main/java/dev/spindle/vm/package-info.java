/**
 * The interpreter. A {@link dev.spindle.vm.Goroutine} is a heap object holding everything of
 * a running goroutine — its two-halved slot stack, its frames, the panic in progress, the
 * runtime operation it waits for — so that {@link dev.spindle.vm.Interpreter#run} can run it
 * for a budget of safepoints on any thread and return why it stopped
 * ({@link dev.spindle.vm.Stop}): budget spent (preemption, the Step button, runaway
 * programs), a runtime operation requested ({@link dev.spindle.vm.HostOp}: go, channel
 * operations, select, sync/time/runtime calls, output), finished, panicked or dead of a fatal
 * error. Nothing lives on the Java stack between two runs; the only nested runs are
 * callbacks from natives (sort.Slice's less, fmt's calls of Error/String), which must not
 * block.
 *
 * <p>Panics unwind heap frames: an instruction throws {@link dev.spindle.vm.GoPanic}, the
 * loop catches it, and {@code Unwinder} pushes deferred calls as ordinary frames marked so
 * that {@code recover} works only directly in them. Runtime errors carry Go's texts
 * ({@code RuntimeErrors}); unrecovered panics produce Go's report ({@code PanicReport}).
 *
 * <p>Speed: the JIT compiles {@code Interpreter}'s dispatch loop once, with the profile of
 * everything the JVM ran, so that method holds only the frequent instructions; calls through
 * interfaces and natives, returns with defer ({@code Calls}), runtime operations
 * ({@code HostRequests}) and the rare rest ({@code ColdOps}) are methods of their own. Frames
 * are entered in an outer loop, so within the inner loop a frame's code and slots are
 * invariant. The compiler tests int loops at the bottom with one fused back edge
 * ({@code INC_LOOP_LK}: i++, test, safepoint) and flags loops made only of integer work over
 * locals; {@code ScalarLoop} runs those in a small method that compiles well whatever ran
 * before (in the big loop the same instructions ran 3-4x slower once fib's calls were in the
 * profile). Neither changes what a safepoint is: one budget unit per back edge and per call.
 *
 * <p>Limits: the call depth (Go's 1 GB stack, reported as {@code goroutine stack exceeds
 * 1000000000-byte limit} / {@code fatal error: stack overflow}), single allocations and the
 * Java heap ({@code fatal error: out of memory}), and the budget. The standard library is
 * reached through {@link dev.spindle.vm.StdlibLinker}; the runtime side (scheduling, channels,
 * sync, timers) belongs to the scheduler engine (package {@code runtime}), the one host: the
 * VM's own tests run programs on it with one P.
 */
package dev.spindle.vm;
