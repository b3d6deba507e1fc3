package dev.spindle.vm;

/**
 * One line pair of a traceback: the function as Go names it and the source line it is at.
 *
 * @param function {@code main.f}, {@code main.main.func1}, {@code main.(*T).M}
 * @param line the line being executed in that function
 */
public record StackLine(String function, int line, String file) {
    /** A line of the program's own file. */
    public StackLine(String function, int line) {
        this(function, line, null);
    }

    /** The file to print: a library function's own, else the program's {@code programFile}. */
    public String fileOr(String programFile) {
        return file != null ? file : programFile;
    }
}
