package dev.spindle.runtime;

import java.io.OutputStream;

/**
 * How to run one program.
 *
 * @param procs            initial GOMAXPROCS (number of Ps and carrier threads)
 * @param seed             seeds every random choice (steal order, select)
 * @param runQueueCapacity local run queue size: 256 as in Go; a small power of two in tests
 * @param numCpu           what runtime.NumCPU reports
 * @param timeSlice        virtual nanoseconds before a running goroutine is preempted (Go: 10 ms)
 * @param minRoundBudget   instructions per round right after goroutines synchronised
 * @param maxRoundBudget   instructions per round when nobody synchronises for a while
 * @param stdout           the program's standard output (raw bytes)
 * @param stderr           the program's standard error (raw bytes)
 */
public record EngineConfig(int procs, long seed, int runQueueCapacity, int numCpu, long timeSlice,
                           long minRoundBudget, long maxRoundBudget, OutputStream stdout, OutputStream stderr) {

    public static final long DEFAULT_TIME_SLICE = 10_000_000L;

    public EngineConfig {
        if (procs < 1) {
            throw new IllegalArgumentException("procs must be at least 1");
        }
        if (minRoundBudget < 1 || maxRoundBudget < minRoundBudget) {
            throw new IllegalArgumentException("bad round budgets");
        }
    }

    /** Go's defaults: run queues of 256, a 10 ms slice, NumCPU = the host's processors. */
    public static EngineConfig of(int procs, long seed, OutputStream stdout, OutputStream stderr) {
        return new EngineConfig(procs, seed, 256, Runtime.getRuntime().availableProcessors(),
                DEFAULT_TIME_SLICE, 1_000, 1 << 20, stdout, stderr);
    }

    public EngineConfig withRunQueueCapacity(int capacity) {
        return new EngineConfig(procs, seed, capacity, numCpu, timeSlice, minRoundBudget, maxRoundBudget, stdout, stderr);
    }

    public EngineConfig withTimeSlice(long nanos) {
        return new EngineConfig(procs, seed, runQueueCapacity, numCpu, nanos, minRoundBudget, maxRoundBudget, stdout, stderr);
    }

    public EngineConfig withRoundBudgets(long min, long max) {
        return new EngineConfig(procs, seed, runQueueCapacity, numCpu, timeSlice, min, max, stdout, stderr);
    }

    public EngineConfig withNumCpu(int n) {
        return new EngineConfig(procs, seed, runQueueCapacity, n, timeSlice, minRoundBudget, maxRoundBudget, stdout, stderr);
    }
}
