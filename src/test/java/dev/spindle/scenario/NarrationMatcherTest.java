package dev.spindle.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spindle.trace.Event;
import dev.spindle.trace.ObjectRef;
import dev.spindle.trace.WaitReason;
import java.util.List;
import org.junit.jupiter.api.Test;

class NarrationMatcherTest {
    private static final ObjectRef WG = new ObjectRef(ObjectRef.Kind.WAIT_GROUP, 1, "wg");

    private static NarrationStep step(String pattern, String say) throws Exception {
        return new NarrationStep(EventPattern.parse(pattern), say, List.of(), List.of());
    }

    /** The log of lesson 2 on one P, written by hand as the engine's spec table describes it. */
    private static List<Event> lesson2Log() {
        return List.of(
                new Event.GoCreate(0, 0, 0, 1, 0, "main.main", 0),
                new Event.GoStart(1, 0, 0, 1),
                new Event.WaitGroupAdd(2, 1, 0, 1, WG, 1, 1),
                new Event.GoCreate(3, 2, 0, 7, 1, "main.main.func1", 12),
                new Event.WaitGroupAdd(4, 3, 0, 1, WG, 1, 2),
                new Event.GoCreate(5, 4, 0, 8, 1, "main.main.func2", 18),
                new Event.GoBlock(6, 5, 0, 1, WaitReason.WAIT_GROUP_WAIT, WG),
                new Event.GoStart(7, 6, 0, 8),
                new Event.Print(8, 7, 0, 8, "Executing 2nd goroutine", false),
                new Event.WaitGroupAdd(9, 8, 0, 8, WG, -1, 1),
                new Event.GoEnd(10, 9, 0, 8),
                new Event.GoStart(11, 10, 0, 7),
                new Event.Print(12, 11, 0, 7, "Executing 1st goroutine", false),
                new Event.WaitGroupAdd(13, 12, 0, 7, WG, -1, 0),
                new Event.GoUnblock(14, 12, 0, 1, 7),
                new Event.GoEnd(15, 13, 0, 7),
                new Event.GoStart(16, 14, 0, 1),
                new Event.Print(17, 15, 0, 1, "All goroutines finished executing", false),
                new Event.End(18, 16, -1, 0, 0));
    }

    @Test
    void stepsAreToldInOrderAtTheirEvents() throws Exception {
        NarrationMatcher m = new NarrationMatcher(List.of(
                step("block g=main reason=sync.WaitGroup.Wait", "main waits"),
                step("wg-add counter=0", "zero"),
                step("exit", "end")));
        List<NarrationMatcher.Due> due = m.feed(lesson2Log());
        assertThat(due).extracting(d -> d.event().seq()).containsExactly(6L, 13L, 18L);
        assertThat(m.finished()).isTrue();
    }

    @Test
    void aLaterStepWaitsForTheEarlierOne() throws Exception {
        // "print g=main" matches nothing before main blocks: the step after it must not fire early.
        NarrationMatcher m = new NarrationMatcher(List.of(
                step("print g!=main", "a goroutine prints"),
                step("start g=main", "main is back")));
        List<NarrationMatcher.Due> due = m.feed(lesson2Log());
        assertThat(due).extracting(d -> d.event().seq()).containsExactly(8L, 16L);
    }

    @Test
    void nthCountsFromThePreviousStep() throws Exception {
        NarrationMatcher m = new NarrationMatcher(List.of(
                step("create g=7", "born"),
                step("start nth=2", "second start after the creation")));
        assertThat(m.feed(lesson2Log())).extracting(d -> d.event().seq()).containsExactly(3L, 11L);
    }

    @Test
    void incrementalFeedingAndReset() throws Exception {
        NarrationMatcher m = new NarrationMatcher(List.of(step("exit", "end")));
        List<Event> log = lesson2Log();
        assertThat(m.feed(log.subList(0, 10))).isEmpty();
        assertThat(m.told()).isZero();
        assertThat(m.feed(log.subList(10, log.size()))).hasSize(1);
        m.reset();
        assertThat(m.finished()).isFalse();
        assertThat(m.feed(log)).hasSize(1);
    }
}
