package dev.spindle.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * A P's local run queue: a ring of fixed capacity (256 as in Go; 4 in tests so that overflow
 * and stealing happen), FIFO. Like Go's {@code runq} and tokio's queue.rs it is used in two
 * roles: the owner P pushes at the tail and pops at the head ({@link #pushBackOrOverflow},
 * {@link #pop}); a thief grabs half from the head ({@link #stealHalfInto}).
 *
 * <p>In Go the two roles run on different threads and the ring is lock-free. Here every
 * scheduling decision is made by the round coordinator, one at a time, so plain fields
 * suffice; the split API is kept because it says which P acts, and because it keeps Go's
 * arithmetic (head and tail as free-running counters) recognisable.
 */
final class LocalRunQueue implements RunQueueOwner, RunQueueStealer {

    /** Where half the queue goes when it is full (Go's runqputslow -> global queue). */
    interface Overflow {
        /** Appends {@code batch} in order. */
        void pushBatch(List<G> batch);
    }

    private final G[] ring;
    private final int mask;
    private int head; // next to pop (free-running; wraps like Go's uint32)
    private int tail; // next free slot

    LocalRunQueue(int capacity) {
        if (capacity < 2 || Integer.bitCount(capacity) != 1) {
            throw new IllegalArgumentException("run queue capacity must be a power of two >= 2");
        }
        ring = new G[capacity];
        mask = capacity - 1;
    }

    int capacity() {
        return ring.length;
    }

    @Override
    public int size() {
        return tail - head;
    }

    boolean isEmpty() {
        return tail == head;
    }

    /**
     * Owner: appends {@code g}; when the ring is full, moves the older half of the queue plus
     * {@code g} to {@code overflow}, as Go's runqputslow does. Returns the number of goroutines
     * moved (0 when it fit).
     */
    @Override
    public int pushBackOrOverflow(G g, Overflow overflow) {
        if (size() < ring.length) {
            ring[tail++ & mask] = g;
            return 0;
        }
        int n = size() / 2;
        List<G> batch = new ArrayList<>(n + 1);
        for (int i = 0; i < n; i++) {
            batch.add(take());
        }
        batch.add(g);
        overflow.pushBatch(batch);
        return batch.size();
    }

    /** Owner: removes and returns the head, or null. */
    @Override
    public G pop() {
        return isEmpty() ? null : take();
    }

    /** Owner: removes everything, head first (procresize of a dropped P). */
    @Override
    public List<G> drain() {
        List<G> all = new ArrayList<>(size());
        while (!isEmpty()) {
            all.add(take());
        }
        return all;
    }

    /** Owner: the goroutines in queue order, without removing them (for snapshots and tests). */
    List<G> peekAll() {
        List<G> all = new ArrayList<>(size());
        for (int i = head; i != tail; i++) {
            all.add(ring[i & mask]);
        }
        return all;
    }

    /**
     * Thief: moves half of this queue (rounded up, Go's {@code n - n/2}) from its head to the
     * tail of {@code into}, which must have room (the thief's queue is empty when it steals).
     * Returns how many moved.
     */
    @Override
    public int stealHalfInto(LocalRunQueue into) {
        int n = size();
        n -= n / 2;
        n = Math.min(n, into.ring.length - into.size());
        for (int i = 0; i < n; i++) {
            into.ring[into.tail++ & into.mask] = take();
        }
        return n;
    }

    /** Thief: removes and returns the last goroutine at the tail (runqsteal returns the last grabbed one). */
    G popTail() {
        if (isEmpty()) {
            return null;
        }
        tail--;
        G g = ring[tail & mask];
        ring[tail & mask] = null;
        return g;
    }

    private G take() {
        int i = head++ & mask;
        G g = ring[i];
        ring[i] = null;
        return g;
    }
}
