package dev.spindle.cli;

import dev.spindle.lang.compile.Program;
import dev.spindle.runtime.explore.Explorer;
import dev.spindle.runtime.explore.Strategy;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.Locale;

/**
 * The explorer's throughput for {@code spindle bench}: schedules per second for lesson 2 at
 * GOMAXPROCS 2 with two jobs (issue 13's target: 2,000/s), seeds under the timed model, the
 * median of three batches after a warm-up batch. Wall time, so the machine's load counts:
 * the figure is printed next to the load average.
 */
final class ExploreBench {

    private ExploreBench() {}

    static void run(PrintStream out, int schedules) throws Exception {
        ProgramSource lesson = ProgramSource.lesson(2, 1);
        Program p = lesson.program();
        out.println("explorer (lesson 2, --procs 2, --jobs 2, " + schedules + " schedules per batch; wall time, median of 3):");
        batch(p, Strategy.RANDOM, schedules);
        double[] rates = new double[3];
        for (int i = 0; i < rates.length; i++) {
            rates[i] = batch(p, Strategy.RANDOM, schedules);
        }
        Arrays.sort(rates);
        double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        out.printf(Locale.ROOT, "  %-28s %8.0f schedules/s   (target 2000; load average %.1f)%n",
                "random (timed model)", rates[1], load);
    }

    private static double batch(Program p, Strategy s, int schedules) throws InterruptedException {
        long t0 = System.nanoTime();
        Explorer.Report r = new Explorer(p, new Explorer.Options(2, s, schedules, 2, 2, 60_000)).run(null);
        return r.schedules() / ((System.nanoTime() - t0) / 1e9);
    }
}
