package dev.spindle.runtime.spi;

/** The runtime's answer to a {@link Slice.Request}, handed to the goroutine's next run. */
public sealed interface Resume {

    /** No result: the first run, a run after BudgetSpent, or an op without a result. */
    enum None implements Resume { INSTANCE }

    /** A single result: NumGoroutine, NumCPU, GOMAXPROCS (previous value), Now (Long), OnceDo, TimerStop, TimerReset (Boolean), Atomic. */
    record Value(Object value) implements Resume {}

    /** A receive's result: the value and Go's {@code ok} (false: closed and drained, value is the zero value). */
    record Received(Object value, boolean ok) implements Resume {}

    /** A select's result: the chosen case index ({@code -1} for default) and, for a receive case, the value and ok. */
    record Selected(int index, Object value, boolean ok) implements Resume {}

    /**
     * The op failed the way Go reports with a run-time panic ({@code send on closed channel},
     * {@code close of nil channel}, {@code sync: negative WaitGroup counter}): the VM raises
     * it in the goroutine as if the operation itself panicked (so {@code recover} sees it);
     * {@code runtimeError} tells whether the value is a runtime.Error (else a plain string).
     */
    record Panic(String message, boolean runtimeError) implements Resume {}
}
