package dev.spindle.trace;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Consumer;

/**
 * The append-only event log of one run.
 *
 * <p>One writer (the engine's coordinator, whichever thread holds that role) appends; any
 * number of readers (the UI's animation timer, exporters) take {@link #snapshot() snapshots}:
 * consistent prefixes that never change afterwards. A snapshot costs one volatile read and
 * no copy: the storage ({@link CompactEvents}) is only ever grown by copying its outer
 * arrays into new ones, and slots below the published size are never written again, so a
 * reader holding an old view and an old size sees exactly the prefix it was promised.
 *
 * <p>Events are kept compactly (about 16 bytes each) and rebuilt on {@code get}: a snapshot
 * returns events <em>equal</em> to those appended, not the same objects.
 *
 * <p>A {@link #discarding() discarding} log numbers events exactly like a keeping one but
 * holds none of them: a run nobody will replay or export ({@code spindle run} without
 * {@code --trace}) then retains nothing per event, which for a program that parks a million
 * goroutines is three events each. Its snapshots are empty; a {@link #discarding(Consumer)
 * tap} still sees every event as it is appended.
 */
public final class EventLog {

    /** Storage view and size published together so that readers never see one without the other. */
    private record State(CompactEvents.View events, int size) {}

    private volatile State state;
    /** The events, compactly; null when the log discards them. */
    private final CompactEvents store;
    private final boolean keeps;
    private final Consumer<? super Event> tap;

    /** A log that keeps every event (the app, {@code --trace}, tests). */
    public EventLog() {
        this(true, null);
    }

    private EventLog(boolean keeps, Consumer<? super Event> tap) {
        this.keeps = keeps;
        this.tap = tap;
        this.store = keeps ? new CompactEvents() : null;
        this.state = new State(keeps ? store.view() : null, 0);
    }

    /** A log that numbers events but keeps none. */
    public static EventLog discarding() {
        return new EventLog(false, null);
    }

    /**
     * A log that keeps no event but hands each one, as it is appended, to {@code tap} (on the
     * appending thread, under the log's lock: keep it short).
     */
    public static EventLog discarding(Consumer<? super Event> tap) {
        return new EventLog(false, tap);
    }

    /**
     * Whether anybody will read the events (the log keeps them, or a tap sees them): when not,
     * the engine may leave out details that cost something to work out (source lines, value texts).
     */
    public boolean observed() {
        return keeps || tap != null;
    }

    /** Whether the log keeps its events (else snapshots are empty). */
    public boolean keeps() {
        return keeps;
    }

    /**
     * Appends an event whose {@code seq} must equal the current size.
     * Called only by the engine's coordinator (one thread at a time); synchronized so that
     * a mistaken second writer corrupts nothing.
     */
    public synchronized void append(Event event) {
        int size = size();
        if (event.seq() != size) {
            throw new IllegalArgumentException("event seq " + event.seq() + " but log size " + size);
        }
        if (tap != null) {
            tap.accept(event);
        }
        if (!keeps) {
            discarded = size + 1;
            return;
        }
        store.add(event);
        state = new State(store.view(), size + 1);
    }

    /**
     * A discarding log's size ({@link #state} stays the empty one): a run of many short
     * goroutines appends millions of events, and a record per event was a tenth of what it
     * allocated.
     */
    private volatile int discarded;

    /** The number of events appended so far. Any thread. */
    public int size() {
        return keeps ? state.size : discarded;
    }

    /** The sequence number the next appended event must carry. Any thread. */
    public long nextSeq() {
        return size();
    }

    /** An immutable view of every event appended so far (none if the log discards). Any thread; O(1). */
    public List<Event> snapshot() {
        State s = state;
        return keeps ? new Prefix(s.events, s.size) : List.of();
    }

    /** An immutable view of events {@code [from, size)} at the time of the call. Any thread. */
    public List<Event> since(int from) {
        List<Event> all = snapshot();
        return all.subList(Math.min(Math.max(from, 0), all.size()), all.size());
    }

    private static final class Prefix extends AbstractList<Event> implements RandomAccess {
        private final CompactEvents.View events;
        private final int size;

        Prefix(CompactEvents.View events, int size) {
            this.events = events;
            this.size = size;
        }

        @Override
        public Event get(int index) {
            if (index < 0 || index >= size) {
                throw new IndexOutOfBoundsException(index);
            }
            return events.get(index);
        }

        @Override
        public int size() {
            return size;
        }
    }
}
