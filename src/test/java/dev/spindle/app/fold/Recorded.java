package dev.spindle.app.fold;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spindle.runtime.Engine;
import dev.spindle.runtime.EngineConfig;
import dev.spindle.runtime.RunResult;
import dev.spindle.runtime.spi.Chan;
import dev.spindle.runtime.spi.GoroutineCode;
import dev.spindle.runtime.spi.RuntimeOp;
import dev.spindle.runtime.spi.WaitGroup;
import dev.spindle.trace.Event;
import dev.spindle.trace.Validator;
import java.io.ByteArrayOutputStream;
import java.util.List;

/** Event logs recorded from the real engine running scripted programs. */
final class Recorded {
    private Recorded() {
    }

    static List<Event> run(int procs, long seed, GoroutineCode main) {
        EngineConfig config = EngineConfig.of(procs, seed, new ByteArrayOutputStream(), new ByteArrayOutputStream())
                .withRoundBudgets(100, 1 << 16).withNumCpu(8);
        return logOf(new Engine(config, main, "main.main"), 20_000);
    }

    /** Runs {@code engine} to its end (failing after {@code millis}) and returns its validated log. */
    static List<Event> logOf(Engine engine, long millis) {
        try {
            engine.start();
            RunResult r = engine.await(millis);
            assertThat(r).as("run finished").isNotNull();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
        List<Event> log = engine.log().snapshot();
        Validator.requireValid(log);
        return log;
    }

    /** main: wg.Add(3); three workers print and call Done; main waits and prints "done". */
    static List<Event> waitGroup(int procs) {
        WaitGroup wg = new WaitGroup("wg");
        Scripted main = Scripted.of().op(new RuntimeOp.WgAdd(wg, 3));
        for (int i = 1; i <= 3; i++) {
            Scripted worker = Scripted.of().work(500 * i).println("worker " + i + " done")
                    .op(new RuntimeOp.WgAdd(wg, -1));
            main.op(new RuntimeOp.Go(worker, "main.worker", 10));
        }
        main.op(new RuntimeOp.WgWait(wg)).println("all done");
        return run(procs, 7, main);
    }

    /** Two workers receive from an unbuffered channel nobody sends on, main waits: a deadlock. */
    static List<Event> deadlock() {
        Chan jobs = new Chan(0, null, "jobs");
        WaitGroup wg = new WaitGroup("wg");
        Scripted main = Scripted.of().op(new RuntimeOp.ChanMake(jobs)).op(new RuntimeOp.WgAdd(wg, 2));
        for (int i = 0; i < 2; i++) {
            main.op(new RuntimeOp.Go(Scripted.of().op(new RuntimeOp.ChanRecv(jobs)), "main.worker", 12));
        }
        main.op(new RuntimeOp.WgWait(wg));
        return run(2, 3, main);
    }

    /** A buffered channel of 2 filled by main, then drained by a receiver. */
    static List<Event> bufferedChannel() {
        Chan ch = new Chan(2, null, "results");
        Scripted receiver = Scripted.of().op(new RuntimeOp.ChanRecv(ch)).op(new RuntimeOp.ChanRecv(ch));
        Scripted main = Scripted.of().op(new RuntimeOp.ChanMake(ch))
                .op(new RuntimeOp.ChanSend(ch, 1L)).op(new RuntimeOp.ChanSend(ch, 2L))
                .op(new RuntimeOp.Go(receiver, "main.receiver", 5)).op(new RuntimeOp.Sleep(1_000_000));
        return run(1, 1, main);
    }
}
