/**
 * The bridge from the VM ({@code dev.spindle.vm}) to the engine: a VM goroutine as a
 * {@link dev.spindle.runtime.spi.GoroutineCode}, its host operations ({@code HostOp}: go,
 * channel ops, select, output, and library calls by name such as {@code sync.WaitGroup.Add},
 * {@code time.Sleep}, {@code atomic.AddInt64}) translated into {@link
 * dev.spindle.runtime.spi.RuntimeOp}s, and the engine's answers pushed back on the goroutine's
 * operand stack as the compiled code expects. The engine is the VM's only host: the VM's
 * golden tests and {@code spindle bench} run on it with one P ({@link
 * dev.spindle.runtime.bridge.GoProgram#run}). Runtime imports vm here, as the package arrows say; the VM knows
 * nothing of the engine.
 *
 * <p>Known gaps: the VM does not report how many instructions a run used before a runtime
 * operation, so such a run counts as 1 virtual nanosecond (a spent budget counts fully).
 *
 * <p>sync.Once.Do is two runtime ops: OnceDo decides who runs f (the others wait, as on Go's
 * mutex), and after f returns the goroutine executes its Do call a second time
 * ({@code Goroutine.pushCallThenRepeatHostCall}), which sends OnceDone and wakes the waiters.
 * If f panics and a caller recovers, that second call never runs: VmGoroutine notices the Do
 * frame gone with its Once still running and sends OnceDone before the goroutine's next slice,
 * so the Once is done, as Go's (whose deferred calls mark it done and unlock).
 */
package dev.spindle.runtime.bridge;
