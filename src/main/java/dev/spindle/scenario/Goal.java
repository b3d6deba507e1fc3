package dev.spindle.scenario;

import dev.spindle.trace.Event;
import java.util.List;

/**
 * A level's goal in "You schedule" mode: the student makes the scheduler's choices and tries
 * to make the run reach an event ({@code print text~"balance 10"}, {@code deadlock},
 * {@code panic}), e.g. "Make the update get lost". The patterns are the narration's language,
 * so a goal is checked against the events on screen exactly as narration is; several
 * patterns must match in that order ("the 1st goroutine prints, then the 2nd"), each counting
 * its {@code nth} match from the event after the previous one's.
 *
 * @param when the events that reach the goal, in order (at least one)
 * @param say  the goal as the panel states it, a short sentence
 */
public record Goal(List<EventPattern> when, String say) {

    public Goal {
        when = List.copyOf(when);
        if (when.isEmpty()) {
            throw new IllegalArgumentException("a goal needs at least one event pattern");
        }
    }

    /** Follows a run's events, in order, and says when the goal is reached. */
    public NarrationMatcher matcher() {
        return new NarrationMatcher(when.stream().map(p -> new NarrationStep(p, say, List.of(), List.of())).toList());
    }

    /** Whether the run whose events (from its start) are {@code events} has reached the goal. */
    public boolean reachedBy(List<? extends Event> events) {
        NarrationMatcher m = matcher();
        for (Event e : events) {
            m.feed(e);
            if (m.finished()) {
                return true;
            }
        }
        return false;
    }

    /** The patterns as lesson.yaml writes them, joined with "then". */
    @Override
    public String toString() {
        return String.join(" then ", when.stream().map(EventPattern::toString).toList()) + ": " + say;
    }
}
