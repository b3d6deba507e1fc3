package dev.spindle.app.play;

import dev.spindle.lang.compile.Program;
import dev.spindle.runtime.Decision;
import dev.spindle.runtime.DecisionKind;
import dev.spindle.runtime.Schedule;
import dev.spindle.runtime.explore.GoalSearch;
import dev.spindle.scenario.Goal;
import dev.spindle.trace.Event;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * "You schedule" mode's model (the toolbar's toggle): the run on screen takes its choices
 * from the student through a {@link HandChooser}. Each time the engine would choose (with two
 * or more options) the run pauses, the screen shows everything up to the choice, and
 * {@link #pendingProperty()} holds it until {@link #pick}; the views light up its candidates.
 * "Let the scheduler choose" ({@link #letSchedulerChoose}) finishes the run with the seeded
 * policy; {@link #undo} takes the last decision back by running again from the decisions
 * before it (a replay is deterministic, so the run comes back to that choice). A lesson's
 * {@link Goal} is checked against the events on screen; "Show me" ({@link #showMe}) asks the
 * explorer's {@link GoalSearch} for the shortest decision list that reaches it and replays it.
 * FX thread only; the chooser hands its questions over through {@link UiThread}.
 */
public final class YouSchedule {
    /** Schedules "Show me" tries at most (the levels need a few dozen). */
    static final int SEARCH_RUNS = 5_000;

    private final Playback playback;
    private final BooleanProperty active = new SimpleBooleanProperty(this, "active");
    private final ObjectProperty<Goal> goal = new SimpleObjectProperty<>(this, "goal");
    private final ReadOnlyObjectWrapper<HandChooser.Ask> pending = new ReadOnlyObjectWrapper<>(this, "pending");
    private final IntegerProperty focus = new SimpleIntegerProperty(this, "focus");
    private final ReadOnlyIntegerWrapper used = new ReadOnlyIntegerWrapper(this, "used");
    private final ReadOnlyBooleanWrapper reached = new ReadOnlyBooleanWrapper(this, "reached");
    private final ReadOnlyStringWrapper token = new ReadOnlyStringWrapper(this, "token", "");
    private final ReadOnlyObjectWrapper<GoalSearch.Result> answer = new ReadOnlyObjectWrapper<>(this, "answer");
    private final ReadOnlyBooleanWrapper searching = new ReadOnlyBooleanWrapper(this, "searching");
    /** The chooser of the run on screen (null when the run is not the student's). */
    private HandChooser current;
    /** The decisions the next chooser takes without asking (an undo's replay). */
    private int[] nextPrefix = new int[0];
    /** Follows the events on screen towards the goal. */
    private dev.spindle.scenario.NarrationMatcher goalMatcher;
    private GoalSearch search;

    public YouSchedule(Playback playback) {
        this.playback = playback;
        active.addListener((obs, was, now) -> {
            if (now) {
                begin(new int[0]);
            } else {
                leave();
            }
        });
        // A new program (a lesson, Run on edited code) or a seeded run while the mode is on: the student schedules it.
        playback.loadedProperty().addListener((obs, was, now) -> {
            if (now && active.get() && !playback.choosing() && playback.scheduleProperty().get() == null) {
                // After the load that told us has finished (never a load inside a load).
                javafx.application.Platform.runLater(() -> {
                    if (active.get() && playback.loadedProperty().get() && !playback.choosing()
                            && playback.scheduleProperty().get() == null) {
                        begin(new int[0]);
                    }
                });
            }
        });
        playback.addShownListener(this::shown);
        goal.addListener((obs, was, now) -> {
            answer.set(null);
            // The new goal is followed from the run's start: the events on screen so far first.
            shown(playback.events().subList(0, playback.cursorProperty().get()), true);
        });
    }

    // ---- what the student does ---------------------------------------------------------

    /** Takes option {@code option} of the choice on screen; the run goes on to the next choice. */
    public void pick(int option) {
        HandChooser.Ask ask = pending.get();
        if (ask == null || current == null || option < 0 || option >= ask.decision().options()) {
            return;
        }
        if (current.answer(ask.index(), option)) {
            pending.set(null);
            used.set(used.get() + 1);
            go();
        }
    }

    /** Picks the option whose goroutine is {@code g} (a click on its token); false when {@code g} is no candidate. */
    public boolean pickGoroutine(long g) {
        int option = optionOf(g);
        if (option < 0) {
            return false;
        }
        pick(option);
        return true;
    }

    /** Tab: the next candidate gets the focus ring (Enter picks it). */
    public void focusNext() {
        HandChooser.Ask ask = pending.get();
        if (ask != null) {
            focus.set((focus.get() + 1) % ask.decision().options());
        }
    }

    /** Enter: picks the focused candidate. */
    public void pickFocused() {
        pick(focus.get());
    }

    /** "Let the scheduler choose": the seeded policy makes this choice and every later one, and the run plays to its end. */
    public void letSchedulerChoose() {
        if (current == null) {
            return;
        }
        current.auto();
        pending.set(null);
        go();
    }

    /**
     * Back: takes the last decision the student made back. The run starts again and replays
     * the decisions before it without asking, so the screen comes back to that choice.
     */
    public void undo() {
        if (current == null) {
            return;
        }
        int hand = current.byHand();
        if (hand == 0) {
            return;
        }
        int[] taken = current.taken();
        begin(java.util.Arrays.copyOf(taken, hand - 1));
    }

    /** Starts the student's run of the program on screen again, from its first choice. */
    public void restart() {
        begin(new int[0]);
    }

    /**
     * "Show me": searches (on a background thread) for the shortest list of decisions that
     * reaches the goal, shows it ({@link #answerProperty()}) and replays it in the yard.
     */
    public void showMe() {
        Goal g = goal.get();
        Program program = playback.program();
        if (g == null || program == null || searching.get()) {
            return;
        }
        int procs = playback.startProcs();
        GoalSearch s = new GoalSearch(program, procs, g::reachedBy, SEARCH_RUNS);
        search = s;
        searching.set(true);
        answer.set(null);
        Thread.ofPlatform().name("spindle-show-me").daemon(true).start(() -> {
            GoalSearch.Result r = s.run();
            UiThread.post(() -> {
                if (search != s) {
                    return;
                }
                search = null;
                searching.set(false);
                answer.set(r);
                if (r.found()) {
                    replayAnswer(program, r.schedule());
                }
            });
        });
    }

    private void replayAnswer(Program program, Schedule schedule) {
        release();
        playback.load(program, schedule);
        playback.runToEnd();
    }

    // ---- the run -------------------------------------------------------------------------

    private void begin(int[] prefix) {
        Program program = playback.program();
        if (program == null) {
            return;
        }
        nextPrefix = prefix;
        int procs = playback.startProcs();
        long seed = playback.seed();
        playback.load(program, seed, procs, this::newChooser);
    }

    /** Makes the chooser of a new run (also on Reset); the playback asks for it. */
    private HandChooser newChooser() {
        release();
        int[] prefix = nextPrefix;
        nextPrefix = new int[0];
        HandChooser[] made = new HandChooser[1];
        made[0] = new HandChooser(prefix, playback.seed(), ask -> UiThread.post(() -> asked(made[0], ask)));
        current = made[0];
        pending.set(null);
        used.set(prefix.length);
        token.set("");
        // Once the playback has started the run (also after its Reset): on to the first choice.
        javafx.application.Platform.runLater(() -> {
            if (current == made[0] && active.get()) {
                go();
            }
        });
        return made[0];
    }

    /** The mode is switched off: the program runs as the seed has it again. */
    private void leave() {
        release();
        current = null;
        pending.set(null);
        Program program = playback.program();
        if (program != null && playback.choosing()) {
            playback.load(program, playback.seed(), playback.startProcs());
        }
    }

    private void release() {
        if (search != null) {
            search.stop();
            search = null;
            searching.set(false);
        }
        pending.set(null);
    }

    /** Plays flat out to the next choice (the engine stops there by itself) or the end. */
    private void go() {
        playback.runToEnd();
        updateToken();
    }

    /** A choice waits: the screen shows everything before it and the candidates light up. FX thread. */
    private void asked(HandChooser from, HandChooser.Ask ask) {
        if (from != current) {
            return; // a run replaced meanwhile
        }
        playback.showLatest();
        focus.set(0);
        pending.set(ask);
        updateToken();
    }

    private void updateToken() {
        if (current != null) {
            token.set(current.schedule(playback.startProcs(), playback.seed()).token());
        }
    }

    private void shown(List<Event> events, boolean fromStart) {
        Goal g = goal.get();
        if (fromStart) {
            goalMatcher = g == null ? null : g.matcher();
            reached.set(false);
        }
        if (goalMatcher == null || reached.get()) {
            return;
        }
        for (Event e : events) {
            goalMatcher.feed(e);
            if (goalMatcher.finished()) {
                reached.set(true);
                updateToken();
                return;
            }
        }
    }

    // ---- what the views read ---------------------------------------------------------------

    /** The option whose goroutine is {@code g} in the choice on screen, -1 when none. */
    public int optionOf(long g) {
        HandChooser.Ask ask = pending.get();
        long[] gs = ask == null ? null : ask.decision().goroutines();
        if (gs == null) {
            return -1;
        }
        for (int i = 0; i < gs.length; i++) {
            if (gs[i] == g) {
                return i;
            }
        }
        return -1;
    }

    /** The goroutines the choice on screen is between (their tokens light up); empty when it is not about goroutines. */
    public List<Long> candidates() {
        HandChooser.Ask ask = pending.get();
        List<Long> out = new ArrayList<>();
        if (ask != null && ask.decision().goroutines() != null) {
            for (long g : ask.decision().goroutines()) {
                out.add(g);
            }
        }
        return out;
    }

    /** The question a choice asks, in a few words. */
    public static String question(Decision d) {
        return switch (d.kind()) {
            case NEXT_OP -> "Whose next step goes first?";
            case RUN_NEXT -> "Which goroutine runs next?";
            case SELECT_CASE -> "Which ready case of the select fires?";
            case WAKE_LATENCY -> "An idle P: does it wake now or later?";
            case TIE_ORDER -> "Which P goes first?";
            case STEAL_ORDER -> "In which order does the P look for work to steal?";
        };
    }

    /** The labels of the decisions taken so far in the student's run. */
    public List<String> decisions() {
        return current == null ? List.of() : current.labels();
    }

    /** The mode's switch (the toolbar's "You schedule"). */
    public BooleanProperty activeProperty() { return active; }
    /** The level's goal, null when the program has none (the mode still works: free play). */
    public ObjectProperty<Goal> goalProperty() { return goal; }
    /** The choice waiting for the student, null while the run goes on (or has ended). */
    public ReadOnlyObjectProperty<HandChooser.Ask> pendingProperty() { return pending.getReadOnlyProperty(); }
    /** Which option Tab has reached. */
    public IntegerProperty focusProperty() { return focus; }
    /** How many decisions the student has made in this run. */
    public ReadOnlyIntegerProperty usedProperty() { return used.getReadOnlyProperty(); }
    /** Whether the events on screen have reached the goal. */
    public ReadOnlyBooleanProperty reachedProperty() { return reached.getReadOnlyProperty(); }
    /** The student's decisions so far as a schedule token ({@code spindle run --schedule}). */
    public ReadOnlyStringProperty tokenProperty() { return token.getReadOnlyProperty(); }
    /** What "Show me" found, null before. */
    public ReadOnlyObjectProperty<GoalSearch.Result> answerProperty() { return answer.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty searchingProperty() { return searching.getReadOnlyProperty(); }

    /** Stops a search (the window calls it on close); the playback releases the run itself. */
    public void dispose() {
        release();
    }
}
