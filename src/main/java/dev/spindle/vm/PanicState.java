package dev.spindle.vm;

import java.util.List;

/**
 * A panic in progress on a goroutine. Panics chain: a panic raised while a deferred call runs
 * for an earlier one links to it, and the crash report prints the chain oldest first, marking
 * recovered ones {@code [recovered]} as Go does.
 */
final class PanicState {
    /** The panic value as an interface value (IfaceValue or null). */
    final Object value;
    /** The panic that was in progress when this one started, or null. */
    final PanicState previous;
    /** The goroutine's stack when the panic started, innermost first (for the traceback). */
    final List<StackLine> stack;
    boolean recovered;
    /**
     * runtime.Goexit, unwinding like a panic: deferred calls run, recover returns nil and does
     * not stop it, and when the stack is empty the goroutine ends normally.
     */
    boolean goexit;

    PanicState(Object value, PanicState previous, List<StackLine> stack) {
        this.value = value;
        this.previous = previous;
        this.stack = stack;
    }
}
