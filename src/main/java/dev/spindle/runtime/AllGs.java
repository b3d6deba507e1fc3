package dev.spindle.runtime;

import java.util.AbstractCollection;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The live goroutines by id, in id order (Go's allgs): what a LinkedHashMap gave, at about
 * 12 bytes a goroutine instead of 64 (entry + boxed key), since a program may park a
 * million. Goroutine ids only grow, so an id-sorted array with binary search is enough:
 * {@code put} appends, {@code remove} leaves a hole, and holes are squeezed out once they
 * are half the array. Coordinator only, like the G's it holds.
 */
final class AllGs extends AbstractMap<Long, G> {

    private long[] ids = new long[16];
    private G[] gs = new G[16];
    /** Used slots, holes included. */
    private int used;
    /** Live goroutines (slots that are not holes). */
    private int size;

    @Override
    public int size() {
        return size;
    }

    @Override
    public G get(Object key) {
        if (!(key instanceof Long id)) {
            return null;
        }
        int i = Arrays.binarySearch(ids, 0, used, id);
        return i >= 0 ? gs[i] : null;
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    /** Adds {@code g} under its id; ids must come in increasing order (a new goroutine's is the highest yet). */
    @Override
    public G put(Long id, G g) {
        if (id != g.id) {
            throw new IllegalArgumentException("key " + id + " for goroutine " + g.id);
        }
        if (used > 0 && id <= ids[used - 1]) {
            int i = Arrays.binarySearch(ids, 0, used, id);
            if (i < 0 || gs[i] == null) {
                throw new IllegalStateException("goroutine ids must increase: " + id + " after " + ids[used - 1]);
            }
            G old = gs[i];
            gs[i] = g;
            return old;
        }
        if (used == gs.length) {
            squeezeOrGrow();
        }
        ids[used] = id;
        gs[used++] = g;
        size++;
        return null;
    }

    @Override
    public G remove(Object key) {
        if (!(key instanceof Long id)) {
            return null;
        }
        int i = Arrays.binarySearch(ids, 0, used, id);
        if (i < 0 || gs[i] == null) {
            return null;
        }
        G old = gs[i];
        gs[i] = null; // the hole keeps its id, so the ids stay sorted for binary search
        size--;
        if (i == used - 1) {
            while (used > 0 && gs[used - 1] == null) {
                used--;
            }
        }
        return old;
    }

    @Override
    public void clear() {
        Arrays.fill(gs, 0, used, null);
        used = 0;
        size = 0;
    }

    /** Full: drops the holes if they are at least half, else doubles. */
    private void squeezeOrGrow() {
        if (size <= used / 2) {
            int j = 0;
            for (int i = 0; i < used; i++) {
                if (gs[i] != null) {
                    ids[j] = ids[i];
                    gs[j++] = gs[i];
                }
            }
            Arrays.fill(gs, j, used, null);
            used = j;
        }
        if (used == gs.length) {
            ids = Arrays.copyOf(ids, gs.length * 2);
            gs = Arrays.copyOf(gs, gs.length * 2);
        }
    }

    /** The live goroutines, in id order. */
    @Override
    public Collection<G> values() {
        return new AbstractCollection<>() {
            @Override
            public Iterator<G> iterator() {
                return new Iterator<>() {
                    private int next = skip(0);

                    @Override
                    public boolean hasNext() {
                        return next < used;
                    }

                    @Override
                    public G next() {
                        if (next >= used) {
                            throw new NoSuchElementException();
                        }
                        G g = gs[next];
                        next = skip(next + 1);
                        return g;
                    }
                };
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    @Override
    public Set<Map.Entry<Long, G>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<Long, G>> iterator() {
                Iterator<G> it = values().iterator();
                return new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return it.hasNext();
                    }

                    @Override
                    public Map.Entry<Long, G> next() {
                        G g = it.next();
                        return new AbstractMap.SimpleImmutableEntry<>(g.id, g);
                    }
                };
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    private int skip(int i) {
        while (i < used && gs[i] == null) {
            i++;
        }
        return i;
    }
}
