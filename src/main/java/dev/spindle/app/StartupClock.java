package dev.spindle.app;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
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
public final class StartupClock {
    private final boolean on;
    private final Instant launched;
    private final ThreadMXBean threads;
    private final List<String> marks = new ArrayList<>();
    private long lastCpu;

    /** A clock that keeps marks when {@code on}; otherwise it costs nothing (no management beans loaded). */
    StartupClock(boolean on) {
        this.on = on;
        this.launched = on ? launchedAt() : Instant.EPOCH;
        String start = on ? "start " + sinceLaunch() : null; // before the management classes load (see loadEarly)
        this.threads = on ? ManagementFactory.getThreadMXBean() : null;
        if (on) {
            lastCpu = threads.getCurrentThreadCpuTime();
            marks.add(start);
        }
    }

    /**
     * Loads the management classes the clock reads the FX thread's CPU with on a thread of its own,
     * from {@code main} while the toolkit starts: ~40 classes that the AOT cache does not hold
     * (its training runs untimed), which on the FX thread would add their ~0.1 s to every figure
     * after "start".
     */
    static void loadEarly() {
        Thread t = new Thread(ManagementFactory::getThreadMXBean, "spindle-startup-clock");
        t.setDaemon(true);
        t.start();
    }

    /**
     * When this process was started. On Linux from the kernel's own figures, both counted on the
     * clock since boot: /proc/self/stat's start time (field 22, in ticks of 1/100 s, Linux's fixed
     * USER_HZ) and /proc/uptime. Not ProcessHandle's start instant: it adds the ticks to the boot
     * time of /proc/stat, which is rounded down to the second, so on Linux its start is up to a
     * second early, and every figure as much too long (0.6 s on the build machine).
     */
    public static Instant launchedAt() {
        try {
            return launchedAt(Path.of("/proc/self/stat"));
        } catch (IOException | RuntimeException e) {
            return ProcessHandle.current().info().startInstant().orElse(Instant.now());
        }
    }

    /** When the Linux process of this /proc/PID/stat file was started. */
    static Instant launchedAt(Path procStat) throws IOException {
        String stat = Files.readString(procStat);
        String uptime = Files.readString(Path.of("/proc/uptime"));
        Instant now = Instant.now();
        // The fields after the command's name, which is in brackets and may hold spaces: state is field 3.
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long startedMillis = Long.parseLong(fields[22 - 3]) * 10;
        long upMillis = Math.round(Double.parseDouble(uptime.substring(0, uptime.indexOf(' '))) * 1000);
        return now.minusMillis(upMillis - startedMillis);
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
