package dev.spindle.runtime.race;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.function.Function;

/**
 * A map from objects, compared by identity, to values, that does not keep its keys alive:
 * the race detector's shadow memory and clocks are keyed by the program's containers (struct
 * values, backing arrays, boxes, maps) and its sync objects, and a strong map kept every
 * container a {@code --race} run ever touched reachable until the run ended. When the program
 * drops a container, the collector clears the key and the entry (with its shadow state) goes
 * at the next access to the map. A location of a collected container can never be accessed
 * again, so forgetting its history loses no race.
 *
 * <p>Chained buckets of weak references holding the key's identity hash, as
 * {@link java.util.WeakHashMap} but by identity ({@code ==}, {@link System#identityHashCode}),
 * which Go values need (two equal structs are two locations). A lookup allocates nothing.
 * Not thread-safe: the coordinator owns it.
 */
final class WeakIdentityMap<K, V> {

    private static final class Entry<K, V> extends WeakReference<K> {
        final int hash;
        V value;
        Entry<K, V> next;

        Entry(K key, int hash, V value, Entry<K, V> next, ReferenceQueue<K> queue) {
            super(key, queue);
            this.hash = hash;
            this.value = value;
            this.next = next;
        }
    }

    private final ReferenceQueue<K> queue = new ReferenceQueue<>();
    @SuppressWarnings("unchecked")
    private Entry<K, V>[] table = new Entry[64];
    private int size;

    /** The value of {@code key}, or null. */
    V get(K key) {
        expunge();
        int h = System.identityHashCode(key);
        for (Entry<K, V> e = table[h & (table.length - 1)]; e != null; e = e.next) {
            if (e.hash == h && e.get() == key) {
                return e.value;
            }
        }
        return null;
    }

    /** The value of {@code key}, made by {@code make} and kept when there is none. */
    V computeIfAbsent(K key, Function<K, V> make) {
        V v = get(key);
        if (v == null) {
            v = make.apply(key);
            put(key, v);
        }
        return v;
    }

    /** Sets the value of {@code key} (which must not be in the map yet: callers look it up first). */
    void put(K key, V value) {
        if (size >= table.length * 3 / 4) {
            grow();
        }
        int h = System.identityHashCode(key);
        int i = h & (table.length - 1);
        table[i] = new Entry<>(key, h, value, table[i], queue);
        size++;
    }

    /** Entries whose key has not been collected yet (collected ones are counted until the next access). */
    int size() {
        expunge();
        return size;
    }

    /** Drops the entries whose key the collector has cleared. */
    @SuppressWarnings("unchecked")
    private void expunge() {
        for (Object r; (r = queue.poll()) != null; ) {
            Entry<K, V> dead = (Entry<K, V>) r;
            int i = dead.hash & (table.length - 1);
            Entry<K, V> prev = null;
            for (Entry<K, V> e = table[i]; e != null; prev = e, e = e.next) {
                if (e == dead) {
                    if (prev == null) {
                        table[i] = e.next;
                    } else {
                        prev.next = e.next;
                    }
                    e.value = null;
                    size--;
                    break;
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private void grow() {
        expunge();
        if (size < table.length / 2) {
            return; // the collected keys made room
        }
        Entry<K, V>[] old = table;
        table = new Entry[old.length * 2];
        for (Entry<K, V> head : old) {
            for (Entry<K, V> e = head; e != null; ) {
                Entry<K, V> next = e.next;
                int i = e.hash & (table.length - 1);
                e.next = table[i];
                table[i] = e;
                e = next;
            }
        }
    }
}
