package dev.spindle.runtime;

import java.util.Comparator;
import java.util.PriorityQueue;

/**
 * Pending timers ordered by firing time, ties broken by arming order (deterministic). Go
 * keeps one heap per P; one heap is enough here because the coordinator runs every timer
 * at the round boundary, and each timer remembers its P. Coordinator only.
 */
final class TimerQueue {

    private record Entry(long when, long order, TimerState timer, int generation) {}

    private final PriorityQueue<Entry> heap = new PriorityQueue<>(
            Comparator.comparingLong(Entry::when).thenComparingLong(Entry::order));
    private long armed;

    /** Arms (or re-arms) {@code t} to fire at {@code when}. */
    void arm(TimerState t, long when) {
        t.generation++;
        t.active = true;
        t.when = when;
        heap.add(new Entry(when, armed++, t, t.generation));
    }

    /** Disarms {@code t}; returns whether it was armed. */
    boolean stop(TimerState t) {
        boolean was = t.active;
        t.active = false;
        t.generation++;
        return was;
    }

    /** The earliest firing time of an armed timer, or -1 when none is armed. */
    long nextWhen() {
        purge();
        return heap.isEmpty() ? -1 : heap.peek().when();
    }

    /** Removes and returns the earliest armed timer due at or before {@code now}, disarmed; null if none. */
    TimerState pollDue(long now) {
        purge();
        if (heap.isEmpty() || heap.peek().when() > now) {
            return null;
        }
        TimerState t = heap.poll().timer();
        t.active = false;
        return t;
    }

    /** Whether some armed timer satisfies {@code test}. */
    boolean anyArmed(java.util.function.Predicate<TimerState> test) {
        for (Entry e : heap) {
            if (e.timer().active && e.timer().generation == e.generation() && test.test(e.timer())) {
                return true;
            }
        }
        return false;
    }

    private void purge() {
        while (!heap.isEmpty()) {
            Entry e = heap.peek();
            if (e.timer().active && e.timer().generation == e.generation()) {
                return;
            }
            heap.poll();
        }
    }
}
