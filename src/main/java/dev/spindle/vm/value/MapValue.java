package dev.spindle.vm.value;

import java.util.LinkedHashMap;
import java.util.random.RandomGenerator;

/**
 * A Go map. Keys are normalized so that equal Go values are equal Java objects: scalars
 * and strings already are; structs and arrays compare by value; {@code -0.0} becomes
 * {@code 0.0}; and when the key type is a pointer (to a struct or array, whose holder would
 * otherwise compare by value) keys are wrapped to compare by identity. A nil map is null.
 *
 * <p>Iteration order is Go's contract, not an accident: every {@code range} starts at a
 * random entry drawn from the run's seeded generator ({@link #iterator}).
 */
public final class MapValue {
    private final LinkedHashMap<Object, Object> entries;
    private final boolean identityKeys;

    /** @param identityKeys true when the key type is a pointer to a struct or array */
    public MapValue(boolean identityKeys) {
        this.entries = new LinkedHashMap<>();
        this.identityKeys = identityKeys;
    }

    public MapValue(boolean identityKeys, int sizeHint) {
        this.entries = LinkedHashMap.newLinkedHashMap(Math.max(sizeHint, 0));
        this.identityKeys = identityKeys;
    }

    public int len() {
        return entries.size();
    }

    /** {@code m[k]}: the value, or null when absent (the caller substitutes the zero value). */
    public Object get(Object key) {
        return entries.get(normalize(key));
    }

    /** {@code v, ok := m[k]}. */
    public boolean containsKey(Object key) {
        return entries.containsKey(normalize(key));
    }

    /** {@code m[k] = v}. */
    public void put(Object key, Object value) {
        entries.put(normalize(key), value);
    }

    /** {@code delete(m, k)}. */
    public void delete(Object key) {
        entries.remove(normalize(key));
    }

    /** {@code clear(m)}. */
    public void clear() {
        entries.clear();
    }

    /** A snapshot of the keys in insertion order (for fmt, which sorts them anyway). */
    public Object[] keys() {
        Object[] ks = entries.keySet().toArray();
        for (int i = 0; i < ks.length; i++) {
            ks[i] = denormalize(ks[i]);
        }
        return ks;
    }

    /** Starts a {@code range} over this map at a random entry. */
    public MapIterator iterator(RandomGenerator random) {
        Object[] ks = entries.keySet().toArray();
        int start = ks.length == 0 ? 0 : random.nextInt(ks.length);
        return new MapIterator(this, ks, start);
    }

    boolean containsNormalized(Object nk) {
        return entries.containsKey(nk);
    }

    Object getNormalized(Object nk) {
        return entries.get(nk);
    }

    private Object normalize(Object key) {
        if (identityKeys && key != null) {
            return new IdentityKey(key);
        }
        if (key instanceof Double d && d == 0.0) {
            return 0.0;
        }
        return key;
    }

    static Object denormalize(Object nk) {
        return nk instanceof IdentityKey ik ? ik.ref : nk;
    }

    /** A key compared by reference: a pointer to a struct or array is its holder. */
    private record IdentityKey(Object ref) {
        @Override
        public boolean equals(Object o) {
            return o instanceof IdentityKey k && k.ref == ref;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(ref);
        }
    }
}
