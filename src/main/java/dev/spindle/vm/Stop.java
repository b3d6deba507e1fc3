package dev.spindle.vm;

/**
 * Why {@link Interpreter#run} returned. Between two runs nothing of the goroutine lives on
 * the Java stack, so the host may resume it on any thread.
 */
public enum Stop {
    /** The instruction budget ran out at a safepoint; the goroutine can simply run again. */
    BUDGET,
    /** The goroutine asked for a runtime operation: see {@link Goroutine#pendingOp()}. */
    RUNTIME_OP,
    /** The goroutine's function returned. */
    FINISHED,
    /** A panic unwound every frame without being recovered: see {@link Goroutine#panicReport()}. */
    PANICKED,
    /** A fatal runtime error: see {@link Goroutine#fatal()}. */
    FATAL
}
