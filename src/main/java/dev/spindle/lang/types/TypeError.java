package dev.spindle.lang.types;

import dev.spindle.lang.syntax.Pos;

/** One compile error in Go's words; {@link #format} gives {@code prog.go:LINE:COL: message}. */
public record TypeError(Pos pos, String message) implements Comparable<TypeError> {

    public String format(String fileName) {
        return fileName + ":" + pos.line() + ":" + pos.col() + ": " + message;
    }

    @Override
    public int compareTo(TypeError o) {
        return pos.compareTo(o.pos);
    }
}
