package dev.spindle.app.lesson;

import dev.spindle.app.fold.GStatus;
import dev.spindle.app.fold.Goroutine;
import dev.spindle.app.fold.Lane;
import dev.spindle.app.fold.RunState;
import dev.spindle.scenario.Highlight;
import dev.spindle.scenario.NarrationMatcher;
import dev.spindle.scenario.NarrationStep;
import dev.spindle.trace.Event;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Follows the events as they are drawn and says which narration steps they release, with
 * the goroutines each step points at resolved at the moment of its event: {@code g} from
 * the event itself, {@code stolen} and {@code waiting} from a fold of the same events the
 * yard draws (so the tokens pointed at are the ones on screen). The fold is kept only when a
 * step needs it; lesson 8's hundred thousand goroutines are not folded twice for nothing.
 * No JavaFX: tests drive it with a whole event log.
 */
final class NarrationFollower {

    /** A step told by event {@code due.event()}, pointing at {@code goroutines}. */
    record Told(NarrationMatcher.Due due, Set<Long> goroutines) {
        NarrationStep step() {
            return due.step();
        }
    }

    private final List<NarrationStep> steps;
    private final NarrationMatcher matcher;
    private final boolean needsFold;
    private RunState fold = new RunState();

    NarrationFollower(List<NarrationStep> steps) {
        this.steps = List.copyOf(steps);
        this.matcher = new NarrationMatcher(steps);
        this.needsFold = steps.stream().flatMap(s -> s.goroutines().stream())
                .anyMatch(h -> h instanceof Highlight.Stolen || h instanceof Highlight.Waiting);
    }

    /** Back to the start of the run (Reset, Back, a seek): feed the prefix again afterwards. */
    void reset() {
        matcher.reset();
        fold = new RunState();
    }

    /** The steps {@code events} release, in order; events come in log order, without gaps. */
    List<Told> feed(List<? extends Event> events) {
        List<Told> told = new ArrayList<>();
        for (Event e : events) {
            NarrationMatcher.Due due = matcher.feed(e);
            Set<Long> before = due != null && e instanceof Event.Steal st && needsFold ? onLane(st.toP()) : Set.of();
            if (needsFold && e.seq() == fold.folded()) {
                fold.apply(e);
            }
            if (due != null) {
                told.add(new Told(due, resolve(due.step(), e, before)));
            }
        }
        return told;
    }

    /** Whether every step has been told. */
    boolean finished() {
        return matcher.finished();
    }

    int size() {
        return steps.size();
    }

    private Set<Long> resolve(NarrationStep step, Event e, Set<Long> thiefBefore) {
        Set<Long> ids = new LinkedHashSet<>();
        for (Highlight h : step.goroutines()) {
            switch (h) {
                case Highlight.Goroutine g -> ids.add(g.id());
                case Highlight.EventField f -> f.of(e).ifPresent(ids::add);
                case Highlight.Stolen s -> {
                    if (e instanceof Event.Steal st) {
                        Set<Long> now = onLane(st.toP());
                        now.removeAll(thiefBefore);
                        ids.addAll(now);
                    }
                }
                case Highlight.Waiting w -> {
                    for (Goroutine g : fold.goroutines()) {
                        if (g.status() == GStatus.WAITING) {
                            ids.add(g.id());
                        }
                    }
                }
            }
        }
        return ids;
    }

    /** Goroutines on P {@code p}'s lane: running, runnext and its local queue. */
    private Set<Long> onLane(int p) {
        Set<Long> ids = new LinkedHashSet<>();
        for (Lane l : fold.lanes()) {
            if (l.p() == p) {
                if (l.running() != 0) {
                    ids.add(l.running());
                }
                if (l.runnext() != 0) {
                    ids.add(l.runnext());
                }
                ids.addAll(l.local());
            }
        }
        return ids;
    }
}
