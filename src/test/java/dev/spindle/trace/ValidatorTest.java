package dev.spindle.trace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spindle.trace.Event.*;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import org.junit.jupiter.api.Test;

/** The validator accepts consistent logs and names the first impossible event of bad ones. */
class ValidatorTest {

    private static final ObjectRef CH = new ObjectRef(ObjectRef.Kind.CHAN, 1, "ch");
    private static final ObjectRef WG = new ObjectRef(ObjectRef.Kind.WAIT_GROUP, 1, "wg");

    /** Builds logs with consecutive seq numbers and times. */
    private static final class Log {
        final List<Event> events = new ArrayList<>();

        Log add(LongFunction<Event> make) {
            events.add(make.apply(events.size()));
            return this;
        }
    }

    private static Log good() {
        return new Log()
                .add(s -> new ProcResize(s, 0, -1, 0, 0, 2))
                .add(s -> new GoCreate(s, 0, 0, 1, 0, "main.main", 0))
                .add(s -> new GoStart(s, 1, 0, 1))
                .add(s -> new GoCreate(s, 2, 0, 7, 1, "main.worker", 5))
                .add(s -> new WaitGroupAdd(s, 2, 0, 1, WG, 1, 1))
                .add(s -> new GoStart(s, 3, 1, 7))
                .add(s -> new GoBlock(s, 4, 0, 1, WaitReason.CHAN_RECEIVE, CH))
                .add(s -> new ChanSend(s, 5, 1, 7, CH, 0))
                .add(s -> new ChanRecv(s, 5, 1, 1, CH, 0, true))
                .add(s -> new GoUnblock(s, 5, 1, 1, 7))
                .add(s -> new GoEnd(s, 6, 1, 7))
                .add(s -> new GoStart(s, 7, 1, 1))
                .add(s -> new Print(s, 8, 1, 1, "hello", false))
                .add(s -> new End(s, 9, -1, 0, 0));
    }

    @Test
    void acceptsAConsistentLog() {
        assertThat(Validator.problems(good().events)).isEmpty();
    }

    @Test
    void acceptsEveryPrefix() {
        List<Event> all = good().events;
        for (int n = 0; n <= all.size(); n++) {
            assertThat(Validator.problems(all.subList(0, n))).isEmpty();
        }
    }

    private static List<String> problemsWith(int index, LongFunction<Event> replacement) {
        List<Event> events = new ArrayList<>(good().events);
        events.set(index, replacement.apply(index));
        return Validator.problems(events);
    }

    @Test
    void rejectsAGoroutineStartedTwice() {
        assertThat(problemsWith(5, s -> new GoStart(s, 3, 1, 1))).first().asString()
                .contains("#5 GoStart").contains("running");
    }

    @Test
    void rejectsTwoGoroutinesOnOneP() {
        assertThat(problemsWith(5, s -> new GoStart(s, 3, 0, 7))).first().asString().contains("P already runs goroutine 1");
    }

    @Test
    void rejectsAParkedGoroutineRunning() {
        List<Event> events = new ArrayList<>(good().events.subList(0, 7));
        events.add(new ChanSend(7, 5, 0, 1, CH, 0)); // g1 is blocked, yet acts on P0
        events.add(new GoStart(8, 5, 0, 1));
        assertThat(Validator.problems(events)).hasSize(2);
        assertThat(Validator.problems(events).get(1)).contains("waiting, not runnable");
    }

    @Test
    void rejectsUnblockingAGoroutineThatIsNotBlocked() {
        assertThat(problemsWith(9, s -> new GoUnblock(s, 5, 1, 7, 7))).first().asString().contains("running, not waiting");
    }

    @Test
    void rejectsEventsAfterEnd() {
        Log log = good().add(s -> new Print(s, 10, 1, 1, "late", false));
        assertThat(Validator.problems(log.events)).singleElement().asString().contains("after End");
    }

    @Test
    void rejectsGapsBackwardTimeAndUnknownPs() {
        assertThat(problemsWith(3, s -> new GoCreate(s + 1, 2, 0, 7, 1, "f", 1))).isNotEmpty();
        assertThat(problemsWith(3, s -> new GoCreate(s, 0, 0, 7, 1, "f", 1))).first().asString().contains("backwards");
        assertThat(problemsWith(5, s -> new GoStart(s, 3, 5, 7))).first().asString().contains("does not exist");
    }

    @Test
    void rejectsWaitGroupCountersThatDoNotAddUp() {
        assertThat(problemsWith(4, s -> new WaitGroupAdd(s, 2, 0, 1, WG, 1, 3))).first().asString().contains("0 + 1 != 3");
        assertThat(problemsWith(4, s -> new WaitGroupAdd(s, 2, 0, 1, WG, -1, -1))).isNotEmpty();
    }

    @Test
    void rejectsResizeThatDropsARunningP() {
        List<Event> events = new ArrayList<>(good().events.subList(0, 6)); // g7 runs on P1
        events.add(new ProcResize(6, 3, -1, 0, 2, 1));
        assertThat(Validator.problems(events)).singleElement().asString().contains("dropped P 1 still runs goroutine 7");
    }

    @Test
    void rejectsDeadlockWhileSomethingCanRun() {
        List<Event> events = new ArrayList<>(good().events.subList(0, 4));
        events.add(new Deadlock(4, 2, -1, 0, "fatal error: all goroutines are asleep - deadlock!"));
        assertThat(Validator.problems(events)).hasSize(2); // g1 running, g7 runnable
    }

    @Test
    void requireValidThrowsWithTheList() {
        List<Event> events = new ArrayList<>(good().events);
        events.set(2, new GoStart(2, 1, 0, 9));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Validator.requireValid(events))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("goroutine is unknown");
    }
}
