package dev.spindle.cli;

import dev.spindle.lang.compile.Frontend;
import dev.spindle.lang.compile.Program;
import dev.spindle.runtime.Engine;
import dev.spindle.runtime.EngineConfig;
import dev.spindle.runtime.RunResult;
import dev.spindle.runtime.bridge.GoProgram;
import dev.spindle.trace.Event;
import dev.spindle.trace.WaitReason;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * The scheduler's figures (issue 5), measured on real Go programs run by the real engine and
 * VM — not on scripted goroutines — so that they say what a user's program costs: parallel
 * speedup of CPU-bound goroutines, spawning and finishing goroutines, a channel ping-pong,
 * and the heap a parked goroutine holds. Wall time here, because parallelism is the point;
 * on a loaded machine the figures say so.
 */
final class EngineBenchSuite {
    private final PrintStream out;

    EngineBenchSuite(PrintStream out) {
        this.out = out;
    }

    private static final String CPU = """
            package main

            import (
            	"fmt"
            	"sync"
            )

            func main() {
            	var wg sync.WaitGroup
            	sums := make([]int, 8)
            	for g := 0; g < 8; g++ {
            		wg.Add(1)
            		go func() {
            			defer wg.Done()
            			s := 0
            			for i := 0; i < N; i++ {
            				s += i
            			}
            			sums[g] = s
            		}()
            	}
            	wg.Wait()
            	fmt.Println(sums[0])
            }
            """;

    private static final String SPAWN = """
            package main

            import (
            	"fmt"
            	"sync"
            )

            func main() {
            	var wg sync.WaitGroup
            	for i := 0; i < N; i++ {
            		wg.Add(1)
            		go func() {
            			wg.Done()
            		}()
            	}
            	wg.Wait()
            	fmt.Println("done")
            }
            """;

    private static final String PING_PONG = """
            package main

            import "fmt"

            func main() {
            	ping, pong := make(chan int), make(chan int)
            	go func() {
            		for v := range ping {
            			pong <- v + 1
            		}
            		close(pong)
            	}()
            	v := 0
            	for i := 0; i < N; i++ {
            		ping <- v
            		v = <-pong
            	}
            	close(ping)
            	fmt.Println(v)
            }
            """;

    private static final String PARKED = """
            package main

            import "time"

            func main() {
            	ch := make(chan int)
            	for i := 0; i < N; i++ {
            		go func() {
            			<-ch
            		}()
            	}
            	time.Sleep(time.Hour)
            }
            """;

    void runAll(int cpuWork, int spawned, int messages, int parked) throws InterruptedException {
        out.println("engine (real Go programs on the M:N engine; wall time, best of 3):");
        double one = wallMs(CPU, cpuWork, 1);
        double two = wallMs(CPU, cpuWork, 2);
        out.printf("  %-40s %8.0f ms at --procs 1, %8.0f ms at --procs 2: speedup %.2fx%n",
                "8 goroutines summing " + cpuWork + " ints each", one, two, one / two);
        for (int procs = 1; procs <= 2; procs++) {
            out.printf("  %-40s %8.0f ms at --procs %d%n", spawned + " goroutines created and finished",
                    wallMs(SPAWN, spawned, procs), procs);
        }
        for (int procs = 1; procs <= 2; procs++) {
            double ms = wallMs(PING_PONG, messages, procs);
            out.printf("  %-40s %8.0f ms at --procs %d (%.2f µs per round trip)%n", "channel ping-pong x" + messages,
                    ms, procs, ms * 1000 / messages);
        }
        out.printf("  %-40s %8.0f bytes per goroutine (heap after GC / count, event log included)%n",
                parked + " goroutines parked on a channel", bytesPerParked(parked));
    }

    private static Program compile(String template, long n) {
        Frontend.Result r = Frontend.compile("bench.go", template.replace("N", Long.toString(n)));
        if (!r.ok()) {
            throw new IllegalStateException(String.join("\n", r.errors()));
        }
        return r.program();
    }

    private static double wallMs(String template, long n, int procs) throws InterruptedException {
        Program program = compile(template, n);
        double best = Double.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            Engine engine = GoProgram.engine(program, config(procs));
            long t0 = System.nanoTime();
            RunResult r = engine.run();
            double ms = (System.nanoTime() - t0) / 1e6;
            if (r.exitCode() != 0) {
                throw new IllegalStateException("benchmark program exited " + r.exitCode());
            }
            best = Math.min(best, ms);
        }
        return best;
    }

    /**
     * Runs the parking program in small steps until main sleeps — then every other goroutine
     * is parked on the channel — and measures the heap with the run paused there.
     */
    private static double bytesPerParked(int count) throws InterruptedException {
        Program program = compile(PARKED, count);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        Engine engine = GoProgram.engine(program, config(1));
        engine.pacer().runEvents(10_000);
        engine.start();
        int seen = 0;
        while (true) {
            if (engine.await(1) != null) {
                return Double.NaN;
            }
            if (!engine.pacer().isPaused()) {
                continue;
            }
            boolean mainSleeps = false;
            for (Event e : engine.log().since(seen)) {
                if (e instanceof Event.GoBlock b && b.g() == 1 && b.reason() == WaitReason.SLEEP) {
                    mainSleeps = true;
                }
            }
            seen = engine.log().size();
            if (mainSleeps) {
                break;
            }
            engine.pacer().runEvents(10_000);
        }
        System.gc();
        long after = memory.getHeapMemoryUsage().getUsed();
        engine.stop();
        engine.await();
        return (after - before) / (double) count;
    }

    private static EngineConfig config(int procs) {
        return EngineConfig.of(procs, 1, OutputStream.nullOutputStream(), OutputStream.nullOutputStream());
    }
}
