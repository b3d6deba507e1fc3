package dev.spindle.runtime.race;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The shadow memory's map: lookups by identity, and keys nobody holds dropped. */
class WeakIdentityMapTest {
    @Test
    void keysAreComparedByIdentityAndLookupsFindWhatWasPut() {
        WeakIdentityMap<Object, String> m = new WeakIdentityMap<>();
        String a = new String("k");
        String b = new String("k");
        m.put(a, "a");
        assertThat(m.get(a)).isEqualTo("a");
        assertThat(m.get(b)).isNull();
        assertThat(m.computeIfAbsent(b, k -> "b")).isEqualTo("b");
        Object[] keys = new Object[1000];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = new Object();
            m.put(keys[i], "v" + i);
        }
        for (int i = 0; i < keys.length; i++) {
            assertThat(m.get(keys[i])).isEqualTo("v" + i);
        }
        assertThat(m.size()).isEqualTo(1002);
    }

    @Test
    void aKeyNobodyHoldsIsDropped() throws InterruptedException {
        WeakIdentityMap<Object, String> m = new WeakIdentityMap<>();
        Object kept = new Object();
        m.put(kept, "kept");
        for (int i = 0; i < 10_000; i++) {
            m.put(new Object(), "dropped");
        }
        for (int i = 0; i < 50 && m.size() > 1; i++) {
            System.gc();
            Thread.sleep(20);
        }
        assertThat(m.size()).isEqualTo(1);
        assertThat(m.get(kept)).isEqualTo("kept");
    }
}
