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

    /**
     * Where this position is in {@code source} as a Java char offset (columns count UTF-8 bytes,
     * text controls count chars). Clamped to the source; -1 for {@link #NONE}.
     */
    public int charOffsetIn(String source) {
        if (!isKnown()) return -1;
        int i = 0;
        for (int l = 1; l < line; l++) {
            int nl = source.indexOf('\n', i);
            if (nl < 0) return source.length();
            i = nl + 1;
        }
        int bytes = 0;
        while (i < source.length() && bytes < col - 1 && source.charAt(i) != '\n') {
            int cp = source.codePointAt(i);
            bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            i += Character.charCount(cp);
        }
        return i;
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
