package dev.spindle.vm.value;

/**
 * One {@code for k, v := range m} in progress. It walks a snapshot of the keys from a random
 * start, wrapping around, and skips keys deleted since the snapshot, so that a deleted entry
 * not yet reached is never produced (Go's rule); entries added during the loop are not
 * produced (which Go allows).
 */
public final class MapIterator {
    private final MapValue map;
    private final Object[] keys;
    private final int start;
    private int step;
    private Object key;
    private Object value;

    /** The map being iterated (each step reads it). */
    public MapValue map() {
        return map;
    }

    MapIterator(MapValue map, Object[] keys, int start) {
        this.map = map;
        this.keys = keys;
        this.start = start;
    }

    /** Advances to the next live entry; false when the range is over. */
    public boolean next() {
        while (step < keys.length) {
            Object nk = keys[(start + step) % keys.length];
            step++;
            if (map.containsNormalized(nk)) {
                key = MapValue.denormalize(nk);
                value = map.getNormalized(nk);
                return true;
            }
        }
        return false;
    }

    public Object key() {
        return key;
    }

    public Object value() {
        return value;
    }
}
