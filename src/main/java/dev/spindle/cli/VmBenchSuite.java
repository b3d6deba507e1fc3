package dev.spindle.cli;

import dev.spindle.lang.compile.Frontend;
import dev.spindle.runtime.EngineConfig;
import dev.spindle.runtime.RunResult;
import dev.spindle.runtime.bridge.GoProgram;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The VM's figures: the {@link BenchProgram} suite run the way {@code spindle run --procs 1}
 * runs a program (compiled once, then the engine with one P, its output kept to be checked),
 * against compiled Go and yaegi when they are on the PATH. Each row gives the ratio to Go and
 * to yaegi, the last line the geometric mean and the worst ratio to Go; a program whose output
 * differs from Go's is flagged, so a fast wrong VM cannot look good.
 *
 * <p>Spindle's time is the wall time of the run inside this process (no JVM start, which is
 * about the same for every program and is what start-up figures are for), the median of
 * {@code runs}; the JIT has seen the earlier programs of the suite, as it would have seen a
 * user's earlier work, and the first of the runs is counted.
 */
final class VmBenchSuite {
    private final PrintStream out;
    private final int runs;
    private final boolean smoke;
    private final Yardstick go;
    private final Yardstick yaegi;
    private final long yaegiTimeout;

    VmBenchSuite(PrintStream out, int runs, boolean smoke, Yardstick go, Yardstick yaegi, long yaegiTimeoutSeconds) {
        this.out = out;
        this.runs = runs;
        this.smoke = smoke;
        this.go = go;
        this.yaegi = yaegi;
        this.yaegiTimeout = yaegiTimeoutSeconds;
    }

    /** Runs the programs whose name contains {@code only} (all when null); returns how many went wrong. */
    int run(String only) throws IOException, InterruptedException {
        out.printf("suite (%s; Spindle: the engine with one P, wall ms inside this process, median of %d; "
                + "%s whole processes with GOMAXPROCS=1%s):%n",
                smoke ? "smoke sizes" : "full sizes", runs,
                go != null ? "go: median of " + runs : "go not on the PATH",
                yaegi != null ? ", yaegi: one run (at most " + yaegiTimeout + " s)" : ", yaegi not on the PATH");
        out.printf("  %-14s %10s %10s %8s %11s %13s%n", "program", "spindle ms", "go ms", "x go", "yaegi ms", "vs yaegi");
        List<Double> ratios = new ArrayList<>();
        String worst = null;
        double worstRatio = 0;
        int fasterThanYaegi = 0;
        int yaegiRows = 0;
        int wrong = 0;
        for (String name : BenchProgram.NAMES) {
            if (only != null && !name.contains(only)) {
                continue;
            }
            BenchProgram program = BenchProgram.load(name, smoke);
            Yardstick.Run spindle = spindle(program);
            StringBuilder row = new StringBuilder(String.format("  %-14s %10.1f", name, spindle.ms()));
            if (!spindle.ok()) {
                out.printf("  %-14s failed: %s%n", name, spindle.stdout().strip());
                wrong++;
                continue;
            }
            String note = "";
            if (go != null) {
                Yardstick.Run g = medianRun(go, program, runs);
                if (g.ok()) {
                    double ratio = spindle.ms() / g.ms();
                    ratios.add(ratio);
                    if (ratio > worstRatio) {
                        worstRatio = ratio;
                        worst = name;
                    }
                    row.append(String.format(" %10.1f %7.1fx", g.ms(), ratio));
                    if (!g.stdout().equals(spindle.stdout())) {
                        note = "  OUTPUT DIFFERS FROM GO'S";
                        wrong++;
                    }
                } else {
                    row.append(String.format(" %10s %8s", "failed", ""));
                }
            } else {
                row.append(String.format(" %10s %8s", "-", ""));
            }
            if (yaegi != null) {
                List<String> cmd = yaegi.prepare(program);
                Yardstick.Run y = yaegi.exec(cmd, yaegiTimeout);
                yaegiRows++;
                if (y.ok()) {
                    double times = y.ms() / spindle.ms();
                    fasterThanYaegi += times > 1 ? 1 : 0;
                    row.append(String.format(" %11.1f %12.1fx", y.ms(), times)).append(times > 1 ? " faster" : " SLOWER");
                } else {
                    // Timed out (or failed): Spindle is at least this much faster, if it finished sooner.
                    double times = yaegiTimeout * 1000.0 / spindle.ms();
                    fasterThanYaegi += times > 1 ? 1 : 0;
                    row.append(String.format(" %11s %11.1fx+ faster", ">" + yaegiTimeout * 1000, times));
                }
            }
            out.println(row + note);
        }
        if (!ratios.isEmpty()) {
            double logSum = ratios.stream().mapToDouble(Math::log).sum();
            out.printf("  geometric mean %.1fx Go over %d programs, worst %.1fx (%s)%s%n",
                    Math.exp(logSum / ratios.size()), ratios.size(), worstRatio, worst,
                    yaegiRows > 0 ? String.format("; faster than yaegi on %d of %d", fasterThanYaegi, yaegiRows) : "");
        }
        return wrong;
    }

    /** The program on the engine with one P, as {@code spindle run --procs 1 --seed 1}: median of the runs. */
    private Yardstick.Run spindle(BenchProgram program) throws InterruptedException {
        Frontend.Result r = Frontend.compile(program.name() + ".go", program.source());
        if (!r.ok()) {
            return new Yardstick.Run(-1, String.join("\n", r.errors()));
        }
        double[] ms = new double[runs];
        String stdout = null;
        for (int i = 0; i < runs; i++) {
            ByteArrayOutputStream o = new ByteArrayOutputStream();
            ByteArrayOutputStream e = new ByteArrayOutputStream();
            long t0 = System.nanoTime();
            RunResult result = GoProgram.run(r.program(), EngineConfig.of(1, 1, o, e));
            ms[i] = (System.nanoTime() - t0) / 1e6;
            if (result.exitCode() != 0) {
                return new Yardstick.Run(-1, "exit status " + result.exitCode() + ": " + e.toString(StandardCharsets.UTF_8));
            }
            stdout = o.toString(StandardCharsets.UTF_8);
        }
        return new Yardstick.Run(median(ms), stdout);
    }

    private static Yardstick.Run medianRun(Yardstick y, BenchProgram program, int runs) throws IOException, InterruptedException {
        List<String> cmd = y.prepare(program);
        if (cmd == null) {
            return new Yardstick.Run(-1, "");
        }
        double[] ms = new double[runs];
        String stdout = "";
        for (int i = 0; i < runs; i++) {
            Yardstick.Run r = y.exec(cmd, 300);
            if (!r.ok()) {
                return r;
            }
            ms[i] = r.ms();
            stdout = r.stdout();
        }
        return new Yardstick.Run(median(ms), stdout);
    }

    static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }
}
