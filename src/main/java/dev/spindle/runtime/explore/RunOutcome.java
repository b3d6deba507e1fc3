package dev.spindle.runtime.explore;

/**
 * What a user sees of one run, and all the explorer tells runs apart by: the program's
 * standard output, its exit status and the first line of its standard error (a panic's or
 * deadlock's headline; the rest of a crash dump names goroutine ids and would split one
 * outcome into many). A run that did not end within the explorer's budget is an outcome of
 * its own ({@link #finished()} false), with whatever it had printed.
 */
public record RunOutcome(String stdout, int exitCode, String firstStderrLine, boolean finished) {

    /** The outcome's output lines, for labels ("did not finish" is marked by the caller). */
    public java.util.List<String> lines() {
        return stdout.lines().toList();
    }

    /** One line: exit status, and the stderr headline if any. */
    public String status() {
        if (!finished) {
            return "did not finish";
        }
        return "exit " + exitCode + (firstStderrLine.isEmpty() ? "" : ", stderr: " + firstStderrLine);
    }
}
