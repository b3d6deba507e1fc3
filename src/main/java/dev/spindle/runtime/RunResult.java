package dev.spindle.runtime;

/**
 * How a run ended: the process exit code Go would give (0, 2 for panics, fatal errors and
 * deadlocks, os.Exit's code), whether it was stopped from outside instead, the virtual and
 * wall-clock durations, and the run's counters.
 */
public record RunResult(int exitCode, boolean stopped, long virtualNanos, long wallNanos, RunStats stats) {}
