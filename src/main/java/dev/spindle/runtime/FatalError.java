package dev.spindle.runtime;

/**
 * An unrecoverable runtime failure Go reports as {@code fatal error: ...} (e.g.
 * {@code sync: unlock of unlocked mutex}); thrown by op handlers to the coordinator, which
 * ends the run with Go's report. Never escapes the engine.
 */
final class FatalError extends RuntimeException {
    FatalError(String message) {
        super(message, null, false, false);
    }
}
