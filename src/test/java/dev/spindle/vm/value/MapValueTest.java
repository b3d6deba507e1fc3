package dev.spindle.vm.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class MapValueTest {
    @Property
    void iterationVisitsEveryKeyOnce(@ForAll Set<Integer> keys, @ForAll long seed) {
        MapValue m = new MapValue(false);
        for (int k : keys) {
            m.put((long) k, "v" + k);
        }
        List<Object> seen = new ArrayList<>();
        MapIterator it = m.iterator(new SplittableRandom(seed));
        while (it.next()) {
            seen.add(it.key());
            assertThat(it.value()).isEqualTo("v" + it.key());
        }
        assertThat(seen).hasSize(keys.size());
        assertThat(new HashSet<>(seen)).hasSize(keys.size());
    }

    @Test
    void deletedKeysAreNotProduced() {
        MapValue m = new MapValue(false);
        for (long i = 0; i < 10; i++) {
            m.put(i, i);
        }
        MapIterator it = m.iterator(new SplittableRandom(1));
        int count = 0;
        while (it.next()) {
            count++;
            for (long i = 0; i < 10; i++) {
                if (i != (Long) it.key()) {
                    m.delete(i);
                }
            }
        }
        assertThat(count).isEqualTo(1);
    }

    @Test
    void iterationStartDependsOnSeed() {
        MapValue m = new MapValue(false);
        for (long i = 0; i < 20; i++) {
            m.put(i, i);
        }
        Set<Object> firsts = new HashSet<>();
        for (long seed = 0; seed < 20; seed++) {
            MapIterator it = m.iterator(new SplittableRandom(seed));
            it.next();
            firsts.add(it.key());
        }
        assertThat(firsts.size()).isGreaterThan(1);
    }

    @Test
    void structKeysCompareByValuePointerKeysByIdentity() {
        StructShape shape = StructShape.flat("main.P", "X", "Y");
        MapValue byValue = new MapValue(false);
        byValue.put(new StructValue(shape, new Object[] {1L, 2L}), "a");
        assertThat(byValue.get(new StructValue(shape, new Object[] {1L, 2L}))).isEqualTo("a");
        MapValue byPtr = new MapValue(true);
        StructValue p = new StructValue(shape, new Object[] {1L, 2L});
        byPtr.put(p, "p");
        assertThat(byPtr.get(new StructValue(shape, new Object[] {1L, 2L}))).isNull();
        assertThat(byPtr.get(p)).isEqualTo("p");
        assertThat(byPtr.keys()).containsExactly(p);
    }

    @Test
    void negativeZeroIsZero() {
        MapValue m = new MapValue(false);
        m.put(-0.0, "z");
        assertThat(m.get(0.0)).isEqualTo("z");
    }
}
