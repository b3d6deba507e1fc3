package dev.spindle.vm.value;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GoStringTest {
    @Test
    void roundTripsUtf8() {
        String bytes = GoString.fromUtf16("héllo, 世界");
        assertThat(bytes.length()).isEqualTo(14);
        assertThat(GoString.toUtf16(bytes)).isEqualTo("héllo, 世界");
        assertThat(GoString.runeCount(bytes)).isEqualTo(9);
    }

    @Test
    void decodesRunesAndInvalidBytes() {
        String s = GoString.fromUtf16("é") + "\u00ff";
        long d = GoString.decodeRune(s, 0);
        assertThat(GoString.rune(d)).isEqualTo('é');
        assertThat(GoString.width(d)).isEqualTo(2);
        long bad = GoString.decodeRune(s, 2);
        assertThat(GoString.rune(bad)).isEqualTo(0xFFFD);
        assertThat(GoString.width(bad)).isEqualTo(1);
        assertThat(GoString.ofRune(-1)).isEqualTo(GoString.fromUtf16("\uFFFD"));
    }
}
