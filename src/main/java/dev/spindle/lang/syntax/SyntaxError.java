package dev.spindle.lang.syntax;

/**
 * A lexical or syntax error, worded as the Go compiler words it ({@code syntax error: unexpected
 * newline, expected comma or )}, {@code newline in string}).
 */
public record SyntaxError(String fileName, Pos pos, String message) {

    /** {@code prog.go:LINE:COL: message}, as {@code go build} prints it. */
    public String format() {
        return fileName + ":" + pos.line() + ":" + pos.col() + ": " + message;
    }

    @Override
    public String toString() {
        return format();
    }
}
