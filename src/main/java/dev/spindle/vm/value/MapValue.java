package dev.spindle.vm.value;

import java.util.LinkedHashMap;
import java.util.random.RandomGenerator;

/**
 * A Go map. Keys are normalized so that equal Go values are equal Java objects: scalars
 * and strings already are; structs and arrays compare by value; {@code -0.0} becomes
 * {@code 0.0}; each NaN becomes a key equal only to itself (Go: len grows, lookups miss);
 * and when the key type is a pointer (to a struct or array, whose holder would
 * otherwise compare by value) keys are wrapped to compare by identity. A nil map is null.
 *
 * <p>Iteration order is Go's contract, not an accident: every {@code range} starts at a
 * random entry drawn from the run's seeded generator ({@link #iterator}).
 */
public final class MapValue extends Owned {
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
        probeHash(key);
        return entries.get(normalize(key));
    }

    /** {@code v, ok := m[k]}. */
    public boolean containsKey(Object key) {
        probeHash(key);
        return entries.containsKey(normalize(key));
    }

    /** {@code m[k] = v}. */
    public void put(Object key, Object value) {
        entries.put(normalize(key), value);
    }

    /** {@code delete(m, k)}. */
    public void delete(Object key) {
        probeHash(key);
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

    /**
     * A snapshot of the entries in insertion order, each {key, value} (for fmt, which sorts
     * them): by pairs, because a NaN key cannot be looked up again.
     */
    public Object[][] entryPairs() {
        Object[][] out = new Object[entries.size()][];
        int i = 0;
        for (var en : entries.entrySet()) {
            out[i++] = new Object[] {denormalize(en.getKey()), en.getValue()};
        }
        return out;
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

    /**
     * An empty Java map never hashes the key it is asked for; Go's does when the key's type
     * may be unhashable (an interface holding a []int panics even on an empty map).
     */
    private void probeHash(Object key) {
        if (entries.isEmpty()) {
            hashOfNil(key);
        }
    }

    /**
     * A lookup or delete on a nil map hashes the key as on an empty one: Go's mapaccess and
     * mapdelete call the hasher when the key type might panic, before looking at the map.
     */
    public static void hashOfNil(Object key) {
        if (key instanceof IfaceValue || key instanceof StructValue || key instanceof ArrayValue) {
            key.hashCode();
        }
    }

    private Object normalize(Object key) {
        if (identityKeys && key != null) {
            return new IdentityKey(key);
        }
        if (key instanceof Double d) {
            if (d == 0.0) {
                return 0.0;
            }
            if (d.isNaN()) {
                return new NaNKey(); // NaN != NaN: every NaN is a key of its own, never found again
            }
        }
        return key;
    }

    static Object denormalize(Object nk) {
        if (nk instanceof NaNKey) {
            return Double.NaN;
        }
        return nk instanceof IdentityKey ik ? ik.ref : nk;
    }

    /** A NaN key: equal only to itself (Object's equals), as Go's map sees NaN keys. */
    private static final class NaNKey {
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
