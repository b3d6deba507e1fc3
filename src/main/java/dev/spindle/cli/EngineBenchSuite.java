package dev.spindle.cli;

import dev.spindle.lang.compile.Frontend;
import dev.spindle.lang.compile.Program;
import dev.spindle.runtime.Engine;
import dev.spindle.runtime.EngineConfig;
import dev.spindle.runtime.RunResult;
import dev.spindle.runtime.bridge.GoProgram;
import dev.spindle.trace.Event;
import dev.spindle.trace.EventLog;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

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

    /** Issue 19's goroutine figure: every goroutine takes one Mutex, and a WaitGroup waits for all. */
    private static final String MUTEX = """
            package main

            import (
            	"fmt"
            	"sync"
            )

            func main() {
            	var wg sync.WaitGroup
            	var mu sync.Mutex
            	total := 0
            	for i := 0; i < N; i++ {
            		wg.Add(1)
            		go func(n int) {
            			defer wg.Done()
            			mu.Lock()
            			total += n
            			mu.Unlock()
            		}(i)
            	}
            	wg.Wait()
            	fmt.Println(total)
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

    /** Go's own figure for the parked line (from {@link GoParked}), or null to print none. */
    private String goParked;

    EngineBenchSuite withGoParked(String figure) {
        this.goParked = figure;
        return this;
    }

    void runAll(int cpuWork, int spawned, int messages, int parked) throws InterruptedException {
        out.println("engine (real Go programs on the M:N engine; wall time, best of 3):");
        double one = wallMs(CPU, cpuWork, 1);
        double two = wallMs(CPU, cpuWork, 2);
        out.printf("  %-40s %8.0f ms at --procs 1, %8.0f ms at --procs 2: speedup %.2fx%n",
                "8 goroutines summing " + cpuWork + " ints each", one, two, one / two);
        out.printf("  %-40s %.2fx for a loop in an array (the VM's shape), %.2fx in registers (compiled Go's)%n",
                "plain Java here, 2 threads vs 1", HostCeiling.arrayLoop(), HostCeiling.registerLoop());
        for (int procs = 1; procs <= 2; procs++) {
            out.printf("  %-40s %8.0f ms at --procs %d%n", spawned + " goroutines created and finished",
                    wallMs(SPAWN, spawned, procs), procs);
        }
        for (int procs = 1; procs <= 2; procs++) {
            out.printf("  %-40s %8.0f ms at --procs %d%n", spawned + " goroutines + Mutex + WaitGroup",
                    wallMs(MUTEX, spawned, procs), procs);
        }
        for (int procs = 1; procs <= 2; procs++) {
            double ms = wallMs(PING_PONG, messages, procs);
            out.printf("  %-40s %8.0f ms at --procs %d (%.2f µs per round trip)%n", "channel ping-pong x" + messages,
                    ms, procs, ms * 1000 / messages);
        }
        String label = parked + " goroutines parked on a channel";
        out.printf("  %-40s %8.0f bytes per goroutine (heap after GC / count; event log off, as `spindle run` without --trace)%n",
                label, bytesPerParked(parked, false));
        out.printf("  %-40s %8.0f bytes per goroutine (heap after GC / count; event log on, as the app keeps it)%n",
                label, bytesPerParked(parked, true));
        if (goParked != null) {
            out.printf("  %-40s %s%n", label + " in Go", goParked);
        }
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
     * What a parked goroutine costs: the PARKED program is run in steps of events until
     * every one of its {@code count} goroutines has blocked on the channel and main sleeps
     * (count + 1 GoBlock events: they are counted by a tap on the log, which holds nothing),
     * and the heap is measured after GC with the run paused there, minus the heap before
     * it. {@code keepLog} chooses what the run keeps: the app's log (every event) or, as
     * {@code spindle run} without {@code --trace}, none.
     */
    static double bytesPerParked(int count, boolean keepLog) throws InterruptedException {
        Program program = compile(PARKED, count);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        AtomicLong blocked = new AtomicLong();
        Consumer<Event> countBlocks = e -> {
            if (e instanceof Event.GoBlock) {
                blocked.incrementAndGet();
            }
        };
        EventLog log = keepLog ? new EventLog() : EventLog.discarding(countBlocks);
        usedAfterGc(memory);
        long before = usedAfterGc(memory);
        Engine engine = GoProgram.engine(program, config(1), log);
        long goal = count + 1L;
        engine.pacer().runEvents(10_000);
        engine.start();
        int seen = 0;
        while (blocked.get() < goal) {
            if (engine.await(1) != null) {
                return Double.NaN; // ended before everyone parked: no figure rather than a wrong one
            }
            if (!engine.pacer().isPaused()) {
                continue;
            }
            if (keepLog) {
                List<Event> fresh = log.since(seen);
                seen += fresh.size();
                fresh.forEach(countBlocks);
            }
            // Never ask for more events than GoBlocks still to come, so the pause falls before
            // main's timer fires (which would end the run).
            long left = goal - blocked.get();
            if (left > 0) {
                engine.pacer().runEvents(Math.min(10_000, left));
            }
        }
        long after = usedAfterGc(memory);
        engine.stop();
        engine.await();
        return (after - before) / (double) count;
    }

    private static long usedAfterGc(MemoryMXBean memory) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static EngineConfig config(int procs) {
        return EngineConfig.of(procs, 1, OutputStream.nullOutputStream(), OutputStream.nullOutputStream());
    }
}
