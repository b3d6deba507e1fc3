package dev.spindle.runtime.spi;

/** Why {@link GoroutineCode#run} returned, with the instructions it used. */
public sealed interface Slice {

    long used();

    /** The budget ran out at a safepoint; the goroutine can simply be run again. */
    record BudgetSpent(long used) implements Slice {}

    /** The goroutine asks the runtime to perform {@code op}; its next run gets the result. */
    record Request(RuntimeOp op, long used) implements Slice {}

    /** The goroutine's function returned. */
    record Finished(long used) implements Slice {}

    /**
     * An unrecovered panic: {@code message} is what Go prints after {@code "panic: "}, e.g.
     * {@code "runtime error: index out of range [5] with length 3"} or
     * {@code "boom [recovered]"}; extra lines (Go's {@code [signal SIGSEGV ...]}) after a newline.
     * With {@code fatal}, the line is printed as {@code "fatal error: " + message} instead,
     * after the runtime's {@code prelude} lines (e.g. {@code runtime: goroutine stack exceeds
     * 1000000000-byte limit}), which are empty or end with a newline.
     */
    record Panicked(String message, boolean fatal, long used, String prelude) implements Slice {
        public Panicked(String message, boolean fatal, long used) {
            this(message, fatal, used, "");
        }
    }
}
