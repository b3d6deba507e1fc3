package dev.spindle.cli;

/**
 * What this machine gives two threads, measured beside the engine's speedup so that figure can
 * be read. An interpreter keeps a goroutine's locals and operand stack in arrays, so every
 * instruction stores to memory and the next one loads it back; on some two-core machines (e.g.
 * virtual CPUs that share a physical core's load/store units) two threads doing that scale far
 * less than two threads computing in registers. Both loops run first on one thread twice in a
 * row, then on two threads at once; the best of three is reported.
 */
final class HostCeiling {
    private static final long N = 200_000_000L;

    private HostCeiling() {}

    /** Speedup of two threads over one for a loop whose state lives in an array, as the VM's does. */
    static double arrayLoop() throws InterruptedException {
        return speedup(HostCeiling::arrayWork);
    }

    /** The same for a loop whose state the JIT keeps in registers, as compiled Go's does. */
    static double registerLoop() throws InterruptedException {
        return speedup(HostCeiling::registerWork);
    }

    private static double speedup(Runnable work) throws InterruptedException {
        work.run(); // warm-up: the JIT compiles the loop before anything is timed
        double best = 0;
        for (int rep = 0; rep < 3; rep++) {
            long t0 = System.nanoTime();
            work.run();
            work.run();
            long t1 = System.nanoTime();
            Thread a = Thread.ofPlatform().start(work);
            Thread b = Thread.ofPlatform().start(work);
            a.join();
            b.join();
            long t2 = System.nanoTime();
            best = Math.max(best, (double) (t1 - t0) / (t2 - t1));
        }
        return best;
    }

    private static volatile long sink;

    private static void arrayWork() {
        long[] slots = new long[16];
        for (slots[1] = 0; slots[1] < N; slots[1]++) {
            slots[0] += slots[1];
        }
        sink = slots[0];
    }

    private static void registerWork() {
        long s = 0;
        for (long i = 0; i < N; i++) {
            s += i ^ (s >>> 3);
        }
        sink = s;
    }
}
