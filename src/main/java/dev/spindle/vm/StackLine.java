package dev.spindle.vm;

/**
 * One line pair of a traceback: the function as Go names it and the source line it is at.
 *
 * @param function {@code main.f}, {@code main.main.func1}, {@code main.(*T).M}
 * @param line the line being executed in that function
 */
public record StackLine(String function, int line, String file) {
    /** Go's traceback prints at most this many frames, then {@link #ELIDED}. */
    public static final int MAX_FRAMES = 100;
    public static final String ELIDED = "...additional frames elided...";

    /** A line of the program's own file. */
    public StackLine(String function, int line) {
        this(function, line, null);
    }

    /** The file to print: a library function's own, else the program's {@code programFile}. */
    public String fileOr(String programFile) {
        return file != null ? file : programFile;
    }
}
