package dev.spindle.app.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class CoreRangeTest {
    @Property
    void theSliderEndsAtEightOrTheHostsCoresWhicheverIsMore(@ForAll @IntRange(min = 1, max = 512) int host) {
        CoreRange range = CoreRange.forHost(host);
        assertThat(range.max()).isEqualTo(Math.max(8, host));
        assertThat(range.initial()).isEqualTo(host).isBetween(CoreRange.MIN, range.max());
    }

    @Test
    void aSmallMachineStillGetsEightCores() {
        assertThat(CoreRange.forHost(2).max()).isEqualTo(8);
        assertThat(CoreRange.forHost(2).initial()).isEqualTo(2);
    }

    @Test
    void refusesImpossibleRanges() {
        assertThatThrownBy(() -> new CoreRange(0, 8)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CoreRange(16, 8)).isInstanceOf(IllegalArgumentException.class);
    }
}
