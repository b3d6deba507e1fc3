package dev.spindle.runtime;

/**
 * A processor: the right to run Go code. GOMAXPROCS is the number of Ps; each P has one
 * carrier thread. Fields as in Go's {@code p} struct (runtime2.go). Coordinator only.
 */
final class P {

    final int id;
    /** Local run queue; see {@link LocalRunQueue}. */
    final LocalRunQueue runq;
    /** A goroutine readied by the goroutine running on this P, to run next in its time slice. */
    G runnext;
    /** Incremented at every schedule that does not inherit a time slice; % 61 drives the global-queue check. */
    long schedtick;
    /** Virtual time the current time slice began (Go's sysmon {@code schedwhen}). */
    long sliceStart;
    /** The goroutine bound to this P, or null when the P is idle. */
    G current;
    /** Instructions executed on this P (for utilisation stats). */
    long busy;
    /**
     * Whether this P's M is awake: running a goroutine, or just released by one and looking
     * for the next (Go's spinning M). An idle P whose search found nothing goes to sleep
     * (Go's pidleput + stopm) and must be woken, which takes time; see {@link #wakeAt}.
     */
    boolean awake;
    /** Virtual time at which this sleeping P's M will be awake and searching (Go's wakep), or -1. */
    long wakeAt = -1;
    /** When this P last fell asleep (boundary count): Go's idle P list is LIFO. */
    long asleepSince;
    /** Free model: virtual ns computed since this P's last visible operation (see Coordinator.oneVisible). */
    long computed;
    /** Virtual instructions the last slice run on this P used: short ones mark a chatty round. */
    long lastUsed;

    P(int id, int runQueueCapacity) {
        this.id = id;
        this.runq = new LocalRunQueue(runQueueCapacity);
    }

    /** This P's queue as its owner sees it. Coordinator only, acting for this P. */
    RunQueueOwner local() {
        return runq;
    }

    /** This P's queue as a thief sees it. Coordinator only, acting for another P. */
    RunQueueStealer stealer() {
        return runq;
    }

    boolean hasLocalWork() {
        return runnext != null || !runq.isEmpty();
    }

    @Override
    public String toString() {
        return "P" + id;
    }
}
