package dev.spindle.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spindle.runtime.spi.Chan;
import dev.spindle.runtime.spi.GoroutineCode;
import dev.spindle.runtime.spi.Resume;
import dev.spindle.runtime.spi.RuntimeOp;
import dev.spindle.runtime.spi.SelectCase;
import dev.spindle.runtime.spi.Slice;
import dev.spindle.runtime.spi.Timer;
import dev.spindle.trace.Event;
import dev.spindle.trace.Validator;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimersAndQueriesTest {

    private static Object value(Resume r) {
        return ((Resume.Value) r).value();
    }

    @Test
    void selectWithTimeAfterTimesOut() {
        var never = new Chan(0, 0L, "results");
        var after = new Chan(1, null, "time.After");
        var timer = new Timer(after, 0, t -> t, null, null);
        int[] index = {-2};
        List<Long> now = new ArrayList<>();
        Script main = Script.of().op(new RuntimeOp.TimerStart(timer, 50_000_000))
                .op(new RuntimeOp.Select(List.of(SelectCase.recv(never), SelectCase.recv(after)), false),
                        r -> index[0] = ((Resume.Selected) r).index())
                .op(new RuntimeOp.Now(), r -> now.add((Long) value(r)));
        var run = Runs.run(Runs.config(1, 1), main);
        assertThat(index[0]).isEqualTo(1);
        assertThat(now.getFirst()).isGreaterThanOrEqualTo(50_000_000L).isLessThan(51_000_000L);
        assertThat(run.all(Event.TimerFire.class)).hasSize(1);
    }

    @Test
    void afterFuncStartsAGoroutineWhenItFires() {
        var timer = new Timer(null, 0, null, () -> Script.of().println("fired"), "t");
        Script main = Script.of().op(new RuntimeOp.TimerStart(timer, 1_000)).op(new RuntimeOp.Sleep(5_000)).println("main");
        var run = Runs.run(Runs.config(1, 1), main);
        assertThat(run.stdout()).isEqualTo("fired\nmain\n");
        assertThat(run.all(Event.GoCreate.class)).extracting(Event.GoCreate::function).contains("time.goFunc");
    }

    @Test
    void runtimeQueriesReportCountsAndConfig() {
        List<Object> got = new ArrayList<>();
        Script main = Script.of()
                .op(new RuntimeOp.Go(Script.of().op(new RuntimeOp.ChanRecv(null)), "main.stuck", 2))
                .op(new RuntimeOp.NumGoroutine(), r -> got.add(value(r)))
                .op(new RuntimeOp.NumCPU(), r -> got.add(value(r)))
                .op(new RuntimeOp.SetMaxProcs(0), r -> got.add(value(r)));
        Runs.run(Runs.config(2, 1), main);
        assertThat(got).containsExactly(2L, 8L, 2L);
    }

    @Test
    void gomaxprocsCanChangeFromOutsideAtAnyMoment() throws Exception {
        GoroutineCode spin = (resume, budget) -> new Slice.BudgetSpent(budget);
        Script main = Script.of();
        for (int i = 0; i < 4; i++) {
            main.op(new RuntimeOp.Go(spin, "main.spin", 3));
        }
        main.op(new RuntimeOp.ChanRecv(null));
        var cfg = EngineConfig.of(2, 1, new ByteArrayOutputStream(), new ByteArrayOutputStream());
        Engine e = new Engine(cfg, main, "main.main");
        e.start();
        e.setMaxProcs(4);
        awaitResize(e, 4);
        e.setMaxProcs(1);
        awaitResize(e, 1);
        e.stop();
        assertThat(e.await(2_000)).isNotNull();
        var events = e.log().snapshot();
        Validator.requireValid(events);
        assertThat(events.stream().filter(x -> x instanceof Event.ProcResize).map(x -> ((Event.ProcResize) x).newProcs()).toList())
                .containsExactly(2, 4, 1);
    }

    @Test
    void aTickerNobodyReadsDoesNotKeepADeadlockedProgramAlive() {
        // Go 1.23: channel timers count only while someone waits on their channel.
        var c = new Chan(1, null, "ticker.C");
        var ticker = new Timer(c, 1_000_000, t -> t, null, "ticker");
        Script main = Script.of().op(new RuntimeOp.TimerStart(ticker, 1_000_000)).op(new RuntimeOp.ChanRecv(null));
        var run = Runs.run(Runs.config(1, 1), main);
        assertThat(run.stderr()).startsWith("fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [chan receive (nil chan)]:");
    }

    @Test
    void aLongSleepIsNotADeadlockAndTheRunCanBeStoppedWhileTimersAreAllThatIsLeft() throws Exception {
        Script main = Script.of();
        for (int i = 0; i < 100_000; i++) {
            main.op(new RuntimeOp.Sleep(1_000_000_000L));
        }
        var cfg = EngineConfig.of(1, 1, new ByteArrayOutputStream(), new ByteArrayOutputStream());
        Engine e = new Engine(cfg, main, "main.main");
        e.pacer().pause();
        e.start();
        Thread.sleep(20);
        e.stop();
        RunResult r = e.await(2_000);
        assertThat(r).isNotNull();
        assertThat(r.stopped()).isTrue();
        assertThat(e.log().snapshot()).noneMatch(x -> x instanceof Event.Deadlock);
        Validator.requireValid(e.log().snapshot());
    }

    /** Waits (up to 5 s) until the log shows GOMAXPROCS becoming {@code n}: requests take effect at a boundary. */
    private static void awaitResize(Engine e, int n) throws InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (e.log().snapshot().stream().anyMatch(x -> x instanceof Event.ProcResize r && r.newProcs() == n && r.oldProcs() != 0)) {
                return;
            }
            Thread.sleep(2);
        }
        throw new AssertionError("GOMAXPROCS never became " + n);
    }
}
