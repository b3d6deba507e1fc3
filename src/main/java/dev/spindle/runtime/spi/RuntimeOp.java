package dev.spindle.runtime.spi;

import java.util.List;
import java.util.function.Supplier;

/**
 * An operation a goroutine asks the runtime to perform ({@link Slice.Request}). The engine
 * applies ops at the round boundary, one at a time, in virtual-time order, so their effects
 * are deterministic. The result comes back as the next run's {@link Resume}; "-> None"
 * below means {@link Resume.None}. A {@code null} channel is Go's nil channel. Errors Go
 * reports as panics ({@code close of nil channel}, {@code send on closed channel},
 * {@code sync: negative WaitGroup counter}) and fatal errors ({@code sync: unlock of
 * unlocked mutex}) are raised by the engine, which then ends the program as Go would.
 */
public sealed interface RuntimeOp {

    /** {@code go f(args)}: start {@code code} as a new goroutine running {@code function} (e.g. {@code main.worker}), created at {@code line}. -> None */
    record Go(GoroutineCode code, String function, int line) implements RuntimeOp {}

    /** {@code make(chan T, n)}: registers a channel made by the VM (names it in the log). -> None */
    record ChanMake(Chan chan) implements RuntimeOp {}

    /** {@code chan <- value}; may block. -> None */
    record ChanSend(Chan chan, Object value) implements RuntimeOp {}

    /** {@code <-chan}, {@code v, ok := <-chan}, one step of {@code for range chan}; may block. -> Received */
    record ChanRecv(Chan chan) implements RuntimeOp {}

    /** {@code close(chan)}. -> None */
    record ChanClose(Chan chan) implements RuntimeOp {}

    /** {@code len(chan)}: the number of buffered values. -> Value(Long) */
    record ChanLen(Chan chan) implements RuntimeOp {}

    /**
     * A select statement; blocks unless a case is ready or there is a default. {@code lines}:
     * each case's source line (0 where unknown), for a decision among ready cases. -> Selected
     */
    record Select(List<SelectCase> cases, boolean hasDefault, int[] lines) implements RuntimeOp {
        public Select {
            cases = List.copyOf(cases);
            lines = lines == null ? new int[cases.size()] : lines.clone();
        }

        public Select(List<SelectCase> cases, boolean hasDefault) {
            this(cases, hasDefault, null);
        }
    }

    /** {@code wg.Add(delta)} ({@code wg.Done()} is Add(-1)). -> None */
    record WgAdd(WaitGroup wg, long delta) implements RuntimeOp {}

    /** {@code wg.Wait()}; may block. -> None */
    record WgWait(WaitGroup wg) implements RuntimeOp {}

    /** {@code wg.Go(f)} (Go 1.25): Add(1), start {@code code}, and Done when it returns. -> None */
    record WgGo(WaitGroup wg, GoroutineCode code, String function, int line) implements RuntimeOp {}

    /** {@code l.Lock()} (write lock for an RWMutex); may block. -> None */
    record Lock(Locker locker) implements RuntimeOp {}

    /** {@code l.Unlock()}. -> None */
    record Unlock(Locker locker) implements RuntimeOp {}

    /** {@code l.TryLock()} ({@code rw.TryRLock()} when {@code read}): never blocks. -> Value(Boolean) */
    record TryLock(Locker locker, boolean read) implements RuntimeOp {}

    /** {@code rw.RLock()}; may block. -> None */
    record RLock(RWMutex rw) implements RuntimeOp {}

    /** {@code rw.RUnlock()}. -> None */
    record RUnlock(RWMutex rw) implements RuntimeOp {}

    /** {@code once.Do(f)}, first half: Value(true) = call f now then send OnceDone; Value(false) = already done. May block while another goroutine runs f. */
    record OnceDo(Once once) implements RuntimeOp {}

    /** {@code once.Do(f)}, second half: f returned. -> None */
    record OnceDone(Once once) implements RuntimeOp {}

    /** {@code c.Wait()}: unlocks c.L, parks, and relocks c.L before resuming. -> None */
    record CondWait(Cond cond) implements RuntimeOp {}

    /** {@code c.Signal()}. -> None */
    record CondSignal(Cond cond) implements RuntimeOp {}

    /** {@code c.Broadcast()}. -> None */
    record CondBroadcast(Cond cond) implements RuntimeOp {}

    /** {@code time.Sleep(nanos)}; {@code nanos <= 0} returns at once. -> None */
    record Sleep(long nanos) implements RuntimeOp {}

    /** Starts {@code timer} to fire after {@code nanos} (time.NewTimer, NewTicker, After, Tick, AfterFunc). -> None */
    record TimerStart(Timer timer, long nanos) implements RuntimeOp {}

    /** {@code t.Stop()}. -> Value(Boolean: the timer was active) */
    record TimerStop(Timer timer) implements RuntimeOp {}

    /** {@code t.Reset(nanos)}. -> Value(Boolean: the timer was active) */
    record TimerReset(Timer timer, long nanos) implements RuntimeOp {}

    /** {@code time.Now()} / {@code time.Since}: virtual time. -> Value(Long nanoseconds since the run began) */
    record Now() implements RuntimeOp {}

    /** {@code runtime.Gosched()}. -> None */
    record Gosched() implements RuntimeOp {}

    /** {@code runtime.GOMAXPROCS(n)}; {@code n < 1} only queries. -> Value(Long previous) */
    record SetMaxProcs(int n) implements RuntimeOp {}

    /** {@code runtime.NumGoroutine()}. -> Value(Long) */
    record NumGoroutine() implements RuntimeOp {}

    /** {@code runtime.NumCPU()}: the run's configured value. -> Value(Long) */
    record NumCPU() implements RuntimeOp {}

    /** Output: {@code bytes} is a byte string (one char per byte) for stdout or stderr. -> None */
    record Print(String bytes, boolean toStderr) implements RuntimeOp {}

    /** {@code os.Exit(code)}: the run ends at once. */
    record Exit(int code) implements RuntimeOp {}

    /**
     * A sync/atomic operation (or any shared-memory access that must be ordered
     * deterministically): {@code action} runs on the coordinator, serialized with every other
     * op. {@code location} and {@code slot} name the memory it works on (a struct and its
     * field, a box and 0, ...), for the race detector: atomic operations on one location are
     * ordered, each happening before the next, and {@code writes} (false for a Load) says how
     * the operation is checked against plain accesses of the location. -> Value(action's result)
     */
    record Atomic(Supplier<Object> action, Object location, int slot, boolean writes) implements RuntimeOp {
        /** An operation on no particular location. */
        public Atomic(Supplier<Object> action) {
            this(action, null, 0, true);
        }
    }

    /**
     * A goroutine touches a heap object another goroutine owns (a racy or handed-over access,
     * see vm.value.Owned): a visible operation, so that racy programs run the same way every
     * time. {@code grant} (on the coordinator) lets it, told which goroutines are still alive
     * (an object whose owner has ended is nobody's); the goroutine then repeats the access.
     * {@code location}: the object (the only thing the grant changes); {@code write}: a
     * write, else a read; {@code line}: its source line. -> None
     */
    record Access(java.util.function.Consumer<java.util.function.LongPredicate> grant, Object location, boolean write,
                  int line) implements RuntimeOp {}
}
