package dev.spindle.lang.vet;

import dev.spindle.lang.syntax.Pos;

/**
 * One vet report: where, which analyzer, and go vet's message.
 *
 * @param pos      the position go vet reports (line and column, 1-based)
 * @param analyzer the analyzer's name ({@code copylocks}, {@code printf}, ...)
 * @param message  go vet's words, without the position
 */
public record Finding(Pos pos, String analyzer, String message) {

    /** The line go vet prints: {@code prog.go:8:24: worker passes lock by value: ...}. */
    public String format(String fileName) {
        return fileName + ":" + pos.line() + ":" + pos.col() + ": " + message;
    }
}
