package dev.spindle.cli;

import dev.spindle.lang.compile.Program;
import dev.spindle.lang.compile.Frontend;
import dev.spindle.runtime.Engine;
import dev.spindle.runtime.EngineConfig;
import dev.spindle.runtime.RunResult;
import dev.spindle.runtime.bridge.GoProgram;
import dev.spindle.trace.EventLog;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.Arrays;

/**
 * What {@code --race} costs, for {@code spindle bench}: the slowdown of a call-heavy program
 * (fib(30), no shared memory at all) and of a channel-heavy pipeline (pointers to structs
 * handed through two buffered channels, their fields read and written on the way), each run
 * on the engine with and without the detector, and the heap the detector holds per memory
 * location it tracks. Wall-clock medians at --procs 1 (one carrier, so that other load on the
 * machine blurs the figure least); Go's own detector costs 2-20x.
 */
final class RaceBench {
    private final PrintStream out;
    private final int runs;

    RaceBench(PrintStream out, int runs) {
        this.out = out;
        this.runs = Math.max(3, runs);
    }

    static final String PIPELINE = """
            package main

            import "fmt"

            type Msg struct {
            	ID  int
            	Val int
            }

            func main() {
            	in := make(chan *Msg, 16)
            	out := make(chan int, 16)
            	go func() {
            		for i := 0; i < N; i++ {
            			in <- &Msg{ID: i, Val: i * 2}
            		}
            		close(in)
            	}()
            	go func() {
            		for m := range in {
            			m.Val += m.ID
            			out <- m.Val
            		}
            		close(out)
            	}()
            	sum := 0
            	for v := range out {
            		sum += v
            	}
            	fmt.Println(sum)
            }
            """;

    static final String LOCATIONS = """
            package main

            var s []int

            func main() {
            	s = make([]int, N)
            	for i := range s {
            		s[i] = i
            	}
            }
            """;

    void run() throws InterruptedException {
        out.println("race detector (spindle run --race): wall ms, median of " + runs + " at --procs 1, off / on:");
        // The suite's fib, at 30: calls and integer arithmetic, no heap access to track.
        slowdown("fib(30)", BenchProgram.load("fib", 30).source());
        slowdown("channel pipeline x200000", PIPELINE.replace("N", "200000"));
        int n = 1_000_000;
        double bytes = bytesPerLocation(LOCATIONS.replace("N", Integer.toString(n)), n);
        out.printf("  %-40s %8.0f bytes (heap after GC, on minus off, %,d slice elements written once)%n",
                "memory per tracked location", bytes, n);
    }

    private void slowdown(String label, String source) throws InterruptedException {
        Program p = compile(source);
        time(p, false); // warm-up, both paths
        time(p, true);
        double[] off = new double[runs];
        double[] on = new double[runs];
        for (int i = 0; i < runs; i++) {
            off[i] = time(p, false);
            on[i] = time(p, true);
        }
        double a = median(off);
        double b = median(on);
        out.printf("  %-40s %8.0f ms  %8.0f ms   %5.2fx%n", label, a, b, b / a);
    }

    private static double time(Program p, boolean race) throws InterruptedException {
        Engine engine = GoProgram.engine(p, config(), EventLog.discarding(), race ? "bench.go" : null);
        long t0 = System.nanoTime();
        RunResult r = engine.run();
        double ms = (System.nanoTime() - t0) / 1e6;
        if (r.exitCode() != 0) {
            throw new IllegalStateException("benchmark program exited " + r.exitCode());
        }
        return ms;
    }

    private static double bytesPerLocation(String source, int n) throws InterruptedException {
        Program p = compile(source);
        long base = usedAfterGc();
        Engine off = GoProgram.engine(p, config(), EventLog.discarding(), (String) null);
        off.run();
        long withoutRace = usedAfterGc() - base;
        off = null;
        base = usedAfterGc();
        Engine on = GoProgram.engine(p, config(), EventLog.discarding(), "bench.go");
        on.run();
        long withRace = usedAfterGc() - base;
        long locations = on.raceLocations();
        return (withRace - withoutRace) / (double) Math.max(1, locations);
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    private static Program compile(String source) {
        Frontend.Result r = Frontend.compile("bench.go", source);
        if (!r.ok()) {
            throw new IllegalStateException(String.join("\n", r.errors()));
        }
        return r.program();
    }

    private static EngineConfig config() {
        return EngineConfig.of(1, 1, OutputStream.nullOutputStream(), OutputStream.nullOutputStream());
    }
}
