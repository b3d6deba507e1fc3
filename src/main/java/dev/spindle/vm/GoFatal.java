package dev.spindle.vm;

/**
 * An unrecoverable error of the Go runtime ({@code fatal error: ...}): stack overflow, out of
 * memory, unlock of an unlocked mutex, deadlock. Not a panic: deferred calls do not run.
 */
public final class GoFatal extends RuntimeException {
    private final String prelude;

    /**
     * @param message the text after {@code fatal error: }
     * @param prelude lines printed before the {@code fatal error} line (e.g. the stack limit
     *                notice of a stack overflow), or empty
     */
    public GoFatal(String message, String prelude) {
        super(message, null, false, false);
        this.prelude = prelude;
    }

    public GoFatal(String message) {
        this(message, "");
    }

    /**
     * Go's {@code fatal error: out of memory} for a Java OutOfMemoryError: a store over
     * {@code --max-heap} says what it asked for, the JVM's own refusal prints {@code otherwise}.
     */
    static GoFatal outOfMemory(OutOfMemoryError e, String otherwise) {
        return new GoFatal("out of memory",
                e instanceof dev.spindle.vm.value.LargeStores.OverLimit o ? o.prelude() : otherwise);
    }

    public String prelude() {
        return prelude;
    }
}
