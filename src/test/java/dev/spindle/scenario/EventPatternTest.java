package dev.spindle.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.spindle.trace.Event;
import dev.spindle.trace.ObjectRef;
import dev.spindle.trace.WaitReason;
import org.junit.jupiter.api.Test;

class EventPatternTest {
    private static final ObjectRef WG = new ObjectRef(ObjectRef.Kind.WAIT_GROUP, 1, "wg");

    @Test
    void mainBlocksOnWait() throws Exception {
        EventPattern p = EventPattern.parse("block g=main reason=sync.WaitGroup.Wait");
        assertThat(p.matches(new Event.GoBlock(5, 0, 0, 1, WaitReason.WAIT_GROUP_WAIT, WG))).isTrue();
        assertThat(p.matches(new Event.GoBlock(5, 0, 0, 7, WaitReason.WAIT_GROUP_WAIT, WG))).isFalse();
        assertThat(p.matches(new Event.GoBlock(5, 0, 0, 1, WaitReason.CHAN_RECEIVE, null))).isFalse();
        assertThat(p.matches(new Event.GoStart(5, 0, 0, 1))).isFalse();
    }

    @Test
    void quotedValuesNotEqualsAndContains() throws Exception {
        assertThat(EventPattern.parse("block reason=\"chan send\"")
                .matches(new Event.GoBlock(1, 0, 0, 7, WaitReason.CHAN_SEND, null))).isTrue();
        EventPattern notMain = EventPattern.parse("start g!=main");
        assertThat(notMain.matches(new Event.GoStart(1, 0, 1, 7))).isTrue();
        assertThat(notMain.matches(new Event.GoStart(1, 0, 1, 1))).isFalse();
        EventPattern text = EventPattern.parse("print text~\"after close\"");
        assertThat(text.matches(new Event.Print(1, 0, 0, 1, "after close: 0 false", false))).isTrue();
        assertThat(text.matches(new Event.Print(1, 0, 0, 1, "got 4", false))).isFalse();
    }

    @Test
    void goroutineSpellingsAndNth() throws Exception {
        EventPattern p = EventPattern.parse("create g=G7 parent=main nth=3");
        assertThat(p.nth()).isEqualTo(3);
        assertThat(p.matches(new Event.GoCreate(1, 0, 0, 7, 1, "main.main.func1", 12))).isTrue();
        assertThat(EventPattern.parse("wg-add on=wg counter=0")
                .matches(new Event.WaitGroupAdd(9, 0, 0, 8, WG, -1, 0))).isTrue();
        assertThat(EventPattern.parse("exit code=2").matches(new Event.End(3, 0, -1, 0, 2))).isTrue();
        assertThat(EventPattern.parse("steal count=2").matches(new Event.Steal(3, 0, 1, 0, 0, 1, 2))).isTrue();
    }

    @Test
    void mistakesAreExplained() {
        assertThatThrownBy(() -> EventPattern.parse("stael"))
                .hasMessageContaining("unknown event \"stael\"").hasMessageContaining("steal");
        assertThatThrownBy(() -> EventPattern.parse("start reason=sleep"))
                .hasMessageContaining("\"start\" events have no field \"reason\"");
        assertThatThrownBy(() -> EventPattern.parse("block g=seven"))
                .hasMessageContaining("a goroutine is main, a number or G<number>");
        assertThatThrownBy(() -> EventPattern.parse("steal nth=0")).hasMessageContaining("nth must be");
        assertThatThrownBy(() -> EventPattern.parse("print text~\"open")).hasMessageContaining("unterminated");
        assertThatThrownBy(() -> EventPattern.parse("print hello")).hasMessageContaining("expected field=value");
        assertThatThrownBy(() -> EventPattern.parse("  ")).hasMessageContaining("empty pattern");
    }

    @Test
    void errorOffsetPointsAtTheBadWord() {
        assertThatThrownBy(() -> EventPattern.parse("block g=main colour=red"))
                .isInstanceOfSatisfying(EventPattern.SyntaxException.class, e -> assertThat(e.offset()).isEqualTo(13));
    }
}
