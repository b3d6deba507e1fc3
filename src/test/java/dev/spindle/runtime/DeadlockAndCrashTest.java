package dev.spindle.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spindle.runtime.spi.Chan;
import dev.spindle.runtime.spi.Cond;
import dev.spindle.runtime.spi.Mutex;
import dev.spindle.runtime.spi.RuntimeOp;
import dev.spindle.runtime.spi.SelectCase;
import dev.spindle.runtime.spi.Slice;
import dev.spindle.runtime.spi.WaitGroup;
import dev.spindle.trace.Event;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Go's deadlock report and crash output. */
class DeadlockAndCrashTest {

    private static List<String> headers(String stderr) {
        return stderr.lines().filter(l -> l.startsWith("goroutine ") || l.startsWith("fatal error") || l.startsWith("panic")).toList();
    }

    @Test
    void receiveWithNoSenderIsADeadlock() {
        var ch = new Chan(0, 0L, "ch");
        var run = Runs.run(Runs.config(2, 1), Script.of().op(new RuntimeOp.ChanMake(ch)).op(new RuntimeOp.ChanRecv(ch)));
        assertThat(run.stderr()).startsWith("fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [chan receive]:\n");
        assertThat(run.result().exitCode()).isEqualTo(2);
        assertThat(run.all(Event.Deadlock.class)).hasSize(1);
    }

    @Test
    void reportListsMainFirstThenGoroutinesInCreationOrderWithGoWaitReasons() {
        var results = new Chan(0, 0L, "results");
        var quit = new Chan(0, null, "quit");
        var mu = new Mutex("mu");
        var cond = new Cond(mu, "ready");
        var nilWaiter = Script.of().op(new RuntimeOp.ChanRecv(null));
        Script main = Script.of()
                .op(new RuntimeOp.Go(Script.of().println("producer").op(new RuntimeOp.ChanSend(results, 42L)), "main.main.func1", 15))
                .op(new RuntimeOp.Go(Script.of().op(new RuntimeOp.Lock(mu)).op(new RuntimeOp.CondWait(cond)), "main.main.func2", 19))
                .op(new RuntimeOp.Go(nilWaiter, "main.main.func3", 25))
                .op(new RuntimeOp.Select(List.of(SelectCase.recv(quit)), false));
        var run = Runs.run(Runs.config(1, 1), main);
        assertThat(headers(run.stderr())).containsExactly(
                "fatal error: all goroutines are asleep - deadlock!",
                "goroutine 1 [select]:",
                "goroutine 7 [chan send]:",
                "goroutine 8 [sync.Cond.Wait]:",
                "goroutine 9 [chan receive (nil chan)]:");
        assertThat(run.stderr()).contains("created by main.main in goroutine 1\n\tprog.go:15");
    }

    @Test
    void lockOrderDeadlockShowsWaitGroupAndMutexReasons() {
        var a = new Mutex("a");
        var b = new Mutex("b");
        var wg = new WaitGroup("wg");
        Script main = Script.of()
                .op(new RuntimeOp.WgGo(wg, Script.of().op(new RuntimeOp.Lock(a)).op(new RuntimeOp.Sleep(1_000)).op(new RuntimeOp.Lock(b)), "f", 1))
                .op(new RuntimeOp.WgGo(wg, Script.of().op(new RuntimeOp.Lock(b)).op(new RuntimeOp.Sleep(1_000)).op(new RuntimeOp.Lock(a)), "g", 2))
                .op(new RuntimeOp.WgWait(wg));
        var run = Runs.run(Runs.config(2, 3), main);
        assertThat(headers(run.stderr())).containsExactly(
                "fatal error: all goroutines are asleep - deadlock!",
                "goroutine 1 [sync.WaitGroup.Wait]:",
                "goroutine 7 [sync.Mutex.Lock]:",
                "goroutine 8 [sync.Mutex.Lock]:");
    }

    @Test
    void pendingTimersAreNotADeadlock() {
        var ch = new Chan(0, 0L, "ch");
        Script main = Script.of()
                .op(new RuntimeOp.Go(Script.of().op(new RuntimeOp.Sleep(5_000_000)).op(new RuntimeOp.ChanSend(ch, 1L)), "main.late", 3))
                .op(new RuntimeOp.ChanRecv(ch)).println("got it");
        var run = Runs.run(Runs.config(1, 1), main);
        assertThat(run.stdout()).isEqualTo("got it\n");
        assertThat(run.result().exitCode()).isZero();
        assertThat(run.all(Event.TimerFire.class)).hasSize(1);
    }

    @Test
    void panicInAGoroutineEndsTheProgramWithItsHeader() {
        Script worker = new Script() {
        }.work(10);
        var panicking = new dev.spindle.runtime.spi.GoroutineCode() {
            @Override
            public Slice run(dev.spindle.runtime.spi.Resume resume, long budget) {
                return new Slice.Panicked("strconv.Atoi: parsing \"x15\": invalid syntax", false, 3);
            }
        };
        Script main = Script.of().op(new RuntimeOp.Go(worker, "main.ok", 2)).op(new RuntimeOp.Go(panicking, "main.bad", 3))
                .op(new RuntimeOp.Sleep(1_000_000));
        var run = Runs.run(Runs.config(1, 1), main);
        assertThat(headers(run.stderr())).containsExactly(
                "panic: strconv.Atoi: parsing \"x15\": invalid syntax", "goroutine 8 [running]:");
        assertThat(run.result().exitCode()).isEqualTo(2);
        assertThat(run.all(Event.Panic.class)).singleElement().extracting(Event::g).isEqualTo(8L);
    }
}
