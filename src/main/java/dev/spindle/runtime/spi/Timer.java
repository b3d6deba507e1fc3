package dev.spindle.runtime.spi;

import java.util.function.LongFunction;
import java.util.function.Supplier;

/**
 * A {@code time.Timer}, {@code time.Ticker} or the timer behind {@code time.After}.
 * With Go 1.23 semantics: Stop and Reset discard a value not yet received, so no stale
 * tick is ever received after them; a ticker drops ticks while its channel is full.
 *
 * @param channel   the timer's {@code C}: a {@code new Chan(1, zero, ...)}; null for AfterFunc
 * @param period    ticker period in nanoseconds; 0 for a one-shot timer
 * @param valueAt   the value sent on C at virtual time t (the VM's time.Time for t)
 * @param afterFunc for {@code time.AfterFunc}: makes the code of the goroutine to start; else null
 */
public final class Timer extends RuntimeObject {

    private final Chan channel;
    private final long period;
    private final LongFunction<Object> valueAt;
    private final Supplier<GoroutineCode> afterFunc;

    public Timer(Chan channel, long period, LongFunction<Object> valueAt, Supplier<GoroutineCode> afterFunc, String name) {
        super(name);
        this.channel = channel;
        this.period = period;
        this.valueAt = valueAt;
        this.afterFunc = afterFunc;
    }

    public Chan channel() {
        return channel;
    }

    public long period() {
        return period;
    }

    public LongFunction<Object> valueAt() {
        return valueAt;
    }

    public Supplier<GoroutineCode> afterFunc() {
        return afterFunc;
    }
}
