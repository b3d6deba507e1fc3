package dev.spindle.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spindle.trace.EventLog;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The run queues and the policy functions on their own, as tokio tests its queue (capacity 4). */
class RunQueueTest {

    private static long ids = 100;

    private static G g() {
        return new G(ids++, 1, "main.f", 1, (resume, budget) -> null);
    }

    private static Scheduler scheduler(int procs) {
        var cfg = EngineConfig.of(procs, 1, new ByteArrayOutputStream(), new ByteArrayOutputStream());
        var tracer = new Tracer(new EventLog());
        return new Scheduler(procs, 4, new SeededChooser(1), tracer, new RunStats());
    }

    @Test
    void ringIsFifoAndOverflowsHalfPlusTheNewOne() {
        var q = new LocalRunQueue(4);
        List<G> overflow = new ArrayList<>();
        G[] gs = {g(), g(), g(), g(), g()};
        for (int i = 0; i < 4; i++) {
            assertThat(q.pushBackOrOverflow(gs[i], overflow::addAll)).isZero();
        }
        assertThat(q.pushBackOrOverflow(gs[4], overflow::addAll)).isEqualTo(3);
        assertThat(overflow).containsExactly(gs[0], gs[1], gs[4]);
        assertThat(q.pop()).isSameAs(gs[2]);
        assertThat(q.pop()).isSameAs(gs[3]);
        assertThat(q.pop()).isNull();
    }

    @Test
    void ringWrapsAroundManyTimes() {
        var q = new LocalRunQueue(4);
        for (int i = 0; i < 1000; i++) {
            G a = g();
            G b = g();
            q.pushBackOrOverflow(a, batch -> { throw new AssertionError(); });
            q.pushBackOrOverflow(b, batch -> { throw new AssertionError(); });
            assertThat(q.pop()).isSameAs(a);
            assertThat(q.pop()).isSameAs(b);
        }
    }

    @Test
    void stealTakesHalfRoundedUpFromTheHead() {
        var victim = new LocalRunQueue(4);
        var thief = new LocalRunQueue(4);
        G[] gs = {g(), g(), g()};
        for (G x : gs) {
            victim.pushBackOrOverflow(x, b -> { });
        }
        assertThat(victim.stealHalfInto(thief)).isEqualTo(2);
        assertThat(thief.peekAll()).containsExactly(gs[0], gs[1]);
        assertThat(victim.peekAll()).containsExactly(gs[2]);
    }

    @Test
    void runnextKicksThePreviousOneToTheTail() {
        Scheduler s = scheduler(1);
        P p = s.allp.get(0);
        G a = g();
        G b = g();
        s.runqput(p, a, true);
        s.runqput(p, b, true);
        assertThat(p.runnext).isSameAs(b);
        assertThat(p.runq.peekAll()).containsExactly(a);
        var pick = s.runqget(p);
        assertThat(pick.g()).isSameAs(b);
        assertThat(pick.inheritTime()).isTrue();
        assertThat(s.runqget(p).inheritTime()).isFalse();
    }

    @Test
    void the61stTickLooksAtTheGlobalQueueFirst() {
        Scheduler s = scheduler(1);
        P p = s.allp.get(0);
        G local = g();
        G global = g();
        s.runqput(p, local, false);
        s.global.putTail(global);
        p.schedtick = 60;
        assertThat(s.findRunnable(p).g()).isSameAs(local);
        s.runqput(p, local, false);
        p.schedtick = 61;
        assertThat(s.findRunnable(p).g()).isSameAs(global);
    }

    @Test
    void globalBatchIsSizeOverProcsPlusOneCappedAtHalfTheRing() {
        Scheduler s = scheduler(2);
        P p = s.allp.get(0);
        p.schedtick = 1;
        for (int i = 0; i < 3; i++) {
            s.global.putTail(g());
        }
        // 3/2 + 1 = 2, within capacity/2 = 2: one to run, one to the local queue.
        assertThat(s.findRunnable(p)).isNotNull();
        assertThat(p.runq.size()).isEqualTo(1);
        assertThat(s.global.size()).isEqualTo(1);
    }

    @Test
    void droppedPsQueuesGoToTheGlobalHeadRunnextFirst() {
        Scheduler s = scheduler(2);
        P p1 = s.allp.get(1);
        G queued1 = g();
        G queued2 = g();
        G next = g();
        G already = g();
        s.global.putTail(already);
        s.runqput(p1, queued1, false);
        s.runqput(p1, queued2, false);
        s.runqput(p1, next, true);
        s.procresize(1);
        assertThat(s.procs()).isEqualTo(1);
        assertThat(s.global.peekAll()).containsExactly(next, queued1, queued2, already);
        s.procresize(3);
        assertThat(s.allp).extracting(x -> x.id).containsExactly(0, 1, 2);
    }

    @Test
    void transitionsOutsideTheTableAreRejected() {
        G x = g();
        x.transition(GStatus.RUNNING);
        x.park(dev.spindle.trace.WaitReason.SLEEP, null);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> x.transition(GStatus.RUNNING))
                .isInstanceOf(IllegalStateException.class);
        x.transition(GStatus.RUNNABLE);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> x.transition(GStatus.DEAD))
                .isInstanceOf(IllegalStateException.class);
    }
}
