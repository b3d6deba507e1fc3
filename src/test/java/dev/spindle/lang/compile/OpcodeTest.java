package dev.spindle.lang.compile;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.Test;

class OpcodeTest {
    /** Op's int constants drive the interpreter's switch; they must be the enum's ordinals. */
    @Test
    void opConstantsAreTheOrdinals() throws IllegalAccessException {
        int count = 0;
        for (Field f : Op.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == int.class) {
                assertThat(f.getInt(null)).as(f.getName()).isEqualTo(Opcode.valueOf(f.getName()).ordinal());
                count++;
            }
        }
        assertThat(count).isEqualTo(Opcode.values().length);
    }

    @Test
    void narrowWrapsLikeGo() {
        assertThat(Kind.narrow(128, Kind.narrowCode(8, false))).isEqualTo(-128);
        assertThat(Kind.narrow(-1, Kind.narrowCode(8, true))).isEqualTo(255);
        assertThat(Kind.narrow(1L << 32, Kind.narrowCode(32, false))).isZero();
    }
}
