package dev.spindle.app;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The phases of a start, for {@code -Dspindle.startupTiming=true}: wall milliseconds since the
 * JVM was launched at each mark, and the CPU the calling thread (the FX thread) spent between
 * marks. On a busy machine the wall figures mostly measure waiting for a core; the CPU figures
 * say what each phase costs by itself.
 */
final class StartupClock {
    private final boolean on;
    private final Instant launched;
    private final ThreadMXBean threads;
    private final List<String> marks = new ArrayList<>();
    private long lastCpu;

    /** A clock that keeps marks when {@code on}; otherwise it costs nothing (no management beans loaded). */
    StartupClock(boolean on) {
        this.on = on;
        this.launched = on ? ProcessHandle.current().info().startInstant().orElse(Instant.now()) : Instant.EPOCH;
        this.threads = on ? ManagementFactory.getThreadMXBean() : null;
        if (on) {
            lastCpu = threads.getCurrentThreadCpuTime();
            marks.add("start " + sinceLaunch());
        }
    }

    /** Milliseconds of wall time since the JVM was launched. */
    long sinceLaunch() {
        return Duration.between(launched, Instant.now()).toMillis();
    }

    /** Ends a phase: its name, the wall time so far and the CPU this thread spent in it. */
    void mark(String phase) {
        if (!on) {
            return;
        }
        long cpu = threads.getCurrentThreadCpuTime();
        marks.add("%s %d [%d cpu]".formatted(phase, sinceLaunch(), (cpu - lastCpu) / 1_000_000));
        lastCpu = cpu;
    }

    /** All marks, e.g. {@code start 900, window 1500 [420 cpu], ..., process cpu 2100}. */
    @Override
    public String toString() {
        long processCpu = ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO).toMillis();
        return String.join(", ", marks) + ", process cpu " + processCpu;
    }
}
