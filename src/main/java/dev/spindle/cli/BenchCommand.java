package dev.spindle.cli;

import dev.spindle.lang.compile.Frontend;
import dev.spindle.lang.syntax.SyntheticPrograms;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code spindle bench}: figures, not tests. Compile time of generated programs; the VM on a
 * suite of real Go programs ({@link VmBenchSuite}) run on the engine as {@code spindle run}
 * runs them, with ratios to compiled Go and yaegi when they are on the PATH; the scheduler's
 * figures ({@link EngineBenchSuite}). Exits 1 when a suite program fails or prints other
 * output than Go's.
 */
@Command(name = "bench", description = "Print compile and VM benchmark figures.")
public final class BenchCommand implements Callable<Integer> {
    @Option(names = "--runs", description = "Timed repetitions per figure (default 3; the suite reports medians, compile figures the best).")
    int runs = 3;

    @Option(names = "--smoke", description = "Every figure once at a tiny size, to check that the suite runs and agrees with Go (no compile figures).")
    boolean smoke;

    @Option(names = "--no-yaegi", description = "Do not compare with yaegi.")
    boolean noYaegi;

    @Option(names = "--yaegi-timeout", paramLabel = "S", description = "Seconds a yaegi run may take before it is stopped (default 60).")
    long yaegiTimeout = 60;

    @Option(names = "--no-go", description = "Do not compare with compiled Go.")
    boolean noGo;

    @Option(names = "--explore-only", description = "Only the outcome explorer's figure (schedules per second).")
    boolean exploreOnly;

    @Option(names = "--engine-only", description = "Only the scheduler's figures (real Go programs on the M:N engine).")
    boolean engineOnly;

    @Option(names = "--race", description = "Only the race detector's figures (--race slowdown, memory per tracked location).")
    boolean raceOnly;

    @Option(names = "--vm-only", description = "Only the VM's figures (no compile or engine figures).")
    boolean vmOnly;

    @Option(names = "--only", paramLabel = "TEXT", description = "Only the suite's programs whose name contains TEXT (e.g. loop, fib).")
    String only;

    @Option(names = "--parked", paramLabel = "N", description = "Goroutines to park for the bytes-per-goroutine figure (default 1000000).")
    int parked = 1_000_000;

    /** Where the figures go; tests swap it. */
    PrintStream out = System.out;

    @Override
    public Integer call() throws Exception {
        if (smoke) {
            // Every figure once at a tiny size: for tests, which check that the suite runs and
            // agrees with Go, never how fast it is.
            runs = 1;
            parked = Math.min(parked, 1000);
        }
        if (exploreOnly) {
            ExploreBench.run(out, 2000);
            return 0;
        }
        if (raceOnly) {
            new RaceBench(out, runs).run();
            return 0;
        }
        int wrong = 0;
        if (!engineOnly) {
            if (!vmOnly && !smoke) {
                compile();
            }
            wrong = vm();
        }
        if (!vmOnly) {
            new EngineBenchSuite(out).withGoParked(noGo ? null : GoParked.measure(parked))
                    .runAll(smoke ? 100_000 : 50_000_000, smoke ? 100 : 100_000, smoke ? 100 : 1_000_000, parked);
            ExploreBench.run(out, smoke ? 20 : 2000);
        }
        if (!engineOnly && !smoke) {
            new RaceBench(out, runs).run();
        }
        return wrong > 0 ? 1 : 0;
    }

    private void compile() {
        out.println("CPU time of the benchmarking thread (the machine may be loaded; wall time would mislead). compile (parse + check + compile), best of " + runs + " after warm-up:");
        double c5 = compileBench(5000);
        double c10 = compileBench(10000);
        out.printf("  %-28s %8.1f ms%n", "5,000 lines", c5);
        out.printf("  %-28s %8.1f ms  (%.2fx of 5,000)%n", "10,000 lines", c10, c10 / c5);
    }

    private int vm() throws Exception {
        Yardstick go = noGo ? null : Yardstick.go();
        Yardstick yaegi = noYaegi ? null : Yardstick.yaegi();
        int wrong = new VmBenchSuite(out, runs, smoke, go, yaegi, yaegiTimeout).run(only);
        if (wrong > 0) {
            out.println("  " + wrong + " program(s) failed or printed other output than Go's");
        }
        return wrong;
    }

    private double compileBench(int lines) {
        String src = SyntheticPrograms.generate(lines);
        for (int i = 0; i < 5; i++) {
            Frontend.compile("gen.go", src);
        }
        double best = Double.MAX_VALUE;
        for (int i = 0; i < runs; i++) {
            double t0 = cpuMs();
            Frontend.Result r = Frontend.compile("gen.go", src);
            best = Math.min(best, cpuMs() - t0);
            if (!r.ok()) {
                out.println("  (generated program did not compile: " + r.errors().getFirst() + ")");
                break;
            }
        }
        return best;
    }

    /**
     * CPU time of the benchmarking thread in ms, with nanosecond resolution: the compiler and
     * the single-P VM run on this thread, so the JIT's and the GC's own threads — and a
     * loaded machine — do not blur the figure the way process CPU or wall time would.
     */
    private static double cpuMs() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1e6;
    }
}
