package dev.spindle.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spindle.runtime.spi.Resume;
import dev.spindle.runtime.spi.RuntimeOp;
import dev.spindle.runtime.spi.Slice;
import dev.spindle.runtime.spi.GoroutineCode;
import dev.spindle.trace.Event;
import dev.spindle.trace.Validator;
import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;

/** The UI's controls: pause, step by events, flat out, stop. */
class PacingTest {

    /** A goroutine that prints forever. */
    private static GoroutineCode chatter() {
        return new GoroutineCode() {
            @Override
            public Slice run(Resume resume, long budget) {
                return new Slice.Request(new RuntimeOp.Print("tick\n", false), Math.min(budget, 10));
            }
        };
    }

    /** A goroutine that computes forever without ever asking the runtime for anything. */
    private static GoroutineCode spinner() {
        return (resume, budget) -> new Slice.BudgetSpent(budget);
    }

    private static Engine engine(GoroutineCode main, int procs) {
        var cfg = EngineConfig.of(procs, 1, new ByteArrayOutputStream(), new ByteArrayOutputStream());
        return new Engine(cfg, main, "main.main");
    }

    @Test
    void pausedRunStepsEventByEventAndStops() throws Exception {
        Engine e = engine(chatter(), 1);
        e.pacer().pause();
        e.start();
        Thread.sleep(50);
        int paused = e.log().size();
        Thread.sleep(50);
        assertThat(e.log().size()).isEqualTo(paused);
        e.pacer().runUntilNextEvent();
        long deadline = System.nanoTime() + 2_000_000_000L;
        while (e.log().size() == paused && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(e.log().size()).isGreaterThan(paused);
        e.pacer().runEvents(10);
        Thread.sleep(50);
        int after = e.log().size();
        assertThat(after).isBetween(paused + 10, paused + 20);
        e.stop();
        RunResult r = e.await(2_000);
        assertThat(r).isNotNull();
        assertThat(r.stopped()).isTrue();
        Validator.requireValid(e.log().snapshot());
    }

    @Test
    void stopEndsAComputeBoundRunPromptly() throws Exception {
        Engine e = engine(spinner(), 2);
        e.start();
        Thread.sleep(30);
        long asked = System.nanoTime();
        e.stop();
        RunResult r = e.await(2_000);
        long tookMs = (System.nanoTime() - asked) / 1_000_000;
        assertThat(r).isNotNull();
        assertThat(r.exitCode()).isEqualTo(-1);
        // 50 ms is the promise; the margin absorbs a loaded CI machine.
        assertThat(tookMs).isLessThan(500);
        assertThat(e.log().snapshot().getLast()).isInstanceOf(Event.End.class);
    }

    @Test
    void carriersAreNamedPlatformThreads() throws Exception {
        String[] name = new String[1];
        GoroutineCode main = (resume, budget) -> {
            name[0] = Thread.currentThread().getName();
            return new Slice.Finished(1);
        };
        engine(main, 1).run();
        assertThat(name[0]).isEqualTo("spindle-carrier-0");
    }

    /** Runs 30 slices of about 1 ms of wall time each, recording [start, end, thread] per slice. */
    private static GoroutineCode busy(java.util.List<long[]> slices) {
        return new GoroutineCode() {
            int runs;

            @Override
            public Slice run(Resume resume, long budget) {
                long start = System.nanoTime();
                while (System.nanoTime() - start < 1_000_000) {
                    Thread.onSpinWait();
                }
                slices.add(new long[] {start, System.nanoTime(), Thread.currentThread().getName().hashCode()});
                return ++runs == 30 ? new Slice.Finished(budget) : new Slice.BudgetSpent(budget);
            }
        };
    }

    @Test
    void goroutinesOnDifferentPsRunAtTheSameTimeOnDifferentCarriers() throws Exception {
        var a = java.util.Collections.synchronizedList(new java.util.ArrayList<long[]>());
        var b = java.util.Collections.synchronizedList(new java.util.ArrayList<long[]>());
        var wg = new dev.spindle.runtime.spi.WaitGroup("wg");
        GoroutineCode main = new Script().op(new RuntimeOp.WgGo(wg, busy(a), "main.a", 1))
                .op(new RuntimeOp.WgGo(wg, busy(b), "main.b", 2)).op(new RuntimeOp.WgWait(wg));
        RunResult r = engine(main, 2).run();
        assertThat(r.exitCode()).isZero();
        boolean overlap = false;
        for (long[] x : a) {
            for (long[] y : b) {
                overlap |= x[2] != y[2] && x[0] < y[1] && y[0] < x[1];
            }
        }
        assertThat(overlap).as("a slice of a and one of b ran at the same time on different carriers").isTrue();
    }
}
