package dev.spindle.runtime;

import dev.spindle.trace.VirtualTime;
import java.util.Locale;

/**
 * How a run ended: the process exit code Go would give (0, 2 for panics, fatal errors and
 * deadlocks, os.Exit's code; -1 when stopped from outside), the virtual and wall-clock
 * durations, and the run's counters.
 */
public record RunResult(int exitCode, boolean stopped, long virtualNanos, long wallNanos, RunStats stats) {

    /** The text of {@code spindle run --stats}, one figure per line. */
    public String statsText() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "goroutines created: %d%n", stats.goroutinesCreated()));
        b.append(String.format(Locale.ROOT, "context switches:   %d%n", stats.contextSwitches()));
        b.append(String.format(Locale.ROOT, "steals:             %d%n", stats.steals()));
        b.append(String.format(Locale.ROOT, "preemptions:        %d%n", stats.preemptions()));
        b.append(String.format(Locale.ROOT, "rounds:             %d%n", stats.rounds()));
        // Units by magnitude: a small program runs in nanoseconds of virtual time, which
        // seconds to six places printed as 0.000000 s.
        b.append(String.format(Locale.ROOT, "virtual time:       %s%n", VirtualTime.format(virtualNanos)));
        b.append(String.format(Locale.ROOT, "wall time:          %s%n", VirtualTime.format(wallNanos)));
        long[] busy = stats.busyPerP();
        for (int p = 0; p < busy.length; p++) {
            double util = virtualNanos == 0 ? 0 : 100.0 * busy[p] / virtualNanos;
            b.append(String.format(Locale.ROOT, "carrier %d busy:     %.1f%%%n", p, util));
        }
        long[] waited = stats.waitedPerCarrier();
        for (int c = 0; c < waited.length; c++) {
            b.append(String.format(Locale.ROOT, "carrier %d waited:   %s (wall, for its next task)%n", c,
                    VirtualTime.format(waited[c])));
        }
        long[] cpu = stats.cpuPerCarrier();
        for (int c = 0; c < cpu.length; c++) {
            if (cpu[c] >= 0) {
                long noCore = Math.max(0, wallNanos - waited[c] - cpu[c]);
                b.append(String.format(Locale.ROOT, "carrier %d on CPU:   %s (wall %s with work but no core)%n", c,
                        VirtualTime.format(cpu[c]), VirtualTime.format(noCore)));
            }
        }
        return b.toString();
    }
}
