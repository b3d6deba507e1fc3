package dev.spindle.scenario;

import dev.spindle.trace.Event;
import java.util.ArrayList;
import java.util.List;

/**
 * Follows a run's events and says when each narration step is due. Steps are told in order:
 * step k waits for its pattern's {@code nth} match counted from the event after the one
 * that released step k-1, so a story reads top to bottom even when an earlier pattern
 * would match again later. Feed events in log order, one batch at a time (the UI feeds
 * what it has drawn; a test feeds a whole log). Not thread-safe: one reader owns it.
 */
public final class NarrationMatcher {

    /** A step that became due, with the event that released it. */
    public record Due(int index, NarrationStep step, Event event) {}

    private final List<NarrationStep> steps;
    private int next;
    private int matchesOfNext;

    public NarrationMatcher(List<NarrationStep> steps) {
        this.steps = List.copyOf(steps);
    }

    /** Steps released by {@code events}, in order (empty when none). */
    public List<Due> feed(List<? extends Event> events) {
        List<Due> due = new ArrayList<>();
        for (Event e : events) {
            Due d = feed(e);
            if (d != null) {
                due.add(d);
            }
        }
        return due;
    }

    /** The step {@code e} releases, or null. One event releases at most one step. */
    public Due feed(Event e) {
        if (next >= steps.size()) {
            return null;
        }
        NarrationStep step = steps.get(next);
        if (!step.when().matches(e)) {
            return null;
        }
        matchesOfNext++;
        if (matchesOfNext < step.when().nth()) {
            return null;
        }
        Due d = new Due(next, step, e);
        next++;
        matchesOfNext = 0;
        return d;
    }

    /** How many steps have been released so far. */
    public int told() {
        return next;
    }

    /** Whether every step has been released. */
    public boolean finished() {
        return next == steps.size();
    }

    /** Back to the first step, for Reset and for scrubbing backwards (then feed the prefix again). */
    public void reset() {
        next = 0;
        matchesOfNext = 0;
    }
}
