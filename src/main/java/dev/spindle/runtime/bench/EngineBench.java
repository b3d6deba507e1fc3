package dev.spindle.runtime.bench;

import dev.spindle.runtime.Engine;
import dev.spindle.runtime.EngineConfig;
import dev.spindle.runtime.RunResult;
import dev.spindle.runtime.spi.Chan;
import dev.spindle.runtime.spi.GoroutineCode;
import dev.spindle.runtime.spi.Resume;
import dev.spindle.runtime.spi.RuntimeOp;
import dev.spindle.runtime.spi.Slice;
import dev.spindle.runtime.spi.WaitGroup;
import dev.spindle.trace.EventLog;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Engine benchmarks with scripted goroutines (no VM): they print figures, they assert
 * nothing. {@code spindle bench} calls {@link #runAll}; {@link #main} runs them alone
 * ({@code java ... dev.spindle.runtime.bench.EngineBench [parked-count]}).
 */
public final class EngineBench {

    private EngineBench() {}

    public static void main(String[] args) throws InterruptedException {
        int parked = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        runAll(System.out, parked);
    }

    /** Runs every engine benchmark and prints one line per figure. */
    public static void runAll(PrintStream out, int parkedCount) throws InterruptedException {
        spawnAndFinish(out, 100_000, 1);
        spawnAndFinish(out, 100_000, 2);
        bytesPerParkedGoroutine(out, parkedCount);
        pingPong(out, 1_000_000, 1);
        pingPong(out, 1_000_000, 2);
        barrierOverhead(out, 8, 50_000_000L);
    }

    private static EngineConfig config(int procs) {
        return EngineConfig.of(procs, 1, OutputStream.nullOutputStream(), OutputStream.nullOutputStream());
    }

    /** A goroutine that issues the ops of {@code next} one after another and then returns. */
    private static final class OpLoop implements GoroutineCode {
        private final Supplier<RuntimeOp> next;

        OpLoop(Supplier<RuntimeOp> next) {
            this.next = next;
        }

        @Override
        public Slice run(Resume resume, long budget) {
            RuntimeOp op = next.get();
            return op == null ? new Slice.Finished(1) : new Slice.Request(op, 1);
        }
    }

    /** 100,000 goroutines created with wg.Go, each returning at once; main waits. */
    public static void spawnAndFinish(PrintStream out, int n, int procs) throws InterruptedException {
        WaitGroup wg = new WaitGroup("wg");
        int[] i = {0};
        GoroutineCode done = (resume, budget) -> new Slice.Finished(1);
        GoroutineCode main = new OpLoop(() -> {
            int k = i[0]++;
            return k < n ? new RuntimeOp.WgGo(wg, done, "main.worker", 1) : k == n ? new RuntimeOp.WgWait(wg) : null;
        });
        RunResult r = new Engine(config(procs), main, "main.main").run();
        out.printf(Locale.ROOT, "spawn+finish %,d goroutines (procs %d): %.3f s wall, %,d rounds, exit %d%n",
                n, procs, r.wallNanos() / 1e9, r.stats().rounds(), r.exitCode());
    }

    /** A goroutine that receives once from a channel (and is never sent to). */
    private static final class RecvOnce implements GoroutineCode {
        private final Chan ch;

        RecvOnce(Chan ch) {
            this.ch = ch;
        }

        @Override
        public Slice run(Resume resume, long budget) {
            return resume instanceof Resume.Received ? new Slice.Finished(1) : new Slice.Request(new RuntimeOp.ChanRecv(ch), 1);
        }
    }

    /**
     * {@code count} goroutines parked on one channel: heap after GC while they are parked,
     * minus the heap with only the event log left after the run, divided by count.
     */
    public static void bytesPerParkedGoroutine(PrintStream out, int count) throws InterruptedException {
        long baseline = usedAfterGc();
        Chan ch = new Chan(0, null, "ch");
        long[] during = {0};
        int[] i = {0};
        GoroutineCode main = new OpLoop(() -> {
            int k = i[0]++;
            if (k < count) {
                return new RuntimeOp.Go(new RecvOnce(ch), "main.parked", 1);
            }
            if (k == count) {
                return new RuntimeOp.Sleep(1_000_000); // everyone runs and parks
            }
            if (k == count + 1) {
                return new RuntimeOp.Atomic(() -> during[0] = usedAfterGc());
            }
            return null;
        });
        Engine engine = new Engine(config(1), main, "main.main");
        RunResult r = engine.run();
        EventLog log = engine.log();
        engine = null;
        long logOnly = usedAfterGc();
        double engineBytes = (double) (during[0] - logOnly) / count;
        double logBytes = (double) (logOnly - baseline) / count;
        out.printf(Locale.ROOT, "parked goroutines %,d: %.0f B each in the engine (G, wait-queue entry, code), "
                        + "plus %.0f B each of event log (%,d events); exit %d%n",
                count, engineBytes, logBytes, log.size(), r.exitCode());
    }

    private static long usedAfterGc() {
        for (int k = 0; k < 3; k++) {
            System.gc();
        }
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    /** Two goroutines exchanging {@code messages} values over two unbuffered channels. */
    public static void pingPong(PrintStream out, int messages, int procs) throws InterruptedException {
        Chan ping = new Chan(0, 0L, "ping");
        Chan pong = new Chan(0, 0L, "pong");
        WaitGroup wg = new WaitGroup("wg");
        int rounds = messages / 2;
        GoroutineCode player = new OpLoop(new Supplier<>() {
            int k;

            @Override
            public RuntimeOp get() {
                int step = k++;
                return step >= 2 * rounds ? null : step % 2 == 0 ? new RuntimeOp.ChanRecv(ping) : new RuntimeOp.ChanSend(pong, (long) step);
            }
        });
        GoroutineCode main = new OpLoop(new Supplier<>() {
            int k;

            @Override
            public RuntimeOp get() {
                int step = k++;
                if (step == 0) {
                    return new RuntimeOp.WgGo(wg, player, "main.player", 1);
                }
                step--;
                if (step < 2 * rounds) {
                    return step % 2 == 0 ? new RuntimeOp.ChanSend(ping, (long) step) : new RuntimeOp.ChanRecv(pong);
                }
                return step == 2 * rounds ? new RuntimeOp.WgWait(wg) : null;
            }
        });
        RunResult r = new Engine(config(procs), main, "main.main").run();
        out.printf(Locale.ROOT, "ping-pong %,d messages (procs %d): %.3f s wall, %.2f µs/message, exit %d%n",
                messages, procs, r.wallNanos() / 1e9, r.wallNanos() / 1e3 / messages, r.exitCode());
    }

    /** A goroutine that really computes: {@code total} loop iterations, {@code budget} at a time. */
    private static final class Spin implements GoroutineCode {
        private long left;
        long sink;

        Spin(long total) {
            this.left = total;
        }

        @Override
        public Slice run(Resume resume, long budget) {
            long n = Math.min(budget, left);
            long acc = sink;
            for (long k = 0; k < n; k++) {
                acc = acc * 6364136223846793005L + k;
            }
            sink = acc;
            left -= n;
            return left == 0 ? new Slice.Finished(n) : new Slice.BudgetSpent(n);
        }
    }

    /**
     * {@code goroutines} CPU-bound goroutines of {@code work} iterations each: wall time at
     * procs 1 and 2 (parallel speedup), and with adaptive rounds vs one huge round per slice
     * (barrier overhead).
     */
    public static void barrierOverhead(PrintStream out, int goroutines, long work) throws InterruptedException {
        double[] wall = new double[3];
        long[] rounds = new long[3];
        for (int variant = 0; variant < 3; variant++) {
            int procs = variant == 0 ? 1 : 2;
            EngineConfig cfg = config(procs);
            if (variant == 2) {
                cfg = cfg.withRoundBudgets(EngineConfig.DEFAULT_TIME_SLICE, EngineConfig.DEFAULT_TIME_SLICE);
            }
            WaitGroup wg = new WaitGroup("wg");
            int[] i = {0};
            GoroutineCode main = new OpLoop(() -> {
                int k = i[0]++;
                return k < goroutines ? new RuntimeOp.WgGo(wg, new Spin(work), "main.sum", 1)
                        : k == goroutines ? new RuntimeOp.WgWait(wg) : null;
            });
            RunResult r = new Engine(cfg, main, "main.main").run();
            wall[variant] = r.wallNanos() / 1e9;
            rounds[variant] = r.stats().rounds();
        }
        out.printf(Locale.ROOT, "cpu-bound %d x %,d: procs 1 %.3f s, procs 2 %.3f s (speedup %.2fx, %,d rounds); "
                        + "one round per time slice %.3f s (%,d rounds): barrier overhead %.1f%%%n",
                goroutines, work, wall[0], wall[1], wall[0] / wall[1], rounds[1], wall[2], rounds[2],
                100 * (wall[1] - wall[2]) / wall[2]);
    }
}
