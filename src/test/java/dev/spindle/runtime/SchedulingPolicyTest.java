package dev.spindle.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spindle.runtime.spi.RuntimeOp;
import dev.spindle.runtime.spi.WaitGroup;
import dev.spindle.trace.Event;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Go's scheduling policy, observed in the event logs of scripted programs (run queues of 4). */
class SchedulingPolicyTest {

    /** main spawns {@code n} goroutines that each do {@code work} instructions and Done, then waits. */
    private static Script spawner(WaitGroup wg, int n, long work) {
        Script main = Script.of();
        for (int i = 0; i < n; i++) {
            main.op(new RuntimeOp.WgGo(wg, Script.of().work(work), "main.worker", 10 + i));
        }
        return main.op(new RuntimeOp.WgWait(wg));
    }

    @Test
    void newestGoroutineRunsFirstFromRunnextThenFifo() {
        var wg = new WaitGroup("wg");
        var run = Runs.run(Runs.config(1, 1).withRunQueueCapacity(256), spawner(wg, 3, 10));
        // 7, 8, 9 created; 9 is in runnext, 7 and 8 in the local queue in order.
        assertThat(run.starts()).containsExactly(1L, 9L, 7L, 8L, 1L);
        assertThat(run.result().exitCode()).isZero();
    }

    @Test
    void fullLocalQueueMovesHalfPlusOneToTheGlobalQueue() {
        var wg = new WaitGroup("wg");
        var run = Runs.run(Runs.config(1, 1), spawner(wg, 6, 10));
        // Spawning 12 with 8..11 queued (full) and 11 kicked out of runnext: 7, 8 and 11 go to
        // the global queue; 9, 10 stay. Then runnext 12, local 9, 10, a global batch (7; 8
        // moves to the local queue, capped at capacity/2), 8, and 11 from the global queue.
        assertThat(run.starts()).containsExactly(1L, 12L, 9L, 10L, 7L, 8L, 11L, 1L);
    }

    @Test
    void idlePStealsHalfOfTheVictimsQueue() {
        var wg = new WaitGroup("wg");
        Script main = Script.of()
                .op(new RuntimeOp.WgGo(wg, Script.of().work(20_000), "main.long", 5));
        for (int i = 0; i < 4; i++) {
            main.op(new RuntimeOp.WgGo(wg, Script.of().work(10), "main.short", 6));
        }
        main.work(200_000).op(new RuntimeOp.WgWait(wg));
        var run = Runs.run(Runs.config(2, 1), main);
        List<Event.Steal> steals = run.all(Event.Steal.class);
        assertThat(steals).isNotEmpty();
        // P1 sleeps when the program starts; creating 7 wakes it, which takes a few virtual
        // nanoseconds, while main creates 8..11 at no cost. Then 7..10 wait in P0's queue
        // (11 in runnext): P1 takes half, 7 and 8, and runs the last one taken first.
        Event.Steal first = steals.getFirst();
        assertThat(first.fromP()).isEqualTo(0);
        assertThat(first.toP()).isEqualTo(1);
        assertThat(first.count()).isEqualTo(2);
        Event next = run.events().get(run.events().indexOf(first) + 1);
        assertThat(next).isInstanceOf(Event.GoStart.class);
        assertThat(next.g()).isEqualTo(8L);
        assertThat(next.p()).isEqualTo(1);
        assertThat(run.result().exitCode()).isZero();
    }

    @Test
    void aSleepingPTakesTimeToWakeWhileTheRunningPGoesOn() {
        for (long seed = 1; seed <= 10; seed++) {
            // main creates one goroutine, then works; P1 must be woken to take it.
            var wg = new WaitGroup("wg");
            Script main = Script.of().op(new RuntimeOp.WgGo(wg, Script.of().work(10), "main.w", 5))
                    .work(1_000).op(new RuntimeOp.WgWait(wg));
            var run = Runs.run(Runs.config(2, seed), main);
            Event.GoCreate created = run.all(Event.GoCreate.class).stream().filter(e -> e.g() == 7).findFirst().orElseThrow();
            Event.GoStart started = run.all(Event.GoStart.class).stream().filter(e -> e.g() == 7).findFirst().orElseThrow();
            // Stolen by P1 (main keeps P0), after 1..MAX_WAKE_LATENCY virtual ns.
            assertThat(started.p()).isEqualTo(1);
            assertThat(started.time() - created.time()).isBetween(1L, (long) Coordinator.MAX_WAKE_LATENCY);
        }
    }

    @Test
    void every61stScheduleTakesFromTheGlobalQueueFirst() {
        var wg = new WaitGroup("wg");
        Script main = Script.of();
        // Goroutine 7 yields once (to the global queue) while 70 others wait in the local queue.
        main.op(new RuntimeOp.WgGo(wg, Script.of().op(new RuntimeOp.Gosched()).work(5), "main.yielder", 3));
        for (int i = 0; i < 70; i++) {
            main.op(new RuntimeOp.WgGo(wg, Script.of().work(5), "main.worker", 4));
        }
        main.op(new RuntimeOp.WgWait(wg));
        var run = Runs.run(Runs.config(1, 1).withRunQueueCapacity(256), main);
        List<Long> starts = run.starts();
        int second = starts.lastIndexOf(7L);
        assertThat(starts.indexOf(7L)).isLessThan(second);
        // Without the fairness check, 7 would run again only after the local queue drained.
        assertThat(starts.subList(second + 1, starts.size())).hasSizeGreaterThan(5);
    }

    @Test
    void preemptedGoroutineGoesToTheGlobalTail() {
        var wg = new WaitGroup("wg");
        var run = Runs.run(Runs.config(1, 1).withTimeSlice(10_000), spawner(wg, 2, 35_000));
        assertThat(run.all(Event.GoPreempt.class)).isNotEmpty();
        // 8 (runnext) and 7 take turns: each preempted one queues behind the other.
        List<Long> workers = run.starts().stream().filter(g -> g != 1).toList();
        for (int i = 1; i < workers.size(); i++) {
            if (workers.size() - i > 1) {
                assertThat(workers.get(i)).isNotEqualTo(workers.get(i - 1));
            }
        }
        // The slice is 10 µs of virtual time: no run lasts longer.
        long start = 0;
        for (Event e : run.events()) {
            if (e instanceof Event.GoStart s) {
                start = s.time();
            } else if (e instanceof Event.GoPreempt p) {
                assertThat(p.time() - start).isLessThanOrEqualTo(10_000);
            }
        }
    }

    @Test
    void gomaxprocsShrinksAndGrowsMidRun() {
        var wg = new WaitGroup("wg");
        Script main = Script.of();
        for (int i = 0; i < 6; i++) {
            main.op(new RuntimeOp.WgGo(wg, Script.of().work(30_000), "main.worker", 4));
        }
        List<Long> previous = new ArrayList<>();
        main.work(1_000)
                .op(new RuntimeOp.SetMaxProcs(1), r -> previous.add((Long) ((dev.spindle.runtime.spi.Resume.Value) r).value()))
                .work(1_000)
                .op(new RuntimeOp.WgWait(wg));
        var run = Runs.run(Runs.config(3, 7), main, e -> e.setMaxProcsAt(2, 60_000));
        assertThat(previous).containsExactly(3L);
        List<Event.ProcResize> resizes = run.all(Event.ProcResize.class);
        assertThat(resizes).extracting(Event.ProcResize::newProcs).containsExactly(3, 1, 2);
        int shrink = run.events().indexOf(resizes.get(1));
        int grow = run.events().indexOf(resizes.get(2));
        assertThat(run.events().subList(shrink, grow)).allSatisfy(e -> assertThat(e.p()).isLessThan(1));
        assertThat(run.events().subList(grow, run.events().size())).anySatisfy(e -> assertThat(e.p()).isEqualTo(1));
        assertThat(run.result().exitCode()).isZero();
        assertThat(run.all(Event.GoEnd.class)).hasSize(7); // six workers and main
    }
}
