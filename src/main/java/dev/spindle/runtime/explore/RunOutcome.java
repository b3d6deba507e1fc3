package dev.spindle.runtime.explore;

/**
 * What a user sees of one run, and all the explorer tells runs apart by: the program's
 * standard output, its exit status, the first line of its own standard error (a panic's or
 * deadlock's headline; the rest of a crash dump names goroutine ids and would split one
 * outcome into many) and, when the race detector was on, whether it reported a data race
 * (the reports themselves name goroutines and addresses, so only the verdict is part of the
 * outcome). A run that did not end within the explorer's budget is an outcome of its own
 * ({@link #finished()} false), with whatever it had printed.
 */
public record RunOutcome(String stdout, int exitCode, String firstStderrLine, boolean finished, boolean raced) {

    /** An outcome of a run without the race detector. */
    public RunOutcome(String stdout, int exitCode, String firstStderrLine, boolean finished) {
        this(stdout, exitCode, firstStderrLine, finished, false);
    }

    /** The outcome's output lines, for labels ("did not finish" is marked by the caller). */
    public java.util.List<String> lines() {
        return stdout.lines().toList();
    }

    /** One line: exit status, the detector's verdict when it found a race, and the stderr headline if any. */
    public String status() {
        String race = raced ? ", data race" : "";
        if (!finished) {
            return "did not finish" + race;
        }
        return "exit " + exitCode + race + (firstStderrLine.isEmpty() ? "" : ", stderr: " + firstStderrLine);
    }
}
