package dev.spindle.app.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spindle.app.fold.Labels;
import dev.spindle.scenario.Lesson;
import dev.spindle.trace.Event;
import dev.spindle.trace.ObjectRef;
import dev.spindle.trace.WaitReason;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The timeline's index of a run, checked against the events of real runs (the worker-pool lesson) and hand-written logs. */
class HistoryTest {
    private static final ObjectRef JOBS = new ObjectRef(ObjectRef.Kind.CHAN, 1, "jobs");

    @Test
    void everyRunInTheLogIsOneSliceOnItsPFromItsStartToWhatEndedIt() {
        Lesson pool = LessonRuns.lesson(11);
        List<Event> log = LessonRuns.log(pool);
        History h = LessonRuns.history(log);

        List<Event.GoStart> starts = log.stream().filter(e -> e instanceof Event.GoStart).map(e -> (Event.GoStart) e).toList();
        assertThat(h.sliceCount()).isEqualTo(starts.size()).isPositive();
        assertThat(h.procRows()).hasSize(pool.recommended().cores());
        for (Event.GoStart s : starts) {
            int[] at = h.sliceOfStart((int) s.seq());
            assertThat(at).as("slice of %s", s).isNotNull();
            SliceRow row = h.procRows().get(at[0]);
            assertThat(at[0]).isEqualTo(s.p());
            assertThat(row.g(at[1])).isEqualTo(s.g());
            assertThat(row.start(at[1])).isEqualTo(s.time());
            // Ended by the next event that took this goroutine off its P.
            Event end = log.stream().skip(s.seq() + 1).filter(e -> e.g() == s.g() && takesOff(e)).findFirst().orElseThrow();
            assertThat(row.endSeq(at[1])).isEqualTo((int) end.seq());
            assertThat(row.end(at[1])).isEqualTo(end.time());
        }
    }

    @Test
    void everyWakeNamesItsWakerTheLineOfItsLastOperationAndHowLongTheWokenWaited() {
        List<Event> log = LessonRuns.log(LessonRuns.lesson(11));
        History h = LessonRuns.history(log);
        List<Event.GoUnblock> unblocks = log.stream().filter(e -> e instanceof Event.GoUnblock).map(e -> (Event.GoUnblock) e).toList();
        assertThat(h.wakes()).hasSize(unblocks.size()).isNotEmpty();
        for (int i = 0; i < unblocks.size(); i++) {
            Event.GoUnblock u = unblocks.get(i);
            Wake w = h.wakes().get(i);
            assertThat(w.g()).isEqualTo(u.g());
            assertThat(w.waker()).isEqualTo(u.by());
            assertThat(w.wakerLine()).isEqualTo(lastLineBefore(log, u.by(), (int) u.seq()));
            Event.GoBlock block = (Event.GoBlock) lastBefore(log, (int) u.seq(), e -> e instanceof Event.GoBlock b && b.g() == u.g());
            assertThat(w.since()).isEqualTo(block.time());
            assertThat(w.reason()).isEqualTo(block.reason());
            assertThat(w.object()).isEqualTo(block.object());
        }
    }

    @Test
    void whyAWokenGoroutineRunsQuotesItsWakersStatementAndLine() {
        Lesson pool = LessonRuns.lesson(11);
        List<Event> log = LessonRuns.log(pool);
        History h = LessonRuns.history(log);
        Wake w = h.wakes().stream().filter(x -> x.waker() != 0 && x.reason() == WaitReason.CHAN_RECEIVE)
                .findFirst().orElseThrow();
        List<String> lines = pool.source().lines().toList();
        Why why = Why.of(h, w.g(), w.seq() + 1, Labels::of, n -> lines.get(n - 1));
        assertThat(why.wake()).isEqualTo(w);
        assertThat(why.sentence()).startsWith("G" + w.waker() + "'s `" + lines.get(w.wakerLine() - 1).strip() + "` at line "
                + w.wakerLine() + " woke G" + w.g() + ", waiting since ");
        // Which channel depends on the run (jobs or results): the sentence names the one in the log.
        assertThat(why.sentence()).contains("`chan receive · " + w.object().name() + "`").doesNotContain("0.000000");
    }

    @Test
    void aWaitingGoroutineIsToldWhoCouldEndItsWait() {
        // G1 makes jobs and starts G7; G7 parks receiving; G1 is alive and uses jobs: it could end the wait.
        List<Event> log = List.of(
                new Event.ProcResize(0, 0, -1, 0, 0, 1),
                new Event.GoCreate(1, 0, 0, 1, 0, "main.main", 0),
                new Event.GoStart(2, 0, 0, 1, 0),
                new Event.ChanMake(3, 1, 0, 1, JOBS, 0, 5),
                new Event.GoCreate(4, 2, 0, 7, 1, "main.worker", 6),
                new Event.GoBlock(5, 3, 0, 1, WaitReason.SLEEP, null, 7),
                new Event.GoStart(6, 3, 0, 7, 10),
                new Event.GoBlock(7, 4, 0, 7, WaitReason.CHAN_RECEIVE, JOBS, 11));
        History h = LessonRuns.history(log);
        Why why = Why.of(h, 7, log.size(), Labels::of, n -> "");
        assertThat(why.sentence()).startsWith("G7 waits on `chan receive · jobs` since 4 ns.");
        assertThat(why.couldEnd()).containsExactly(1L);
        assertThat(why.sentence()).contains("Who could end the wait: G1");
        // The timeline's rows: P0 ran G1 then G7 (still running at the log's end? no: it parked).
        SliceRow p0 = h.procRows().getFirst();
        assertThat(p0.size()).isEqualTo(2);
        assertThat(p0.g(0)).isEqualTo(1);
        assertThat(p0.end(0)).isEqualTo(3);
        assertThat(p0.g(1)).isEqualTo(7);
        assertThat(p0.isOpen(1)).isFalse();
        // G7's states: runnable from its creation, running, waiting on a channel.
        StateRow g7 = h.rowOf(7);
        assertThat(List.of(g7.state(0), g7.state(1), g7.state(2)))
                .containsExactly(StateRow.RUNNABLE, StateRow.RUNNING, StateRow.waiting(WaitReason.CHAN_RECEIVE));
        assertThat(g7.atSeq(6)).isEqualTo(1);
        assertThat(p0.at(2)).isEqualTo(0);
        assertThat(p0.firstEndingAfter(4)).isEqualTo(1);
    }

    @Test
    void gomaxprocsChangesAreRowsThatAppearAndVanish() {
        List<Event> log = List.of(
                new Event.ProcResize(0, 0, -1, 0, 0, 1),
                new Event.GoCreate(1, 0, 0, 1, 0, "main.main", 0),
                new Event.GoStart(2, 0, 0, 1, 0),
                new Event.ProcResize(3, 10, -1, 0, 1, 3),
                new Event.ProcResize(4, 20, -1, 0, 3, 2));
        History h = LessonRuns.history(log);
        assertThat(h.procRows()).hasSize(3);
        assertThat(h.procsAt(2)).isEqualTo(1);
        assertThat(h.procsAt(3)).isEqualTo(3);
        assertThat(h.procsAt(4)).isEqualTo(2);
    }

    private static boolean takesOff(Event e) {
        return e instanceof Event.GoBlock || e instanceof Event.GoStop || e instanceof Event.GoPreempt
                || e instanceof Event.GoSched || e instanceof Event.GoEnd;
    }

    private static int lastLineBefore(List<Event> log, long g, int seq) {
        Map<Long, Integer> line = new HashMap<>();
        for (int i = 0; i < seq; i++) {
            Event e = log.get(i);
            int l = switch (e) {
                case Event.GoCreate c -> {
                    line.put(c.parent(), c.line() > 0 ? c.line() : line.getOrDefault(c.parent(), 0));
                    yield 0;
                }
                case Event.GoStart s -> s.line();
                case Event.GoBlock b -> b.line();
                case Event.GoStop s -> s.line();
                case Event.GoPreempt p -> p.line();
                case Event.GoSched s -> s.line();
                case Event.WaitGroupAdd a -> a.line();
                case Event.ChanMake m -> m.line();
                case Event.ChanSend s -> s.line();
                case Event.ChanRecv r -> r.line();
                case Event.ChanClose c -> c.line();
                case Event.MutexLock m -> m.line();
                case Event.MutexUnlock m -> m.line();
                case Event.Print p -> p.line();
                default -> 0;
            };
            if (l > 0 && !(e instanceof Event.GoCreate)) {
                line.put(e.g(), l);
            }
        }
        return line.getOrDefault(g, 0);
    }

    private static Event lastBefore(List<Event> log, int seq, java.util.function.Predicate<Event> p) {
        List<Event> hits = new ArrayList<>();
        for (int i = 0; i < seq; i++) {
            if (p.test(log.get(i))) {
                hits.add(log.get(i));
            }
        }
        return hits.getLast();
    }
}
