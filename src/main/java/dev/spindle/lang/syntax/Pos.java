package dev.spindle.lang.syntax;

/**
 * A source position as the Go compiler prints it: 1-based line, and 1-based column counted in
 * bytes of the UTF-8 source (a tab counts as one column, a multi-byte letter as its byte length).
 *
 * <p>{@link #NONE} (0:0) marks a position that does not exist, e.g. of a node the parser invented
 * while recovering from an error.
 */
public record Pos(int line, int col) implements Comparable<Pos> {

    /** The absent position. */
    public static final Pos NONE = new Pos(0, 0);

    /** Whether this is a real position in the source. */
    public boolean isKnown() {
        return line > 0;
    }

    @Override
    public int compareTo(Pos o) {
        return line != o.line ? Integer.compare(line, o.line) : Integer.compare(col, o.col);
    }

    /** {@code LINE:COL}, as in Go's messages. */
    @Override
    public String toString() {
        return line + ":" + col;
    }
}
