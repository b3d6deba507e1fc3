package dev.spindle.vm.value;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spindle.lang.compile.Backing;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class SliceValueTest {
    @Test
    void appendOneAtATimeDoublesLikeGo() {
        SliceValue s = null;
        List<Integer> caps = new ArrayList<>();
        for (long i = 0; i < 9; i++) {
            s = SliceValue.append1(s, i, 8, 0L, false, Backing.LONG);
            caps.add(s.cap);
        }
        assertThat(caps).containsExactly(1, 2, 4, 4, 8, 8, 8, 8, 16);
    }

    @Test
    void appendManyRoundsUpToSizeClass() {
        // append([]int(nil), 1, 2, 3, 4, 5) has cap 6 in Go (40 bytes -> class 48).
        SliceValue s = SliceValue.append(null, new Object[] {1L, 2L, 3L, 4L, 5L}, 0, 5, 8, 0L, false, Backing.LONG);
        assertThat(s.cap).isEqualTo(6);
        // []byte("hello") appended to nil: 5 bytes -> class 8.
        SliceValue b = SliceValue.append(null, new Object[] {1L, 2L, 3L, 4L, 5L}, 0, 5, 1, 0L, false, Backing.BYTE);
        assertThat(b.cap).isEqualTo(8);
    }

    @Test
    void largeSlicesGrowByAQuarterPlus() {
        assertThat(SliceValue.grownCap(256, 257, 8)).isEqualTo(512);
        assertThat(SliceValue.grownCap(512, 513, 8)).isEqualTo(848);
    }

    /** Appending within capacity writes into the shared array; beyond it, the result is detached. */
    @Property
    void appendAliasesExactlyWhenCapacitySuffices(@ForAll @IntRange(min = 0, max = 40) int n,
                                                  @ForAll @IntRange(min = 0, max = 40) int cut) {
        SliceValue s = null;
        for (long i = 0; i < n; i++) {
            s = SliceValue.append1(s, i, 8, 0L, false, Backing.LONG);
        }
        if (s == null) {
            return;
        }
        int hi = Math.min(cut, s.len);
        SliceValue prefix = s.slice(0, hi, s.cap);
        SliceValue grown = SliceValue.append1(prefix, -1L, 8, 0L, false, Backing.LONG);
        boolean fits = hi < s.cap;
        assertThat(grown.array == s.array).isEqualTo(fits);
        if (fits && hi < s.len) {
            assertThat(s.get(hi)).isEqualTo(-1L);
        }
        for (int i = 0; i < hi; i++) {
            assertThat(grown.get(i)).isEqualTo((long) i);
        }
    }

    @Test
    void copyHandlesOverlap() {
        SliceValue s = SliceValue.of(1L, 2L, 3L, 4L);
        int n = SliceValue.copy(s.slice(1, 4, 4), s, false);
        assertThat(n).isEqualTo(3);
        assertThat(s.toArray()).containsExactly(1L, 1L, 2L, 3L);
    }

    /** make([]byte, n) is n bytes, not n references; its elements read back as Go's 0..255. */
    @Test
    void byteSlicesAreBytesAndReadUnsigned() {
        SliceValue b = SliceValue.make(3, 4, 0L, false, Backing.BYTE);
        assertThat(b.array).isInstanceOf(byte[].class);
        b.set(0, 255L);
        b.set(1, 128L);
        assertThat(b.toArray()).containsExactly(255L, 128L, 0L);
    }

    /** A literal's Object[] and a make's long[] hold one Go type: copy and append convert. */
    @Test
    void copyAndAppendConvertBetweenStores() {
        SliceValue typed = SliceValue.make(3, 3, 0L, false, Backing.LONG);
        SliceValue literal = SliceValue.of(7L, 8L);
        assertThat(SliceValue.copy(typed, literal, false)).isEqualTo(2);
        assertThat(typed.toArray()).containsExactly(7L, 8L, 0L);
        SliceValue grown = SliceValue.append(literal, typed.array, 0, 3, 8, 0L, false, Backing.LONG);
        assertThat(grown.array).isInstanceOf(long[].class);
        assertThat(grown.toArray()).containsExactly(7L, 8L, 7L, 8L, 0L);
        SliceValue floats = SliceValue.make(1, 1, 0.0, false, Backing.DOUBLE);
        floats.set(0, -0.0);
        assertThat(floats.get(0)).isEqualTo(-0.0);
    }
}
