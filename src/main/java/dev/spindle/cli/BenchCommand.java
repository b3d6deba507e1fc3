package dev.spindle.cli;

import dev.spindle.lang.compile.Frontend;
import dev.spindle.lang.syntax.SyntheticPrograms;
import dev.spindle.vm.host.ProgramRunner;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code spindle bench}: figures, not tests. Compile time of generated programs, and the VM
 * on small Go programs, with the ratio to compiled Go measured in the same run when {@code go}
 * is on the PATH.
 */
@Command(name = "bench", description = "Print compile and VM benchmark figures.")
public final class BenchCommand implements Callable<Integer> {
    @Option(names = "--runs", description = "Timed repetitions per figure (best is reported).")
    int runs = 5;

    @Option(names = "--no-go", description = "Do not compare with compiled Go.")
    boolean noGo;

    @Option(names = "--engine-only", description = "Only the scheduler's figures (real Go programs on the M:N engine).")
    boolean engineOnly;

    @Option(names = "--race", description = "Only the race detector's figures (--race slowdown, memory per tracked location).")
    boolean raceOnly;

    @Option(names = "--vm-only", description = "Only the VM's figures (no compile or engine figures).")
    boolean vmOnly;

    @Option(names = "--only", paramLabel = "TEXT", description = "Only the VM programs whose name contains TEXT (e.g. loop, fib).")
    String only;

    @Option(names = "--parked", paramLabel = "N", description = "Goroutines to park for the bytes-per-goroutine figure (default 1000000).")
    int parked = 1_000_000;

    static final String FIB = """
            package main

            import "fmt"

            func fib(n int) int {
            	if n < 2 {
            		return n
            	}
            	return fib(n-1) + fib(n-2)
            }

            func main() {
            	fmt.Println(fib(30))
            }
            """;

    static final String LOOP = """
            package main

            import "fmt"

            func main() {
            	sum := 0
            	for i := 0; i < 100000000; i++ {
            		sum += i
            	}
            	fmt.Println(sum)
            }
            """;

    static final String SLICE = """
            package main

            import "fmt"

            func main() {
            	var xs []int
            	for i := 0; i < 1000000; i++ {
            		xs = append(xs, i)
            	}
            	fmt.Println(len(xs))
            }
            """;

    static final String MAP = """
            package main

            import "fmt"

            func main() {
            	m := map[int]int{}
            	for i := 0; i < 1000000; i++ {
            		m[i] = i
            	}
            	fmt.Println(len(m))
            }
            """;

    static final String CONCAT = """
            package main

            import "fmt"

            func main() {
            	s := ""
            	for i := 0; i < 20000; i++ {
            		s += "x"
            	}
            	fmt.Println(len(s))
            }
            """;

    @Override
    public Integer call() throws Exception {
        if (raceOnly) {
            new RaceBench(System.out, runs).run();
            return 0;
        }
        if (vmOnly) {
            vm();
            return 0;
        }
        if (!engineOnly) {
            compileAndVm();
        }
        new EngineBenchSuite(System.out).withGoParked(noGo ? null : GoParked.measure(parked))
                .runAll(50_000_000, 100_000, 1_000_000, parked);
        if (!engineOnly) {
            new RaceBench(System.out, runs).run();
        }
        return 0;
    }

    private void compileAndVm() throws Exception {
        System.out.println("CPU time of the benchmarking thread (the machine may be loaded; wall time would mislead). compile (parse + check + compile), best of " + runs + " after warm-up:");
        double c5 = compileBench(5000);
        double c10 = compileBench(10000);
        System.out.printf("  %-28s %8.1f ms%n", "5,000 lines", c5);
        System.out.printf("  %-28s %8.1f ms  (%.2fx of 5,000)%n", "10,000 lines", c10, c10 / c5);
        vm();
    }

    private void vm() throws Exception {
        Path goDir = noGo ? null : goAvailable();
        System.out.println("vm (thread CPU ms, best of " + runs + ")" + (goDir != null ? "; compiled Go timed inside its main (best of 5)" : ", go not on PATH") + ":");
        String[][] programs = {
            {"fib(30)", FIB}, {"10^8-step integer loop", LOOP}, {"10^6-element slice", SLICE},
            {"10^6 map inserts", MAP}, {"string concat x20000", CONCAT},
        };
        for (String[] p : programs) {
            if (only != null && !p[0].contains(only)) {
                continue;
            }
            double ms = vmBench(p[1]);
            if (goDir != null) {
                double go = goBench(goDir, p[1]);
                System.out.printf("  %-28s %8.1f ms   go %8.2f ms   %7.1fx%n", p[0], ms, go, ms / go);
            } else {
                System.out.printf("  %-28s %8.1f ms%n", p[0], ms);
            }
        }
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
                System.out.println("  (generated program did not compile: " + r.errors().getFirst() + ")");
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

    private double vmBench(String src) throws IOException {
        Frontend.Result r = Frontend.compile("bench.go", src);
        if (!r.ok()) {
            throw new IllegalStateException(String.join("\n", r.errors()));
        }
        double best = Double.MAX_VALUE;
        for (int i = 0; i < runs + 1; i++) {
            double t0 = cpuMs();
            ProgramRunner.run(r.program(), 1, 1, OutputStream.nullOutputStream(), OutputStream.nullOutputStream());
            double ms = cpuMs() - t0;
            if (i > 0) {
                best = Math.min(best, ms);
            }
        }
        return best;
    }

    private static Path goAvailable() {
        try {
            Process p = new ProcessBuilder("go", "version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            if (p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0) {
                return Files.createTempDirectory("spindle-bench");
            }
        } catch (IOException | InterruptedException e) {
            return null;
        }
        return null;
    }

    /**
     * Builds the program with go, instrumented to time its own main (so process start-up is
     * not counted), and returns the best of several runs in ms.
     */
    private double goBench(Path dir, String src) throws IOException, InterruptedException {
        String timed = src.replace("import \"fmt\"", "import (\n\t\"fmt\"\n\t\"os\"\n\t\"time\"\n)")
                .replace("func main() {", "func main() {\n\tt0 := time.Now()\n\tdefer func() { fmt.Fprintln(os.Stderr, \"elapsed\", time.Since(t0).Nanoseconds()) }()");
        Path main = dir.resolve("main.go");
        Files.writeString(main, timed);
        Path bin = dir.resolve("prog");
        run(dir, List.of("go", "build", "-o", bin.toString(), main.toString()));
        double best = Double.MAX_VALUE;
        for (int i = 0; i < Math.max(5, runs); i++) {
            String out = run(dir, List.of(bin.toString()));
            for (String line : out.split("\n")) {
                if (line.startsWith("elapsed ")) {
                    best = Math.min(best, Long.parseLong(line.substring(8).trim()) / 1e6);
                }
            }
        }
        return best;
    }

    private static String run(Path dir, List<String> cmd) throws IOException, InterruptedException {
        List<String> c = new ArrayList<>(cmd);
        ProcessBuilder pb = new ProcessBuilder(c).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().put("GOCACHE", dir.resolve("cache").toString());
        pb.environment().putIfAbsent("HOME", dir.toString());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }
}
