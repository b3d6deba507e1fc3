package dev.spindle.app.fold;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spindle.trace.Event;
import dev.spindle.trace.ObjectRef;
import dev.spindle.trace.WaitReason;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class RunStateTest {

    @Test
    void waitGroupProgramEndsWithCounterZeroAndEveryWorkerDone() {
        List<Event> log = Recorded.waitGroup(2);
        RunState end = Timeline.fold(log, log.size());

        assertThat(end.ended()).isTrue();
        assertThat(end.exitCode()).isZero();
        WaitGroupInfo wg = end.waitGroups().getFirst();
        assertThat(wg.name()).isEqualTo("wg");
        assertThat(wg.counter()).isZero();
        assertThat(wg.peak()).isEqualTo(3);
        assertThat(wg.adds()).isEqualTo(1);
        assertThat(wg.dones()).isEqualTo(3);
        assertThat(end.console()).extracting(ConsoleLine::text)
                .containsExactlyInAnyOrder("worker 1 done", "worker 2 done", "worker 3 done", "all done");
        assertThat(end.console().getLast().g()).isEqualTo(1);
        assertThat(end.done()).hasSize(4);
        assertThat(end.live()).isZero();
        assertThat(end.rooms()).isEmpty();
    }

    @Test
    void mainWaitsInTheWaitGroupRoomWhileWorkersRun() {
        List<Event> log = Recorded.waitGroup(2);
        int parked = indexOf(log, e -> e instanceof Event.GoBlock b && b.reason() == WaitReason.WAIT_GROUP_WAIT);
        RunState s = Timeline.fold(log, parked + 1);

        Event.GoBlock block = (Event.GoBlock) log.get(parked);
        assertThat(s.waiting(WaitReason.WAIT_GROUP_WAIT, block.object())).containsExactly(1L);
        assertThat(s.rooms()).extracting(Room::title).contains("sync.WaitGroup.Wait · wg");
        assertThat(s.goroutine(1).stateText()).isEqualTo("sync.WaitGroup.Wait");
        assertThat(s.waitGroups().getFirst().counter()).isEqualTo(3);
    }

    @Test
    void everyLiveGoroutineIsInExactlyOnePlace() {
        List<Event> log = Recorded.waitGroup(2);
        for (int n = 0; n <= log.size(); n++) {
            RunState s = Timeline.fold(log, n);
            long placed = s.globalSize() + s.done().size()
                    + s.rooms().stream().mapToLong(r -> r.goroutines().size()).sum()
                    + s.lanes().stream().mapToLong(l -> (l.running() != 0 ? 1 : 0) + (l.runnext() != 0 ? 1 : 0) + l.localSize()).sum();
            assertThat(placed).as("goroutines placed after %d events", n).isEqualTo(s.created());
        }
    }

    @Test
    void deadlockNamesTheStuckGoroutinesAndPrintsGoReport() {
        List<Event> log = Recorded.deadlock();
        RunState end = Timeline.fold(log, log.size());

        assertThat(end.crash()).contains("fatal error: all goroutines are asleep - deadlock!");
        assertThat(end.crashInvolved()).contains(1L);
        assertThat(end.crashInvolved()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(end.console()).anyMatch(l -> l.kind() == ConsoleLine.Kind.DEADLOCK && l.text().contains("[chan receive]"));
        assertThat(end.exitCode()).isEqualTo(2);
    }

    @Test
    void bufferedChannelCountsItsLengthUpAndDown() {
        List<Event> log = Recorded.bufferedChannel();
        int secondSend = indexOf(log, e -> e instanceof Event.ChanSend s && s.bufLen() == 2);
        RunState full = Timeline.fold(log, secondSend + 1);
        ChannelInfo ch = full.channels().getFirst();
        assertThat(ch.name()).isEqualTo("results");
        assertThat(ch.capacity()).isEqualTo(2);
        assertThat(ch.len()).isEqualTo(2);

        RunState end = Timeline.fold(log, log.size());
        assertThat(end.channels().getFirst().len()).isZero();
        assertThat(end.channels().getFirst().receives()).isEqualTo(2);
    }

    @Test
    void newGoroutineTakesRunnextAndTheOldOneGoesToTheQueueTail() {
        RunState s = new RunState();
        s.apply(new Event.ProcResize(0, 0, -1, 0, 0, 1));
        s.apply(new Event.GoCreate(1, 0, 0, 1, 0, "main.main", 0));
        s.apply(new Event.GoStart(2, 0, 0, 1));
        s.apply(new Event.GoCreate(3, 1, 0, 7, 1, "main.a", 4));
        s.apply(new Event.GoCreate(4, 2, 0, 8, 1, "main.b", 5));
        assertThat(s.lanes().getFirst().running()).isEqualTo(1);
        assertThat(s.lanes().getFirst().runnext()).isEqualTo(8);
        assertThat(s.lanes().getFirst().local()).containsExactly(7L);
        assertThat(s.goroutine(8).parent()).isEqualTo(1);
    }

    @Test
    void stealTakesHalfFromTheVictimsHeadAndShrinkingMovesQueuesToTheGlobalHead() {
        RunState s = new RunState();
        s.apply(new Event.ProcResize(0, 0, -1, 0, 0, 2));
        s.apply(new Event.GoCreate(1, 0, 0, 1, 0, "main.main", 0));
        s.apply(new Event.GoStart(2, 0, 0, 1));
        long seq = 3;
        for (long g = 7; g <= 11; g++) {
            s.apply(new Event.GoCreate(seq++, 1, 0, g, 1, "main.w", 3));
        }
        // runnext 11, local 7 8 9 10
        s.apply(new Event.Steal(seq++, 2, 1, 0, 0, 1, 2));
        assertThat(s.lanes().get(0).local()).containsExactly(9L, 10L);
        assertThat(s.lanes().get(1).local()).containsExactly(7L, 8L);
        s.apply(new Event.GoStart(seq++, 2, 1, 8));
        assertThat(s.lanes().get(1).running()).isEqualTo(8);
        assertThat(s.steals()).isEqualTo(1);

        s.apply(new Event.GoStop(seq++, 3, 1, 8, "GOMAXPROCS"));
        s.apply(new Event.GoStop(seq++, 3, 0, 1, "GOMAXPROCS"));
        s.apply(new Event.ProcResize(seq++, 3, -1, 1, 2, 1));
        assertThat(s.procs()).isEqualTo(1);
        assertThat(s.global()).containsExactly(7L, 8L, 1L);
    }

    @Test
    void preemptionSendsTheGoroutineToTheGlobalTail() {
        RunState s = new RunState();
        s.apply(new Event.ProcResize(0, 0, -1, 0, 0, 1));
        s.apply(new Event.GoCreate(1, 0, 0, 1, 0, "main.main", 0));
        s.apply(new Event.GoStart(2, 0, 0, 1));
        s.apply(new Event.GoPreempt(3, 10_000_000, 0, 1));
        assertThat(s.global()).containsExactly(1L);
        assertThat(s.goroutine(1).preempted()).isTrue();
        assertThat(s.preemptions()).isEqualTo(1);
        assertThat(s.lanes().getFirst().busy(s.time())).isEqualTo(10_000_000);
    }

    @Test
    void negativeCounterIsShownWithGoMessage() {
        RunState s = new RunState();
        ObjectRef wg = new ObjectRef(ObjectRef.Kind.WAIT_GROUP, 1, "wg");
        s.apply(new Event.ProcResize(0, 0, -1, 0, 0, 1));
        s.apply(new Event.GoCreate(1, 0, 0, 1, 0, "main.main", 0));
        s.apply(new Event.GoStart(2, 0, 0, 1));
        s.apply(new Event.WaitGroupAdd(3, 0, 0, 1, wg, -1, -1));
        s.apply(new Event.Panic(4, 0, 0, 1, "panic: sync: negative WaitGroup counter"));
        assertThat(s.waitGroups().getFirst().negative()).isTrue();
        assertThat(s.crash()).contains(WaitGroupInfo.NEGATIVE_MESSAGE);
        assertThat(s.crashInvolved()).containsExactly(1L);
    }

    @Test
    void timelineSeeksToTheSameStateAsAFoldFromTheStart() {
        List<Event> log = Recorded.waitGroup(3);
        Timeline t = new Timeline(256);
        t.append(log);
        for (int n : new int[] {0, 1, log.size() / 2, log.size() - 1, log.size()}) {
            RunState a = t.stateAt(n);
            RunState b = Timeline.fold(log, n);
            assertThat(a.folded()).isEqualTo(b.folded());
            assertThat(a.global()).isEqualTo(b.global());
            assertThat(a.lanes()).extracting(Lane::running).isEqualTo(b.lanes().stream().map(Lane::running).toList());
            assertThat(a.console()).isEqualTo(b.console());
            assertThat(a.done()).isEqualTo(b.done());
        }
    }

    @Test
    void eventTextUsesGoWords() {
        List<Event> log = Recorded.waitGroup(2);
        List<String> texts = log.stream().map(EventText::of).toList();
        assertThat(texts).contains("G1 parked: sync.WaitGroup.Wait on wg");
        assertThat(texts).anyMatch(t -> t.startsWith("G1 started G7: go main.worker"));
    }

    @Test
    void theViewModelImportsNoJavaFx() throws IOException {
        Path dir = Path.of("src/main/java/dev/spindle/app/fold");
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                assertThat(Files.readString(f)).as(f.toString()).doesNotContain("import javafx");
            }
        }
    }

    private static int indexOf(List<Event> log, java.util.function.Predicate<Event> p) {
        for (int i = 0; i < log.size(); i++) {
            if (p.test(log.get(i))) {
                return i;
            }
        }
        throw new AssertionError("no such event");
    }
}
