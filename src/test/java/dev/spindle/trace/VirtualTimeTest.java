package dev.spindle.trace;

import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.Test;

/** Virtual time on screen: a unit by magnitude, never seconds written to the microsecond. */
class VirtualTimeTest {
    @Test
    void unitsByMagnitude() {
        assertThat(VirtualTime.format(0)).isEqualTo("0 ns");
        assertThat(VirtualTime.format(850)).isEqualTo("850 ns");
        assertThat(VirtualTime.format(1_200)).isEqualTo("1.20 µs");
        assertThat(VirtualTime.format(12_400)).isEqualTo("12.4 µs");
        assertThat(VirtualTime.format(124_000)).isEqualTo("124 µs");
        assertThat(VirtualTime.format(3_270_000)).isEqualTo("3.27 ms");
        assertThat(VirtualTime.format(1_500_000_000)).isEqualTo("1.500 s");
        assertThat(VirtualTime.format(999_999)).isEqualTo("1.00 ms");
    }

    @Test
    void axisStepsAreOneTwoOrFiveTimesAPowerOfTen() {
        assertThat(VirtualTime.niceStep(0.3)).isEqualTo(1);
        assertThat(VirtualTime.niceStep(3)).isEqualTo(5);
        assertThat(VirtualTime.niceStep(11)).isEqualTo(20);
        assertThat(VirtualTime.niceStep(4_000_000)).isEqualTo(5_000_000);
    }
}
