package dev.spindle.lang.syntax;

/**
 * Thrown when a parse that left deeply nested literal bodies for later meets an error: {@link
 * Parser} then parses the file again the plain way, so that every error is found in the order,
 * with the recovery and the one-error-per-line rule of Go's parser. Correct programs (the
 * usual case for deep nesting) are parsed once.
 */
final class ParseAgain extends RuntimeException {
    ParseAgain() {
        super(null, null, false, false); // no stack trace: it is control flow, thrown from deep down
    }
}
