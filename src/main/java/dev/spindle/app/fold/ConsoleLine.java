package dev.spindle.app.fold;

/**
 * One line of the console: the text, the goroutine that printed it (0: the runtime), the
 * virtual time, and what kind of line it is.
 */
public record ConsoleLine(long g, long time, String text, Kind kind, long seq) {

    /** Program output, or the runtime's crash text. */
    public enum Kind { STDOUT, STDERR, PANIC, DEADLOCK, EXIT }
}
