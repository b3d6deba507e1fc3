package dev.spindle.app.fold;

import dev.spindle.trace.Event;
import java.util.ArrayList;
import java.util.List;

/**
 * A run's events as the screen walks them: the head state (everything folded so far) and
 * snapshots every {@code interval} events, so that {@link #stateAt(long)} refolds at most
 * one interval. The interval grows with the number of goroutines, so that a run of 100,000
 * goroutines does not fill memory with copies of them.
 *
 * <p>One thread (the FX thread) uses a timeline; the events list may be a live snapshot of
 * the engine's log, read only up to what was {@link #advanceTo folded}.
 */
public final class Timeline {
    /** Events between snapshots for small runs. */
    public static final int BASE_INTERVAL = 256;

    private final int runQueueCapacity;
    private final List<Event> events = new ArrayList<>();
    private final List<RunState> snapshots = new ArrayList<>();
    private RunState head;
    private long nextSnapshotAt;

    public Timeline(int runQueueCapacity) {
        this.runQueueCapacity = runQueueCapacity;
        this.head = new RunState(runQueueCapacity);
        snapshots.add(head.copy());
        nextSnapshotAt = BASE_INTERVAL;
    }

    /** Folds {@code more} (the next events of the log, in order) into the head. */
    public void append(List<Event> more) {
        for (Event e : more) {
            events.add(e);
            head.apply(e);
            if (head.folded() >= nextSnapshotAt) {
                snapshots.add(head.copy());
                nextSnapshotAt = head.folded() + Math.max(BASE_INTERVAL, 4L * head.created());
            }
        }
    }

    /**
     * Forgets every event after the first {@code n}: the run went another way from there (a
     * cores change replayed at the event on screen). The head becomes the state after
     * {@code n} events, refolded from the nearest snapshot; later snapshots go.
     */
    public void truncate(int n) {
        if (n < 0 || n > events.size()) {
            throw new IndexOutOfBoundsException("truncate to " + n + " of " + events.size() + " events");
        }
        if (n == events.size()) {
            return;
        }
        head = stateAt(n);
        events.subList(n, events.size()).clear();
        snapshots.removeIf(s -> s.folded() > n);
        RunState last = snapshots.getLast();
        nextSnapshotAt = last.folded() + Math.max(BASE_INTERVAL, 4L * last.created());
    }

    /** Events known so far. */
    public int size() {
        return events.size();
    }

    public Event event(int index) {
        return events.get(index);
    }

    /** Every event known so far (read-only view). */
    public List<Event> events() {
        return java.util.Collections.unmodifiableList(events);
    }

    /** The state after all known events. Do not modify it. */
    public RunState head() {
        return head;
    }

    /** A fresh state after the first {@code n} events (0 = before any): the nearest snapshot, refolded. */
    public RunState stateAt(long n) {
        if (n < 0 || n > events.size()) {
            throw new IndexOutOfBoundsException("state " + n + " of " + events.size() + " events");
        }
        if (n == events.size()) {
            return head.copy();
        }
        RunState base = snapshots.getFirst();
        for (RunState s : snapshots) {
            if (s.folded() <= n) {
                base = s;
            } else {
                break;
            }
        }
        RunState state = base.copy();
        for (long i = state.folded(); i < n; i++) {
            state.apply(events.get((int) i));
        }
        return state;
    }

    /** The local run queue size the fold assumes. */
    public int runQueueCapacity() {
        return runQueueCapacity;
    }

    /** Folds a whole log from the start (tests, screenshots). */
    public static RunState fold(List<Event> log, long n) {
        RunState s = new RunState();
        for (int i = 0; i < n; i++) {
            s.apply(log.get(i));
        }
        return s;
    }
}
