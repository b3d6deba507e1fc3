package dev.spindle.app.view.yard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spindle.app.fold.RunState;
import dev.spindle.trace.Event;
import dev.spindle.trace.ObjectRef;
import dev.spindle.trace.WaitReason;
import org.junit.jupiter.api.Test;

/** Where the yard puts things, without a single node. */
class YardLayoutTest {

    @Test
    void oneLanePerProcessorWithTheRunningGoroutineInItsSlot() {
        RunState s = new RunState();
        s.apply(new Event.ProcResize(0, 0, -1, 0, 0, 3));
        s.apply(new Event.GoCreate(1, 0, 0, 1, 0, "main.main", 0));
        s.apply(new Event.GoStart(2, 0, 0, 1));
        YardLayout.Result r = YardLayout.of(s, 900, 30);

        assertThat(r.sections()).filteredOn(sec -> sec.kind() == YardLayout.Kind.LANE)
                .extracting(YardLayout.Section::title)
                .containsExactly("P0 · carrier 0", "P1 · carrier 1", "P2 · carrier 2");
        YardLayout.Section p0 = r.sections().stream().filter(sec -> sec.kind() == YardLayout.Kind.LANE).findFirst().orElseThrow();
        assertThat(r.places().get(1L).role()).isEqualTo(YardLayout.Role.RUNNING);
        assertThat(r.places().get(1L).x()).isEqualTo(p0.slotX());
    }

    @Test
    void aQueueOfThousandsShowsItsHeadAndABadge() {
        RunState s = new RunState();
        ObjectRef gate = new ObjectRef(ObjectRef.Kind.CHAN, 1, "gate");
        s.apply(new Event.ProcResize(0, 0, -1, 0, 0, 1));
        s.apply(new Event.GoCreate(1, 0, 0, 1, 0, "main.main", 0));
        s.apply(new Event.GoStart(2, 0, 0, 1));
        long seq = 3;
        for (long g = 7; g < 7 + 2000; g++) {
            s.apply(new Event.GoCreate(seq++, 0, 0, g, 1, "main.f", 5));
        }
        s.apply(new Event.GoBlock(seq++, 0, 0, 1, WaitReason.CHAN_RECEIVE, gate));
        for (long g = 7; g < 7 + 2000; g++) {
            s.apply(new Event.GoStart(seq++, 0, 0, g));
            s.apply(new Event.GoBlock(seq++, 0, 0, g, WaitReason.CHAN_RECEIVE, gate));
        }
        YardLayout.Result r = YardLayout.of(s, 1200, 30);

        assertThat(r.places()).hasSizeLessThanOrEqualTo(YardLayout.MAX_PER_QUEUE + 1);
        assertThat(r.places()).containsKey(1L);
        assertThat(r.badges()).extracting(YardLayout.Badge::text)
                .anyMatch(t -> t.equals("+" + (2001 - (r.places().size() - 0))));
        assertThat(r.sections()).extracting(YardLayout.Section::title).contains("chan receive · gate");
    }
}
