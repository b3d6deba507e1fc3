package dev.spindle.runtime;

/**
 * Counters of one run, for {@code spindle run --stats}. Written by the coordinator; read by
 * others only after the run ended.
 */
public final class RunStats {
    long goroutinesCreated;
    long contextSwitches;
    long steals;
    long preemptions;
    long rounds;
    long[] busyPerP = new long[0];
    /** The sum of {@link #busyPerP}, kept as it grows: the work a run has done. */
    long busyTotal;
    /** Wall nanoseconds each carrier thread waited for its next task (index = carrier), set when the run ends. */
    long[] waitedPerCarrier = new long[0];
    /** CPU nanoseconds each carrier thread used (index = carrier; -1 where the JVM cannot tell), set when the run ends. */
    long[] cpuPerCarrier = new long[0];

    public long goroutinesCreated() { return goroutinesCreated; }
    public long contextSwitches() { return contextSwitches; }
    public long steals() { return steals; }
    public long preemptions() { return preemptions; }
    public long rounds() { return rounds; }
    /** Instructions executed on each P (index = P id; Ps dropped before the end are included). */
    public long[] busyPerP() { return busyPerP.clone(); }
    /**
     * Wall time each carrier thread spent waiting for its next task, in nanoseconds (index =
     * carrier): with every P busy, that is the round barrier's cost — the other carrier's
     * slice still running, the boundary, the wake-up. A measure of this machine, not of the run.
     */
    public long[] waitedPerCarrier() { return waitedPerCarrier.clone(); }
    /**
     * CPU time each carrier thread used, in nanoseconds (index = carrier; -1 where the JVM
     * does not measure it, e.g. virtual carriers). The run's wall time minus this and minus
     * {@link #waitedPerCarrier()} is how long the thread had work but no core: the OS ran
     * something else (the JIT's compiler threads, the collector, other processes). On a
     * machine with as many cores as Ps, one carrier losing its core makes every other wait at
     * the next barrier, so this is the figure that tells the barrier's cost from the host's.
     */
    public long[] cpuPerCarrier() { return cpuPerCarrier.clone(); }

    void addBusy(int p, long instructions) {
        if (p >= busyPerP.length) {
            busyPerP = java.util.Arrays.copyOf(busyPerP, p + 1);
        }
        busyPerP[p] += instructions;
        busyTotal += instructions;
    }
}
