package dev.spindle.vm.jit;

import java.lang.invoke.MethodHandles;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The hidden classes compiled functions became, by their bytes: a function whose class comes
 * out byte for byte as one defined before (the same program run again, from the window's Run
 * button, {@code spindle explore}'s schedules, the bench's runs) gets that class back.
 *
 * <p>Why: every run compiles its program afresh, so without this every run defined new classes
 * and the JVM compiled each of them again, first in its own interpreter, then C1, then C2 (a
 * second or more of CPU for a long function on a loaded machine), before running them at full
 * speed. A class is all its code (the constants, callees and frames it works on are read from
 * the frame it runs) plus its class data (the pure natives it calls), so equal bytes and equal
 * data are the same behaviour: reusing it is exactly what defining it again would do, minus the
 * JVM's warm-up.
 *
 * <p>Bounded: the classes used longest ago are forgotten past {@link #MAX} (the JVM unloads a
 * hidden class nothing refers to), so editing a program for hours does not grow it.
 */
final class CodeCache {
    private CodeCache() {}

    /** Room for the hot functions of several programs. */
    static final int MAX = 128;

    private record Key(Class<?> host, byte[] bytes, List<Object> data, int hash) {
        Key(Class<?> host, byte[] bytes, List<Object> data) {
            this(host, bytes, data, Arrays.hashCode(bytes) * 31 + data.hashCode());
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.hash == hash && k.host == host && Arrays.equals(k.bytes, bytes)
                    && k.data.equals(data);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    private static final Map<Key, Class<?>> CLASSES = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Class<?>> eldest) {
            return size() > MAX;
        }
    };

    /** The class defined from bytes with class data {@code data} (none when empty) in lookup's package. */
    static synchronized Class<?> define(MethodHandles.Lookup lookup, byte[] bytes, List<Object> data)
            throws IllegalAccessException {
        Key key = new Key(lookup.lookupClass(), bytes, List.copyOf(data));
        Class<?> k = CLASSES.get(key);
        if (k == null) {
            k = data.isEmpty()
                    ? lookup.defineHiddenClass(bytes, true).lookupClass()
                    : lookup.defineHiddenClassWithClassData(bytes, key.data(), true).lookupClass();
            CLASSES.put(key, k);
        }
        return k;
    }

    /** How many classes are kept (for the tests). */
    static synchronized int size() {
        return CLASSES.size();
    }
}
