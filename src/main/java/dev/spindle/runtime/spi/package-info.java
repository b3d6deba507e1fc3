/**
 * The contract between the engine and goroutine code: what a goroutine looks like to the
 * scheduler. This package imports nothing, so the engine ({@code dev.spindle.runtime}) is
 * tested with scripted goroutines (plain Java objects) and runs the VM through an adapter,
 * {@code dev.spindle.runtime.bridge}, which translates the VM's own host operations; the VM
 * itself never depends on the engine, as the package map in DESIGN.md wants. (Rejected:
 * making the VM implement an interface of {@code dev.spindle.runtime}, which would point the
 * arrow from vm to runtime.)
 *
 * <h2>The protocol</h2>
 * <ol>
 *   <li>The VM compiles a program and wraps {@code main.main} in a {@link dev.spindle.runtime.spi.GoroutineCode}.</li>
 *   <li>The engine calls {@code run(resume, budget)} on a carrier thread. The VM interprets
 *       until the budget is spent (checked at safepoints, e.g. every instruction or every
 *       backward jump and call), or until the goroutine needs the runtime: then it saves its
 *       state on the heap and returns {@code Request(op, used)}.</li>
 *   <li>At the round boundary the engine applies the op. If the op blocks (channel, lock,
 *       Wait, Sleep, select), the goroutine parks; when it is woken, its next {@code run}
 *       receives the op's result as a {@link dev.spindle.runtime.spi.Resume}: a received value
 *       and ok, a select's case index, a count. Non-blocking ops also return their result
 *       in the next {@code run}.</li>
 *   <li>{@code go f(x)}: the VM evaluates {@code f} and {@code x} in the current goroutine,
 *       builds the new goroutine's code, and requests {@link dev.spindle.runtime.spi.RuntimeOp.Go}.</li>
 * </ol>
 * Runtime objects ({@link dev.spindle.runtime.spi.Chan}, {@link dev.spindle.runtime.spi.WaitGroup},
 * {@link dev.spindle.runtime.spi.Mutex}, ...) are handles the VM creates as the values of
 * channel and sync variables; the engine keeps its state inside them.
 *
 * <h2>Determinism</h2>
 * Goroutines on different Ps run truly in parallel within a round, so anything a goroutine
 * does that another could observe in the same round must go through an op to be
 * deterministic: channel and sync ops do; sync/atomic should use {@link
 * dev.spindle.runtime.spi.RuntimeOp.Atomic}; per-goroutine randomness (map order) should come
 * from a generator seeded from the run's seed and the goroutine, not a shared one.
 * Data races between goroutines on plain variables are, as in Go, not deterministic.
 */
package dev.spindle.runtime.spi;
