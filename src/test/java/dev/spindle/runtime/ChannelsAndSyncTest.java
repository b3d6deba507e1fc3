package dev.spindle.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spindle.runtime.spi.Chan;
import dev.spindle.runtime.spi.Cond;
import dev.spindle.runtime.spi.Mutex;
import dev.spindle.runtime.spi.Once;
import dev.spindle.runtime.spi.RWMutex;
import dev.spindle.runtime.spi.Resume;
import dev.spindle.runtime.spi.RuntimeOp;
import dev.spindle.runtime.spi.SelectCase;
import dev.spindle.runtime.spi.Timer;
import dev.spindle.runtime.spi.WaitGroup;
import dev.spindle.trace.Event;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Channels, select, WaitGroup, Mutex, RWMutex, Once, Cond and timers with Go's semantics. */
class ChannelsAndSyncTest {

    private static Script receiver(Chan ch, String name) {
        Script s = Script.of();
        return s.op(() -> new RuntimeOp.ChanRecv(ch), r -> { })
                .op(() -> new RuntimeOp.Print(name + "\n", false), r -> { });
    }

    /** A receiver that prints what it got. */
    private static Script printingReceiver(Chan ch, String name) {
        Object[] got = new Object[1];
        return Script.of()
                .op(() -> new RuntimeOp.ChanRecv(ch), r -> got[0] = ((Resume.Received) r).value())
                .op(() -> new RuntimeOp.Print(name + " got " + got[0] + "\n", false), r -> { });
    }

    @Test
    void unbufferedChannelHandsValuesToReceiversInArrivalOrder() {
        var ch = new Chan(0, 0L, "ch");
        var wg = new WaitGroup("wg");
        Script main = Script.of().op(new RuntimeOp.ChanMake(ch));
        for (String name : List.of("a", "b", "c")) {
            main.op(new RuntimeOp.WgGo(wg, printingReceiver(ch, name), "main.recv", 3));
        }
        main.op(new RuntimeOp.Sleep(1_000)); // let all three park, in the order c, a, b (runnext first)
        for (long v = 1; v <= 3; v++) {
            main.op(new RuntimeOp.ChanSend(ch, v));
        }
        main.op(new RuntimeOp.WgWait(wg));
        var run = Runs.run(Runs.config(1, 1), main);
        // Values go out FIFO (c got 1, a got 2, b got 3); each woken receiver takes runnext,
        // kicking the previous one to the queue, so the last woken prints first.
        assertThat(run.stdout()).isEqualTo("b got 3\nc got 1\na got 2\n");
        assertThat(run.all(Event.ChanRecv.class)).hasSize(3).allSatisfy(r -> assertThat(r.ok()).isTrue());
    }

    @Test
    void bufferedChannelIsAFifoRingAndCloseDrainsThenReportsNotOk() {
        var ch = new Chan(2, 0L, "ch");
        StringBuilder got = new StringBuilder();
        Script main = Script.of().op(new RuntimeOp.ChanMake(ch))
                .op(new RuntimeOp.ChanSend(ch, 1L)).op(new RuntimeOp.ChanSend(ch, 2L))
                .op(new RuntimeOp.ChanClose(ch));
        for (int i = 0; i < 3; i++) {
            main.op(new RuntimeOp.ChanRecv(ch), r -> {
                var rec = (Resume.Received) r;
                got.append(rec.value()).append(rec.ok() ? "+" : "-").append(' ');
            });
        }
        var run = Runs.run(Runs.config(1, 1), main);
        assertThat(got.toString()).isEqualTo("1+ 2+ 0- ");
        assertThat(run.all(Event.ChanSend.class)).extracting(Event.ChanSend::bufLen).containsExactly(1, 2);
    }

    @Test
    void closeWakesAllReceiversFirstWaiterFirst() {
        var start = new Chan(0, null, "start");
        var wg = new WaitGroup("wg");
        Script main = Script.of().op(new RuntimeOp.ChanMake(start));
        for (int i = 1; i <= 4; i++) {
            main.op(new RuntimeOp.WgGo(wg, receiver(start, "runner " + i), "main.runner", 5));
        }
        main.op(new RuntimeOp.Sleep(10_000_000)).op(new RuntimeOp.ChanClose(start)).op(new RuntimeOp.WgWait(wg));
        var run = Runs.run(Runs.config(1, 1).withRunQueueCapacity(256), main);
        // As Go's close_wakes_all: runner 4 parked first (runnext), then 1, 2, 3.
        assertThat(run.stdout()).isEqualTo("runner 4\nrunner 3\nrunner 2\nrunner 1\n");
    }

    @Test
    void sendOnClosedChannelAndCloseOfNilChannelPanic() {
        var ch = new Chan(1, 0L, "ch");
        var run = Runs.run(Runs.config(1, 1), Script.of().op(new RuntimeOp.ChanMake(ch))
                .op(new RuntimeOp.ChanClose(ch)).op(new RuntimeOp.ChanSend(ch, 1L)));
        assertThat(run.result().exitCode()).isEqualTo(2);
        assertThat(run.stderr()).startsWith("panic: send on closed channel\n\ngoroutine 1 [running]:\n");
        var nil = Runs.run(Runs.config(1, 1), Script.of().op(new RuntimeOp.ChanClose(null)));
        assertThat(nil.stderr()).startsWith("panic: close of nil channel\n\ngoroutine 1 [running]:\n");
    }

    @Test
    void selectTakesAReadyCaseOrDefaultAndBlocksOnSeveral() {
        var a = new Chan(1, 0L, "a");
        var b = new Chan(0, 0L, "b");
        int[] chosen = new int[3];
        Script sender = Script.of().work(500).op(new RuntimeOp.ChanSend(b, 42L));
        Script main = Script.of()
                .op(new RuntimeOp.Select(List.of(SelectCase.recv(a), SelectCase.recv(b)), true),
                        r -> chosen[0] = ((Resume.Selected) r).index())
                .op(new RuntimeOp.Go(sender, "main.sender", 9))
                .op(new RuntimeOp.Select(List.of(SelectCase.recv(a), SelectCase.recv(b), SelectCase.recv(null)), false),
                        r -> chosen[1] = ((Resume.Selected) r).index() * 100 + ((Long) ((Resume.Selected) r).value()).intValue())
                .op(new RuntimeOp.ChanSend(a, 7L))
                .op(new RuntimeOp.Select(List.of(SelectCase.recv(b), SelectCase.recv(a)), false),
                        r -> chosen[2] = ((Resume.Selected) r).index());
        var run = Runs.run(Runs.config(1, 1), main);
        assertThat(chosen).containsExactly(-1, 142, 1);
        assertThat(run.all(Event.GoBlock.class)).extracting(Event.GoBlock::reason)
                .contains(dev.spindle.trace.WaitReason.SELECT);
    }

    @Test
    void selectAmongReadyCasesFollowsTheSeed() {
        String first = selectChoices(1);
        assertThat(selectChoices(1)).isEqualTo(first);
        boolean differs = false;
        for (long seed = 2; seed < 6 && !differs; seed++) {
            differs = !selectChoices(seed).equals(first);
        }
        assertThat(differs).as("some seed picks differently").isTrue();
        assertThat(first).contains("0").contains("1");
    }

    private static String selectChoices(long seed) {
        var a = new Chan(1, 0L, "a");
        var b = new Chan(1, 0L, "b");
        StringBuilder picks = new StringBuilder();
        Script main = Script.of();
        for (int i = 0; i < 20; i++) {
            main.op(new RuntimeOp.ChanSend(a, 1L)).op(new RuntimeOp.ChanSend(b, 2L))
                    .op(new RuntimeOp.Select(List.of(SelectCase.recv(a), SelectCase.recv(b)), false),
                            r -> picks.append(((Resume.Selected) r).index()))
                    .op(new RuntimeOp.Select(List.of(SelectCase.recv(a), SelectCase.recv(b)), false), r -> { });
        }
        Runs.run(Runs.config(1, seed), main);
        return picks.toString();
    }

    @Test
    void waitGroupCountsAndNegativeCounterPanics() {
        var wg = new WaitGroup("wg");
        Script main = Script.of().op(new RuntimeOp.WgAdd(wg, 2));
        for (int i = 0; i < 2; i++) {
            main.op(new RuntimeOp.Go(Script.of().work(100).op(new RuntimeOp.WgAdd(wg, -1)), "main.w", 4));
        }
        main.op(new RuntimeOp.WgWait(wg)).println("done").op(new RuntimeOp.WgAdd(wg, -1));
        var run = Runs.run(Runs.config(2, 1), main);
        assertThat(run.stdout()).isEqualTo("done\n");
        assertThat(run.all(Event.WaitGroupAdd.class)).extracting(Event.WaitGroupAdd::counter).containsExactly(2L, 1L, 0L);
        assertThat(run.stderr()).startsWith("panic: sync: negative WaitGroup counter\n\ngoroutine 1 [running]:\n");
        assertThat(run.result().exitCode()).isEqualTo(2);
    }

    @Test
    void mutexHandsOffInFifoOrderAndUnlockOfUnlockedIsFatal() {
        var mu = new Mutex("mu");
        var wg = new WaitGroup("wg");
        Script main = Script.of().op(new RuntimeOp.Lock(mu));
        for (String name : List.of("x", "y")) {
            main.op(new RuntimeOp.WgGo(wg, Script.of().op(new RuntimeOp.Lock(mu)).println(name)
                    .op(new RuntimeOp.Unlock(mu)), "main.locker", 6));
        }
        main.op(new RuntimeOp.Sleep(1000)).println("main").op(new RuntimeOp.Unlock(mu))
                .op(new RuntimeOp.WgWait(wg)).op(new RuntimeOp.Unlock(mu));
        var run = Runs.run(Runs.config(1, 1), main);
        assertThat(run.stdout()).isEqualTo("main\ny\nx\n"); // y parked first (runnext)
        assertThat(run.stderr()).startsWith("fatal error: sync: unlock of unlocked mutex\n\ngoroutine 1 [running]:\n");
        assertThat(run.result().exitCode()).isEqualTo(2);
    }

    @Test
    void rwMutexAdmitsReadersTogetherAndWritersAlone() {
        var rw = new RWMutex("rw");
        var wg = new WaitGroup("wg");
        Script main = Script.of().op(new RuntimeOp.Lock(rw));
        for (String name : List.of("r1", "r2")) {
            main.op(new RuntimeOp.WgGo(wg, Script.of().op(new RuntimeOp.RLock(rw)).println(name).work(100)
                    .op(new RuntimeOp.RUnlock(rw)), "main.reader", 6));
        }
        main.op(new RuntimeOp.Sleep(1000)).op(new RuntimeOp.Unlock(rw)).op(new RuntimeOp.WgWait(wg))
                .op(new RuntimeOp.Lock(rw)).println("writer again").op(new RuntimeOp.Unlock(rw));
        var run = Runs.run(Runs.config(1, 1), main);
        // r2 parked first; Unlock admits both in order, so r1 ends in runnext and prints first.
        assertThat(run.stdout()).isEqualTo("r1\nr2\nwriter again\n");
        assertThat(run.all(Event.MutexLock.class)).filteredOn(Event.MutexLock::read).hasSize(2);
    }

    @Test
    void onceRunsOnceAndCondSignalsInFifoOrder() {
        var once = new Once("once");
        var mu = new Mutex("mu");
        var cond = new Cond(mu, "cond");
        var wg = new WaitGroup("wg");
        boolean[] first = new boolean[2];
        Script main = Script.of()
                .op(new RuntimeOp.OnceDo(once), r -> first[0] = (Boolean) ((Resume.Value) r).value())
                .op(new RuntimeOp.OnceDone(once))
                .op(new RuntimeOp.OnceDo(once), r -> first[1] = (Boolean) ((Resume.Value) r).value());
        for (String name : List.of("w1", "w2")) {
            main.op(new RuntimeOp.WgGo(wg, Script.of().op(new RuntimeOp.Lock(mu)).op(new RuntimeOp.CondWait(cond))
                    .println(name).op(new RuntimeOp.Unlock(mu)), "main.waiter", 8));
        }
        main.op(new RuntimeOp.Sleep(1000)).op(new RuntimeOp.Lock(mu)).op(new RuntimeOp.CondSignal(cond))
                .op(new RuntimeOp.Unlock(mu)).op(new RuntimeOp.Sleep(1000))
                .op(new RuntimeOp.CondBroadcast(cond)).op(new RuntimeOp.WgWait(wg));
        var run = Runs.run(Runs.config(1, 1), main);
        assertThat(first).containsExactly(true, false);
        assertThat(run.stdout()).isEqualTo("w2\nw1\n"); // w2 waited first (runnext ran first)
    }

    @Test
    void sleepingJumpsTheClockAndTickersTick() {
        var c = new Chan(1, null, "ticker.C");
        var ticker = new Timer(c, 1_000_000, t -> t, null, "ticker");
        List<Long> ticks = new java.util.ArrayList<>();
        Script main = Script.of().op(new RuntimeOp.TimerStart(ticker, 1_000_000));
        for (int i = 0; i < 3; i++) {
            main.op(new RuntimeOp.ChanRecv(c), r -> ticks.add((Long) ((Resume.Received) r).value()));
        }
        main.op(new RuntimeOp.TimerStop(ticker)).op(new RuntimeOp.Sleep(50_000_000));
        var run = Runs.run(Runs.config(1, 1), main);
        assertThat(ticks).containsExactly(1_000_000L, 2_000_000L, 3_000_000L);
        assertThat(run.result().virtualNanos()).isGreaterThanOrEqualTo(53_000_000L);
        assertThat(run.result().exitCode()).isZero();
    }

    @Test
    void stoppedTimerDeliversNoStaleValue() {
        var c = new Chan(1, null, "t.C");
        var timer = new Timer(c, 0, t -> t, null, "t");
        boolean[] active = new boolean[1];
        int[] chosen = new int[1];
        Script main = Script.of().op(new RuntimeOp.TimerStart(timer, 1_000)).work(5_000)
                .op(new RuntimeOp.TimerStop(timer), r -> active[0] = (Boolean) ((Resume.Value) r).value())
                .op(new RuntimeOp.Select(List.of(SelectCase.recv(c)), true), r -> chosen[0] = ((Resume.Selected) r).index());
        Runs.run(Runs.config(1, 1), main);
        assertThat(active[0]).isFalse(); // it had fired
        assertThat(chosen[0]).isEqualTo(-1); // Go 1.23: the fired value is discarded by Stop
    }

    @Test
    void mainReturningEndsTheRunAtOnce() {
        Script main = Script.of().op(new RuntimeOp.Go(Script.of().println("never"), "main.late", 3)).println("bye");
        var run = Runs.run(Runs.config(1, 1), main);
        assertThat(run.stdout()).isEqualTo("bye\n");
        assertThat(run.result().exitCode()).isZero();
    }

    @Test
    void exitEndsWithItsCode() {
        var run = Runs.run(Runs.config(2, 1), Script.of().println("x").op(new RuntimeOp.Exit(3)).println("y"));
        assertThat(run.stdout()).isEqualTo("x\n");
        assertThat(run.result().exitCode()).isEqualTo(3);
        assertThat(run.events().getLast()).isEqualTo(run.all(Event.End.class).getFirst());
    }
}
