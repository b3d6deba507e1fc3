/**
 * The M:N scheduler: goroutines (G) multiplexed onto carrier threads (M) through
 * processors (P), with Go's policy, deterministic, instrumented, and really parallel.
 *
 * <h2>G, M, P</h2>
 * A <b>G</b> ({@link dev.spindle.runtime.G}) is a goroutine: an id, a status as Go names them
 * (runnable, running, waiting with a reason, dead), the goroutine and line that created it,
 * and the VM's code object that holds its entire execution state on the heap. Because that
 * state is plain heap data, any carrier can run any goroutine between two safepoints, which
 * is all an M:N scheduler needs; no Loom internals, no thread per goroutine. A goroutine
 * parked on a channel costs under 500 bytes in all: its G (64) and wait-queue entry (32), its
 * slot in {@link dev.spindle.runtime.AllGs}, and the VM's goroutine (128), one frame (48) and a
 * slot stack sized to that frame; a kept event log adds 48 (three events). A goroutine that has
 * not run yet holds no VM state at all, only what {@code go} gave it. {@code spindle bench
 * --engine-only} prints the figure next to Go's.
 *
 * <p>A <b>P</b> ({@link dev.spindle.runtime.P}) is the right to run Go code; GOMAXPROCS Ps
 * exist. Each has a local run queue (a ring of 256, see {@link dev.spindle.runtime.LocalRunQueue}),
 * a {@code runnext} slot and a {@code schedtick}. Runnable goroutines that no P holds wait in
 * the global run queue.
 *
 * <p>An <b>M</b> is a {@link dev.spindle.runtime.Carrier}: one platform thread per P, named
 * {@code spindle-carrier-N}, which executes the G bound to its P. Lanes on screen are
 * carriers. Unlike Go there is exactly one M per P: a blocking operation never blocks a
 * carrier (the goroutine parks and the carrier takes another), and there are no system
 * calls to hand a P off for. One exception, invisible in the event log: a chatty round, in
 * which every P stopped at a runtime operation after a few instructions last time, is run
 * by the coordinating carrier itself, slice after slice, because waking another thread
 * would cost more than the slices (see {@code Engine.runsInline}).
 *
 * <h2>Policy: Go's, function for function</h2>
 * {@link dev.spindle.runtime.Scheduler} follows proc.go: {@code newproc} and {@code ready}
 * put the goroutine in the current P's runnext (the previous one goes to the tail) and it
 * inherits the time slice; every 61st schedtick looks at the global queue first; otherwise
 * runnext, the local queue, a batch from the global queue ({@code min(len/GOMAXPROCS+1,
 * capacity/2)}), then stealing (4 passes over the other Ps in a seeded random order, half of
 * a victim's queue, runnext only in the last pass); an overflowing local queue sends half of
 * itself to the global queue; a goroutine that runs past its 10 ms slice is preempted at the
 * next safepoint to the global tail, as is one calling Gosched; a GOMAXPROCS change stops the
 * world and moves the dropped Ps' queues to the global head. An idle P whose search found
 * nothing sleeps; when work is queued, one sleeping P is woken (wakep) and searches a few
 * virtual nanoseconds later — a latency drawn from the seed, standing for the futex wake-up
 * whose variation makes real Go's interleavings differ from run to run. Its bound (1..32 ns,
 * {@code Coordinator.MAX_WAKE_LATENCY}) is set so that small programs' most frequent outcome
 * is real Go's: the model, its constants and the measurements they come from are in
 * {@code Coordinator.wakeLatency}. Channels, select, WaitGroup,
 * Mutex (FIFO hand-off), RWMutex, Once, Cond and timers (Go 1.23 semantics) live in their own
 * small classes ({@code ChanState}, {@code Selects}, {@code WaitGroupState}, ...).
 *
 * <h2>Rounds: deterministic and parallel at once</h2>
 * The engine runs in rounds. Within a round every busy P's carrier runs its goroutine, in
 * parallel, until the goroutine requests a runtime operation or spends the round's budget.
 * The last carrier to finish becomes the {@link dev.spindle.runtime.Coordinator} for the
 * boundary: it applies the requested operations in virtual-time order (a tie, a race between
 * two cores, in an order drawn from the seed), fires
 * timers, preempts, resizes, schedules idle Ps, detects deadlock and appends the events,
 * then launches the next round. Virtual time is instruction counts (1 instruction = 1 ns);
 * when every goroutine waits on timers the clock jumps to the next timer (as
 * {@code testing/synctest} does). Every choice is a named decision asked by the coordinator of
 * the run's {@link dev.spindle.runtime.Chooser} (seeded by default, or replaying a
 * {@link dev.spindle.runtime.Schedule}), never taken from the wall clock. Hence the same program, seed and GOMAXPROCS (and the same outside
 * GOMAXPROCS changes at the same virtual times) give the same output and the same event log
 * byte for byte, on any machine, while CPU-bound goroutines on different Ps run on different
 * cores. The round budget adapts: it doubles while nobody synchronises (so CPU-bound code
 * pays little for the barrier) and drops back to the minimum after any operation, so that a
 * goroutine that synchronises early in a round does not leave its P idle for long.
 *
 * <h2>Schedules are data; two models</h2>
 * The decisions of a run, in order, are its schedule ({@link dev.spindle.runtime.Schedule},
 * printed as a token such as {@code 2.t7} or {@code 3.f1.1020}): wake-up latency, ties
 * between Ps, steal order, select's case. Under the <b>timed</b> model (the default) virtual
 * time orders a round's operations and the decisions are timing, so outcomes come with real
 * Go's odds. Under the <b>free</b> model (the exhaustive explorer's) every boundary applies
 * one visible operation chosen among the Ps that reached one ({@code NEXT_OP}), an idle P may
 * run any runnable goroutine ({@code RUN_NEXT}) and wake at once or late, so every
 * interleaving of visible operations Go allows is some schedule.
 * {@code dev.spindle.runtime.explore} walks them.
 *
 * <h2>Approaches rejected</h2>
 * <ul>
 *   <li>One Java thread (or virtual thread) per goroutine, parked on Java locks: the JVM's
 *       scheduler would decide who runs, not Go's policy, and nothing would be deterministic.</li>
 *   <li>A single thread interleaving all goroutines: deterministic, but the lanes would be a
 *       fiction and a CPU-bound program would not get faster with more cores.</li>
 *   <li>Free-running carriers with locks on channels: parallel, but every run different, so
 *       no replay, no step back, no golden tests.</li>
 *   <li>A separate coordinator thread: two thread hand-offs per round; letting the last
 *       carrier coordinate costs none when a single P is busy.</li>
 * </ul>
 *
 * <h2>Who calls what</h2>
 * {@link dev.spindle.runtime.Engine} is the public face: start, await, pacing
 * ({@link dev.spindle.runtime.Pacer}), outside GOMAXPROCS changes, the event log. Everything
 * else is package-private and executed only by the thread holding the coordinator role,
 * except {@code GoroutineCode.run}, which carriers call. Goroutine code is seen through
 * {@link dev.spindle.runtime.spi}; {@code dev.spindle.runtime.bridge} plugs the VM in;
 * {@code dev.spindle.runtime.bench} prints the engine's figures for {@code spindle bench}.
 */
package dev.spindle.runtime;
