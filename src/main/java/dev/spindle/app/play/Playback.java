package dev.spindle.app.play;

import dev.spindle.app.fold.RunState;
import dev.spindle.app.fold.Timeline;
import dev.spindle.lang.compile.Program;
import dev.spindle.runtime.Engine;
import dev.spindle.runtime.EngineConfig;
import dev.spindle.runtime.RunResult;
import dev.spindle.runtime.Schedule;
import dev.spindle.trace.Event;
import java.io.OutputStream;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleLongProperty;

/**
 * One run on screen: the engine on its carriers, the event log folded into the shown state
 * by an {@link AnimationTimer} at the chosen speed. FX thread only, except that the engine
 * runs on its own threads and is only ever told things (never waited for).
 *
 * <p>The shown state is a cursor into the log: Play moves it forward at {@code speed}
 * events per second, Step by one, Back refolds from the nearest snapshot. The engine is
 * kept a little ahead of the cursor (a quarter second of playback, at most
 * {@link #LIVE_CHANGE_AHEAD} events) through its pacer, so that a program in an infinite loop neither runs away nor
 * fills memory while nobody watches, and a cores change reaches the run at the moment on
 * screen ({@link #setProcs}); flat out it runs at most a pulse's folding ahead of the
 * cursor ({@link #flatOutAhead}), which follows the log's end.
 */
public final class Playback {
    /**
     * At human speeds the engine runs at most this many seconds of playback ahead (at least
     * {@link #LOOKAHEAD_MIN}, at most {@link #LIVE_CHANGE_AHEAD} events): close enough that a
     * cores change handed to the running engine lands a few events after the one on screen,
     * whatever speed the screen had when the engine ran ahead (was up to 256 events: a change
     * after lowering the speed then needed a replay, as long as the run so far).
     */
    private static final double LOOKAHEAD_SECONDS = 0.25;
    private static final int LOOKAHEAD_MIN = 4;
    /**
     * A cores change goes to the running engine when it is at most this many events ahead of
     * the screen (it lands at the end of the boundary the engine stands at) or plays flat out;
     * further ahead (after Back, or after the engine ended) the run is replayed to the event
     * on screen instead ({@link CoresReplay}).
     */
    static final int LIVE_CHANGE_AHEAD = 16;
    /**
     * Folding stops for this pulse after this long (flat out with many goroutines); the rest
     * waits for the next pulse. With the views' one update per pulse, the FX thread stays well
     * within a 60 Hz frame, so input is handled at once even while 100,000 goroutines run.
     */
    static final long PULSE_BUDGET_NANOS = 6_000_000;
    /** Events folded between looks at the clock. */
    private static final int CHUNK = 256;
    /**
     * Flat out the engine runs at least this many events ahead of the screen ({@link #flatOutAhead}):
     * a chunk, about a pulse's folding in a JVM that has not compiled the fold yet.
     */
    static final int FLAT_OUT_AHEAD_MIN = CHUNK;

    private final EngineFactory engines;
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");
    private final ReadOnlyLongWrapper lanesRevision = new ReadOnlyLongWrapper(this, "lanesRevision");
    private final ReadOnlyIntegerWrapper cursor = new ReadOnlyIntegerWrapper(this, "cursor");
    private final ReadOnlyIntegerWrapper known = new ReadOnlyIntegerWrapper(this, "known");
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final ReadOnlyBooleanWrapper finished = new ReadOnlyBooleanWrapper(this, "finished");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");
    private final ReadOnlyIntegerWrapper pendingCores = new ReadOnlyIntegerWrapper(this, "pendingCores");
    private final ReadOnlyBooleanWrapper replaying = new ReadOnlyBooleanWrapper(this, "replaying");
    private final ReadOnlyLongWrapper wallNanos = new ReadOnlyLongWrapper(this, "wallNanos");
    private final DoubleProperty speed = new SimpleDoubleProperty(this, "speed", Speed.eventsPerSecond(Speed.DEFAULT_POSITION));
    /** Whether runs are made with the race detector on (the toolbar's toggle; a lesson may ask for it). */
    private final javafx.beans.property.BooleanProperty detectRaces =
            new javafx.beans.property.SimpleBooleanProperty(this, "detectRaces", false);
    private final LongProperty selectedGoroutine = new SimpleLongProperty(this, "selectedGoroutine");
    private final LongProperty hoveredGoroutine = new SimpleLongProperty(this, "hoveredGoroutine");
    private long runId;

    private Program program;
    /** The schedule the run on screen replays (an explored outcome), null for a seeded run. */
    private final javafx.beans.property.ReadOnlyObjectWrapper<Schedule> schedule =
            new javafx.beans.property.ReadOnlyObjectWrapper<>(this, "schedule");
    private long seed;
    private int startProcs;
    private Engine engine;
    private final CoresReplay replay = new CoresReplay();
    /** Cores a change handed to the running engine goes to, until its ProcResize is shown (0: none). */
    private int liveChange;
    /** The cursor moved (in a pulse, or a cores change flat out) and the views have not been told yet. */
    private boolean unpainted;
    /**
     * A scene calls {@link #beforeLayout} at every pulse: the views are told there, once,
     * after everything the pulse's animations did (a pulse's frame, then perhaps a cores
     * change made by the hand, a lesson's script or a test in the same pulse), not in the
     * frame. Without a scene (never shown) they are told by the frame.
     */
    private boolean toldBeforeLayout;
    /** This pulse shows a cores change: the yard draws its lanes alone, the other views are told at the next pulse. */
    private boolean lanesShownThisPulse;
    /** Boundaries the engine ran without logging the pending live change. */
    private int heldForChange;
    /** The engine stands held for the pending live change (flat out), not running on. */
    private boolean heldAtChange;
    private Timeline timeline = new Timeline(256);
    /** The shown state: the timeline's head while the cursor is at its end, else a detached refold (after Back). */
    private RunState shown = timeline.head();
    private double credit;
    private long lastFrame;
    private int pendingSteps;
    private boolean engineFlatOut;
    /** What folding one event took lately (nanoseconds, a moving average of folds of a chunk or more; 0: not timed yet). */
    private double foldNanosPerEvent;
    /**
     * How many events of the run's setup are shown: what is logged before any goroutine runs
     * (GOMAXPROCS, main's creation).
     */
    private int setupEnd;
    private final java.util.List<ShownListener> shownListeners = new java.util.ArrayList<>();
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            frame(now);
        }
    };

    public Playback(EngineFactory engines) {
        this.engines = engines;
        speed.addListener((obs, was, now) -> {
            if (isPlaying()) {
                feedEngine();
            }
        });
    }

    // ---- controls --------------------------------------------------------------------

    /**
     * Starts a new run of {@code program}, paused before its first goroutine event: its setup
     * (GOMAXPROCS) is shown as soon as it is logged, so the yard has a lane per core at once.
     */
    public void load(Program program, long seed, int procs) {
        start(program, seed, procs, null);
    }

    /**
     * Starts a new run of {@code program} that replays {@code schedule} (an outcome the
     * explorer found): the same run, decision for decision, at the schedule's GOMAXPROCS,
     * paused before its first goroutine event as {@link #load} is. Reset replays it again.
     */
    public void load(Program program, Schedule schedule) {
        start(program, schedule.seed(), schedule.procs(), schedule);
    }

    /**
     * Starts a new run of {@code program} whose every choice is made by a chooser that
     * {@code choosing} makes ("You schedule" mode: a person's choices), paused as {@link #load}
     * is. Reset asks {@code choosing} for a fresh chooser. A chooser that is a
     * {@link HandChooser} is released whenever its run is stopped, so that an engine waiting
     * for a pick never outlives its run.
     */
    public void load(Program program, long seed, int procs, java.util.function.Supplier<dev.spindle.runtime.Chooser> choosing) {
        startChoosing(program, seed, procs, choosing);
    }

    private void startChoosing(Program program, long seed, int procs, java.util.function.Supplier<dev.spindle.runtime.Chooser> choosing) {
        start(program, seed, procs, null, choosing);
    }

    /** Makes the choosers of the run on screen ("You schedule"), null otherwise. */
    private java.util.function.Supplier<dev.spindle.runtime.Chooser> choosing;
    /** The chooser of the run on screen when {@link #choosing} made it. */
    private dev.spindle.runtime.Chooser liveChooser;

    private void start(Program program, long seed, int procs, Schedule replaying) {
        start(program, seed, procs, replaying, null);
    }

    private void start(Program program, long seed, int procs, Schedule replaying,
                       java.util.function.Supplier<dev.spindle.runtime.Chooser> hand) {
        stopEngine();
        choosing = hand; // a run of any other kind is not chosen by hand
        replay.reset();
        this.replaying.set(false);
        liveChange = 0;
        pendingCores.set(0);
        this.program = program;
        this.seed = seed;
        this.latestSeed = seed;
        this.startProcs = procs;
        this.schedule.set(replaying);
        timeline = new Timeline(256);
        runId++;
        selectedGoroutine.set(0);
        hoveredGoroutine.set(0);
        shown = timeline.head();
        cursor.set(0);
        setupEnd = 0;
        shownListeners.forEach(l -> l.shown(List.of(), true));
        known.set(0);
        pendingSteps = 0;
        playing.set(false);
        finished.set(false);
        problem.set(null);
        wallNanos.set(0);
        try {
            EngineConfig config = EngineConfig.of(procs, seed, OutputStream.nullOutputStream(), OutputStream.nullOutputStream());
            if (hand != null) {
                liveChooser = hand.get();
                engine = engines.createChoosing(program, config, liveChooser, detectRaces.get());
            } else if (replaying != null) {
                engine = engines.createReplaying(program, config, replaying, detectRaces.get());
            } else {
                engine = detectRaces.get() ? engines.createWithRaceDetector(program, config) : engines.create(program, config);
            }
            engine.pacer().pause();
            engineFlatOut = false;
            engine.start();
            loaded.set(true);
        } catch (RuntimeException e) {
            engine = null;
            loaded.set(false);
            problem.set(e.getMessage() != null ? e.getMessage() : e.toString());
        }
        timer.start();
        changed();
    }

    /** The same program, the seed chosen last and the starting cores (or the same schedule) again, from the beginning. */
    public void reset() {
        if (program != null && choosing != null) {
            startChoosing(program, latestSeed, startProcs, choosing);
        } else if (program != null) {
            start(program, latestSeed, startProcs, schedule.get());
        }
    }

    /** Whether the run on screen takes its choices from a chooser given to {@link #load(Program, long, int, java.util.function.Supplier)}. */
    public boolean choosing() {
        return choosing != null;
    }

    /**
     * Pauses and shows at once every event the engine has logged (a run waiting for a
     * person's choice has logged everything before it): the screen stands at the choice.
     */
    public void showLatest() {
        pause();
        if (engine == null || replay.pending()) {
            return;
        }
        int before = cursor.get();
        if (before < timeline.size()) {
            seek(timeline.size());
            before = cursor.get();
        }
        advance(Integer.MAX_VALUE, Long.MAX_VALUE);
        known.set(Math.max(timeline.size(), engine.log().size()));
        notifyShown(before, cursor.get());
        changed();
    }

    /**
     * Another seed. Mid-run the run goes on from the event on screen with the new seed's
     * choices, as a cores change does: it is replayed with the old seed up to the boundary
     * that logged that event ({@link CoresReplay}), and the scheduler draws from the new seed
     * from there (wake-ups, ties, steal order, select; map order and math/rand keep the
     * first seed's per-goroutine streams, drawn while goroutines run). Before anything ran,
     * at the end, or on a replayed schedule: a new run with {@code newSeed} and {@code procs}.
     */
    public void reseed(long newSeed, int procs) {
        if (program == null) {
            return;
        }
        if (choosing != null) {
            startChoosing(program, newSeed, procs, choosing); // "You schedule": a new hand run with that seed
            return;
        }
        if (schedule.get() != null || cursor.get() <= setupEnd || shown.ended() || engine == null && !replay.pending()) {
            load(program, newSeed, procs);
            return;
        }
        if (newSeed == latestSeed) {
            load(program, newSeed, procs); // Enter on the same seed: the run again, from the start
            return;
        }
        liveChange = 0;
        pendingCores.set(0);
        // The old engine's future is not the run's any more; its log up to the screen is kept.
        stopEngine();
        loaded.set(true);
        engineFlatOut = false;
        try {
            replay.startReseed(engines, program, seed, startProcs, detectRaces.get(), newSeed, cursor.get());
            latestSeed = newSeed;
            replaying.set(true);
        } catch (RuntimeException e) {
            problem.set(e.getMessage() != null ? e.getMessage() : e.toString());
        }
    }

    /** The seed chosen last: the run's first seed, or one given mid-run (a replay keeps the first). */
    private long latestSeed;

    public void play() {
        if ((engine == null && !replay.pending()) || finished.get()) {
            return;
        }
        lastFrame = 0;
        playing.set(true);
        if (isPlaying()) { // a listener may have said no (a lesson asking for a prediction first)
            feedEngine();
        }
    }

    /** Stops the shown cursor at once and the engine at its next round boundary. */
    public void pause() {
        boolean was = playing.get();
        playing.set(false);
        restoreSpeed();
        pendingSteps = 0;
        if (engine != null) {
            engine.pacer().pause();
            engineFlatOut = false;
        }
        if (was) {
            changed(); // views that update less often while flat out catch up at once
        }
    }

    public void togglePlay() {
        if (isPlaying()) {
            pause();
        } else {
            play();
        }
    }

    /** One event forward (asking the engine for it if it has not happened yet). */
    public void step() {
        if (engine == null) {
            return;
        }
        pause();
        if (shown.ended()) {
            return;
        }
        int before = cursor.get();
        if (before < timeline.size() || before < engine.log().size()) {
            advance(1, Long.MAX_VALUE);
            notifyShown(before, cursor.get());
            changed();
        } else {
            pendingSteps = 1;
            engine.pacer().runUntilNextEvent();
        }
    }

    /** Whether the next run is made with the race detector on; changing it does not restart the run. */
    public javafx.beans.property.BooleanProperty detectRacesProperty() {
        return detectRaces;
    }

    /**
     * "Go to the race": pauses and shows the state right after the first data race the run
     * has reported so far. False when none is known yet.
     */
    public boolean seekToRace() {
        List<Event> events = timeline.events();
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) instanceof Event.DataRace) {
                pause();
                seek(i + 1);
                return true;
            }
        }
        return false;
    }

    /** One event back: a refold from the nearest snapshot. */
    public void back() {
        if (cursor.get() > 0 && !replay.pending()) {
            pause();
            seek(cursor.get() - 1);
        }
    }

    /** Shows the state after the first {@code n} known events. */
    public void seek(int n) {
        if (replay.pending()) {
            return; // the screen goes on from the change in a moment; a seek then would be lost
        }
        int target = Math.max(0, Math.min(n, timeline.size()));
        // At the timeline's end the head is the state to show; anywhere else a refold from a snapshot.
        shown = target == timeline.size() ? timeline.head() : timeline.stateAt(target);
        cursor.set(target);
        List<Event> prefix = timeline.events().subList(0, target);
        shownListeners.forEach(l -> l.shown(prefix, true));
        finished.set(shown.ended());
        changed();
    }

    /**
     * Plays flat out until the end. The speed the user chose comes back when the run ends or
     * is paused, so that the next Play (after Reset, or on the next lesson) is not flat out.
     */
    public void runToEnd() {
        if (!Double.isInfinite(speed.get())) {
            speedBeforeRunToEnd = speed.get();
        }
        speed.set(Speed.FLAT_OUT);
        play();
    }

    /** The speed to restore after Run to end (NaN: none). */
    private double speedBeforeRunToEnd = Double.NaN;

    /**
     * Changes GOMAXPROCS at the event on screen (no-op when the shown state is the run's end).
     * Before any goroutine has run on screen, the run starts again with {@code n} Ps instead:
     * a change before the program starts is a run that started so, and the lanes change at
     * once. Mid-run the run is replayed up to the shown event with the change there
     * ({@link CoresReplay}); the picture waits for the replay, then goes on from the change,
     * which is an event of the log ({@code ProcResize}), so Back past it shows the old cores.
     */
    public void setProcs(int n) {
        if (program != null && choosing != null) {
            // A person's choices are made at these cores: other cores are a new run, chosen afresh.
            if (n != startProcs) {
                startChoosing(program, seed, n, choosing);
            }
            return;
        }
        if (program != null && schedule.get() != null) {
            // A schedule's decisions are made at its own GOMAXPROCS: other cores are another run, a seeded one.
            if (n != startProcs) {
                load(program, seed, n);
            }
            return;
        }
        if (program != null && cursor.get() <= setupEnd) {
            if (n != startProcs) {
                load(program, seed, n);
            }
            return;
        }
        int pending = replay.pending() ? replay.cores() : liveChange;
        if (program == null || shown.ended() || n == (pending > 0 ? pending : shown.procs())) {
            return;
        }
        int at = cursor.get();
        if (!replay.pending() && engine != null && at == timeline.size()
                && (engine.log().size() - at <= LIVE_CHANGE_AHEAD || flatOut() && !runEnded())) {
            // The engine is a few events ahead: its next boundary is the moment on screen, give or
            // take a round. Flat out the screen shows whatever the engine has logged at every
            // frame, so its next boundary is the next frame's picture; a replay would instead
            // interpret the whole run so far again (as long as the run has lasted) before the
            // lanes could change.
            engine.setMaxProcsAfterEvents(n, 0, 0); // at the end of the boundary it stands at, or of the round under way
            heldAtChange = false;
            if (flatOut()) {
                // Held at the boundary that makes the change until the screen has shown it
                // (showLiveChange, then feedEngine lets it run flat out again): flat out the
                // carriers would otherwise take every core from the FX thread, and the frame
                // that shows the change would also fold and draw a frame's worth of later events.
                engine.pacer().runUntilNextEvent();
                engineFlatOut = false;
                heldAtChange = true;
                // Flat out the engine has run on since this pulse's picture (hundreds of events
                // in a chatty run): the screen shows what it has logged now, at once, as the next
                // frame would have, so that the change follows the events on screen, not a
                // frame's worth of events the class never saw.
                // All of it, not a pulse's budget: in a cold JVM a pulse folds one chunk, and the
                // change would then land hundreds of events past the picture the class saw.
                int before = cursor.get();
                advance(Integer.MAX_VALUE, Long.MAX_VALUE);
                notifyShown(before, cursor.get());
                // Not drawn until the change is logged (paint): the frame the class waits for
                // draws the new lanes alone, the rest of the picture follows a pulse later.
                unpainted = true;
            } else if (engine.pacer().isPaused()) {
                engine.pacer().runUntilNextEvent(); // now, not at the next pulse: the change is made as it goes on
            }
            liveChange = n;
            heldForChange = 0;
            pendingCores.set(n);
            return;
        }
        liveChange = 0;
        // The old engine's future is not the run's any more; its log up to the screen is kept.
        stopEngine();
        loaded.set(true);
        engineFlatOut = false;
        try {
            replay.start(engines, program, seed, startProcs, detectRaces.get(), n, at);
            pendingCores.set(n);
            replaying.set(true);
        } catch (RuntimeException e) {
            problem.set(e.getMessage() != null ? e.getMessage() : e.toString());
        }
    }

    /**
     * Called before each pulse's CSS and layout (the window's scene listens): a cores change
     * handed to the running engine during this pulse's animations (after {@link #frame} had
     * run) that the engine has logged by now is shown in this very frame, lanes first, the
     * other views at the next pulse; else the next pulse's {@link #frame} looks again. Never
     * waits for the engine: it only looks at what is logged. Then the views are told about
     * what the pulse showed ({@link #paint}): here, not in the frame, so that a change made
     * after the frame in the same pulse decides what this frame lays out and draws (a cold
     * flat-out frame of every view cost 100-300 ms of CSS and layout, and as much again of
     * rendering, before the lanes could follow).
     */
    public void beforeLayout() {
        toldBeforeLayout = true;
        if (liveChange > 0 && !replay.pending() && engine != null && changeLogged()) {
            int before = cursor.get();
            if (showLiveChange()) {
                notifyShown(before, cursor.get());
                unpainted = true;
                lanesShownThisPulse = true;
                lanesRevision.set(lanesRevision.get() + 1);
            }
        }
        if (unpainted) {
            paint();
        }
        lanesShownThisPulse = false;
    }

    /** Whether the pending live change (or the run's end) is in the engine's log past the cursor. */
    private boolean changeLogged() {
        for (Event e : engine.log().since(cursor.get())) {
            if (e instanceof Event.ProcResize r && r.newProcs() == liveChange || e instanceof Event.End) {
                return true;
            }
        }
        return false;
    }

    /**
     * Shows a change handed to the running engine as soon as it is logged: the events before
     * it (the engine's next round, a few) are folded at once, whatever the speed, so the lanes
     * change within a frame or two of the release.
     */
    private boolean showLiveChange() {
        if (engine == null || shown.ended()) {
            liveChange = 0;
            pendingCores.set(0);
            return false;
        }
        List<Event> fresh = engine.log().since(cursor.get());
        for (int i = 0; i < fresh.size(); i++) {
            if (fresh.get(i) instanceof Event.ProcResize r && r.newProcs() == liveChange || fresh.get(i) instanceof Event.End) {
                if (fresh.get(i) instanceof Event.ProcResize r) {
                    // A later replay must make the same change at the same point.
                    replay.record(engine.log().snapshot(), cursor.get() + i, r.newProcs());
                }
                advance(i + 1, Long.MAX_VALUE);
                liveChange = 0;
                pendingCores.set(0);
                return true;
            }
        }
        // Held, the engine logs nothing past the change; a few boundaries without it mean there
        // was nothing to change. Running on, many events without it mean the same.
        if (heldForChange > 4 || !heldAtChange && fresh.size() > 4 * LIVE_CHANGE_AHEAD) {
            liveChange = 0; // the engine had nothing to change (the program set the same cores itself)
            pendingCores.set(0);
        } else if (engine.pacer().isPaused()) {
            // Flat out the engine stands held for the change: a boundary that did not make it
            // (a goroutine's operation applied first) is followed by the one that does; after a
            // few, the engine had nothing to change.
            heldForChange++;
            engine.pacer().runUntilNextEvent();
        }
        return false;
    }

    /**
     * Takes the replay's run once it has logged the change: the timeline keeps the events both
     * runs share, takes the replay's from where they part (the change's boundary), and the
     * screen shows up to the change's boundary's end, at once.
     */
    private void takeReplay() {
        boolean reseed = replay.cores() == 0;
        int at = replay.shownAtRelease();
        Engine ready = replay.ready();
        if (ready == null) {
            return;
        }
        replaying.set(false);
        List<Event> fresh = ready.log().snapshot();
        int common = 0;
        int limit = Math.min(fresh.size(), timeline.size());
        while (common < limit && fresh.get(common).equals(timeline.event(common))) {
            common++;
        }
        timeline.truncate(common);
        timeline.append(fresh.subList(common, fresh.size()));
        engine = ready;
        engine.runEveryRoundInline(false); // from here on a run like any other
        engine.pacer().pause();
        engineFlatOut = false;
        pendingCores.set(0);
        // A cores change shows its boundary's end, the change included; a new seed changes
        // nothing on screen: the picture stays at the event it showed.
        int target = reseed ? Math.min(at, timeline.size()) : timeline.size();
        shown = target == timeline.size() ? timeline.head() : timeline.stateAt(target);
        cursor.set(target);
        known.set(timeline.size());
        finished.set(shown.ended());
        List<Event> prefix = timeline.events().subList(0, target);
        shownListeners.forEach(l -> l.shown(prefix, true));
        if (isPlaying()) {
            lastFrame = 0;
            credit = 0;
            feedEngine();
        }
        changed();
    }

    /** Ends the run's threads; the window calls it on close. */
    public void dispose() {
        timer.stop();
        replay.cancel();
        stopEngine();
    }

    /**
     * Told about every event as it reaches the screen, in order (FX thread): {@code fromStart}
     * means "forget what you saw, here is the whole prefix" (after Back, a seek or a new run).
     * The lesson panel's narration listens here.
     */
    @FunctionalInterface
    public interface ShownListener {
        void shown(List<Event> events, boolean fromStart);
    }

    public void addShownListener(ShownListener l) {
        shownListeners.add(l);
    }

    public void removeShownListener(ShownListener l) {
        shownListeners.remove(l);
    }

    // ---- what views read -----------------------------------------------------------------

    /** The shown state. Views read it on the FX thread when {@link #revisionProperty()} changes; never modify it. */
    public RunState state() {
        return shown;
    }

    /** Every known event (read-only), for the event log. */
    public List<Event> events() {
        return timeline.events();
    }

    /** Counts changes of the shown state. */
    public ReadOnlyLongProperty revisionProperty() { return revision.getReadOnlyProperty(); }

    /**
     * Changes when a pulse shows a cores change ahead of the other views: the yard draws its
     * lanes at once; {@link #revisionProperty()} follows at the next pulse. FX thread.
     */
    public ReadOnlyLongProperty lanesRevisionProperty() { return lanesRevision.getReadOnlyProperty(); }
    /** How many events the shown state has folded. */
    public ReadOnlyIntegerProperty cursorProperty() { return cursor.getReadOnlyProperty(); }
    /** How many events the engine has produced so far (as far as the UI has read). */
    public ReadOnlyIntegerProperty knownProperty() { return known.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty playingProperty() { return playing.getReadOnlyProperty(); }
    public boolean isPlaying() { return playing.get(); }
    /** True while a run exists (a program compiled and its engine started). */
    public ReadOnlyBooleanProperty loadedProperty() { return loaded.getReadOnlyProperty(); }
    /** True when the shown state is the run's end. */
    public ReadOnlyBooleanProperty finishedProperty() { return finished.getReadOnlyProperty(); }
    /** Why a run could not start, null when fine. */
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }
    /** Wall-clock time the engine spent running this run (its pauses left out), set when the run has ended; 0 before. */
    public ReadOnlyLongProperty wallNanosProperty() { return wallNanos.getReadOnlyProperty(); }
    /** True while a replay catches up with the screen for a cores or seed change mid-run (the picture waits). */
    public ReadOnlyBooleanProperty replayingProperty() { return replaying.getReadOnlyProperty(); }
    /** The cores a change waits for while its replay catches up with the screen (0: none pending). */
    public ReadOnlyIntegerProperty pendingCoresProperty() { return pendingCores.getReadOnlyProperty(); }
    /** Events per second; {@link Speed#FLAT_OUT} for as fast as possible. */
    public DoubleProperty speedProperty() { return speed; }
    /** The seed chosen last (the one the toolbar shows). */
    public long seed() { return latestSeed; }
    /** GOMAXPROCS the run on screen started with. */
    public int startProcs() { return startProcs; }
    /** The schedule the run on screen replays (an explored outcome), null for a seeded run. */
    public ReadOnlyObjectProperty<Schedule> scheduleProperty() { return schedule.getReadOnlyProperty(); }
    /** The program of the run on screen, null before the first. */
    public Program program() { return program; }

    /**
     * The schedule that reproduces the run on screen from its start (the replayed schedule, or
     * the seed's at the starting cores), null before the first run. Cores changed by hand
     * during the run are not in it: the token replays the run as it started.
     */
    public Schedule scheduleOnScreen() {
        Schedule s = schedule.get();
        if (s == null && liveChooser instanceof HandChooser h) {
            return h.schedule(startProcs, seed); // "You schedule": the decisions made so far
        }
        return s != null || program == null ? s : Schedule.seeded(startProcs, seed);
    }

    /**
     * Loads the run a schedule token names (one a teacher handed out, or the explorer printed)
     * on the program on screen, paused at its start. Returns null when it is loaded, else what
     * is wrong with the token, in words for the user; nothing changes then.
     */
    public String loadToken(String token) {
        if (program == null) {
            return "Run a program first: a schedule token replays a run of the program on screen.";
        }
        Schedule s;
        try {
            s = Schedule.parse(token == null ? "" : token);
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        if (s.choices().length == 0 && s.model() == dev.spindle.runtime.Chooser.Model.TIMED) {
            load(program, s.seed(), s.procs()); // a plain seed: an ordinary seeded run, Reset and cores work as ever
        } else {
            load(program, s);
        }
        return null;
    }
    /** Counts runs: a view that keeps its own index of {@link #events()} starts it again when this changes. */
    public long runId() { return runId; }
    /** The goroutine the user picked (a token, a timeline slice, an event), 0 for none; every view may set it. */
    public LongProperty selectedGoroutineProperty() { return selectedGoroutine; }
    /** The goroutine under the mouse (a token), 0 for none: the code view highlights its line. */
    public LongProperty hoveredGoroutineProperty() { return hoveredGoroutine; }

    /**
     * Whether the run plays flat out now: the shown state changes every pulse, and views may
     * update less often than that (see {@code app.view.Throttle}).
     */
    public boolean flatOut() {
        return isPlaying() && Double.isInfinite(speed.get());
    }

    /** How long one token move takes now, ms (0: jump). */
    public double moveMillis() {
        return Speed.moveMillis(speed.get());
    }

    // ---- the frame -----------------------------------------------------------------------

    /**
     * One pulse: moves the cursor as far as the speed asks (Step, the credit of a human speed,
     * or everything the engine has logged when flat out), but folds for at most
     * {@link #PULSE_BUDGET_NANOS}; what is left waits for the next pulse. Then one
     * {@link #changed()} tells the views once, whatever number of events went by.
     */
    private void frame(long now) {
        lanesShownThisPulse = false;
        if (replay.pending()) {
            // The picture stays at the event on screen until the replay has reached it.
            takeReplay();
            return;
        }
        long deadline = System.nanoTime() + PULSE_BUDGET_NANOS;
        if (engine != null) {
            known.set(Math.max(timeline.size(), engine.log().size()));
        }
        measureWallTime();
        int before = cursor.get();
        showSetup(deadline);
        boolean lanesFirst = liveChange > 0 && showLiveChange();
        if (pendingSteps > 0) {
            pendingSteps -= advance(pendingSteps, deadline);
        }
        if (isPlaying()) {
            double eps = speed.get();
            if (Double.isInfinite(eps)) {
                if (liveChange == 0) { // else the screen waits for the change, the engine held right after it
                    advance(Integer.MAX_VALUE, deadline);
                }
            } else {
                double dt = lastFrame == 0 ? 0 : (now - lastFrame) / 1e9;
                credit = Math.min(credit + dt * eps, Math.max(1, eps / 4));
                int n = (int) credit;
                if (n > 0) {
                    credit -= advance(n, deadline);
                }
            }
            lastFrame = now;
            if (shown.ended()) {
                playing.set(false);
                restoreSpeed();
            } else {
                feedEngine();
            }
        }
        if (cursor.get() != before || unpainted) {
            notifyShown(before, cursor.get());
            unpainted = true;
            if (lanesFirst) {
                // The pulse the class is waiting for draws the new lanes alone (the yard); the
                // other views follow at the next one.
                lanesShownThisPulse = true;
                lanesRevision.set(lanesRevision.get() + 1);
            } else if (!toldBeforeLayout) {
                paint(); // no scene calls beforeLayout: the views are told now
            }
        }
    }

    /**
     * Tells the views about what the pulse folded, unless the pulse shows a cores change (the
     * lanes alone: the other views follow at the next pulse) or the engine stands held flat out
     * for a change it has not logged yet (the picture stays as the release left it, with no
     * views to lay out and render while the class waits for the lanes).
     */
    private void paint() {
        if (lanesShownThisPulse || liveChange > 0 && Double.isInfinite(speed.get()) && !replay.pending()) {
            return;
        }
        unpainted = false;
        changed();
    }

    /**
     * Moves the shown state up to {@code n} events forward, stopping at {@code deadline}
     * (checked every {@link #CHUNK} events); returns how many it moved.
     *
     * <p>Events the timeline already holds (after a Back) are folded into the detached shown
     * state; once it reaches the timeline's end, the shown state <em>is</em> the timeline's
     * head again (equal by construction), and new events from the engine's log are folded
     * once, into the head, and shown from there. So a run played forward is folded once, not
     * twice, and nothing is ever copied to follow it.
     */
    private int advance(int n, long deadline) {
        long started = System.nanoTime();
        int from = cursor.get();
        long target = Math.min((long) from + n, Integer.MAX_VALUE);
        int at = from;
        while (at < timeline.size() && at < target) {
            int end = (int) Math.min(Math.min(target, timeline.size()), (long) at + CHUNK);
            for (; at < end; at++) {
                shown.apply(timeline.event(at));
            }
            if (System.nanoTime() > deadline) {
                break;
            }
        }
        if (at == timeline.size()) {
            shown = timeline.head();
        }
        if (at == timeline.size() && at < target && engine != null && System.nanoTime() <= deadline) {
            List<Event> fresh = engine.log().since(timeline.size());
            int limit = (int) Math.min(fresh.size(), target - at);
            for (int i = 0; i < limit; i += CHUNK) {
                timeline.append(fresh.subList(i, Math.min(limit, i + CHUNK)));
                if (System.nanoTime() > deadline) {
                    break;
                }
            }
            at = timeline.size();
        }
        cursor.set(at);
        finished.set(shown.ended());
        if (at - from >= CHUNK) {
            double perEvent = (double) (System.nanoTime() - started) / (at - from);
            foldNanosPerEvent = foldNanosPerEvent == 0 ? perEvent : 0.75 * foldNanosPerEvent + 0.25 * perEvent;
        }
        return at - from;
    }

    /**
     * How far ahead of the screen the engine may run flat out: what the fold gets through in a
     * pulse's budget ({@link #PULSE_BUDGET_NANOS}), at least {@link #FLAT_OUT_AHEAD_MIN}. The
     * screen shows no more than that a pulse, and the engine makes the next pulse's share while
     * this one is drawn, so a run held there reaches the screen's end no later; and the engine
     * does not end a run far past the picture: a cores change flat out finds it still running
     * and is made at its next boundary, in the frame of the release, instead of replaying the
     * whole run so far to the event on screen (0.7-2.4 s in a cold JVM on a loaded machine;
     * the first flat-out move of a short run found it ended 1 time in 2). The release folds
     * what the engine has logged, so the lead is also what that frame has to fold and draw.
     */
    private long flatOutAhead() {
        if (foldNanosPerEvent == 0) {
            return FLAT_OUT_AHEAD_MIN;
        }
        return (long) Math.max(FLAT_OUT_AHEAD_MIN, Math.min(1 << 24, PULSE_BUDGET_NANOS / foldNanosPerEvent));
    }

    /**
     * Once the run has ended, its wall time as the engine measured it (from its start to its
     * end), less the time it stood paused (before Play, between Steps, while a human speed let
     * the screen catch up): what the machine took to run the program, not how long the window
     * was open or how long the screen took to notice the end. Never waits: the run is over.
     */
    private void measureWallTime() {
        if (engine == null || wallNanos.get() != 0 || !timeline.head().ended()) {
            return;
        }
        try {
            RunResult r = engine.await(0);
            if (r != null) {
                wallNanos.set(Math.max(1, r.wallNanos() - engine.pacer().pausedNanos()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Shows the run's setup as it is logged: while the cursor stands right after the setup
     * shown so far and the next event is setup too (GOMAXPROCS, main's creation), it moves
     * over it. So a lesson opens with its lanes and main's token. Once the cursor is elsewhere
     * (a Step past the setup, or Back to the very start) it is left alone.
     */
    private void showSetup(long deadline) {
        while (cursor.get() == setupEnd && isSetup(peek(setupEnd))) {
            if (advance(1, deadline) == 0) {
                return;
            }
            setupEnd++;
        }
    }

    /** GOMAXPROCS set, or main made by the runtime: what a run has before any goroutine runs. */
    private static boolean isSetup(Event e) {
        return e instanceof Event.ProcResize || e instanceof Event.GoCreate c && c.parent() == 0;
    }

    /** Event {@code i} of the run if it is logged yet, else null; folds nothing. */
    private Event peek(int i) {
        if (i < timeline.size()) {
            return timeline.event(i);
        }
        if (engine == null) {
            return null;
        }
        List<Event> fresh = engine.log().since(i);
        return fresh.isEmpty() ? null : fresh.getFirst();
    }

    /** Tells the shown-listeners (the lesson's narration) about events [from, to), once per pulse. */
    private void notifyShown(int from, int to) {
        if (to > from && !shownListeners.isEmpty()) {
            List<Event> batch = timeline.events().subList(from, to);
            shownListeners.forEach(l -> l.shown(batch, false));
        }
    }

    /** Keeps the engine a little ahead of the cursor (flat out: {@link #flatOutAhead}). Never blocks. */
    private void feedEngine() {
        if (engine == null || runEnded()) {
            return;
        }
        if (Double.isInfinite(speed.get())) {
            if (liveChange > 0) {
                return; // held at the change until it is on screen (setProcs)
            }
            long ahead = engine.log().size() - cursor.get();
            long room = flatOutAhead() - ahead;
            if (room > 0) {
                engine.pacer().runEvents(room);
            }
            engineFlatOut = true;
            return;
        }
        if (engineFlatOut) {
            engine.pacer().pause();
            engineFlatOut = false;
        }
        int lookahead = (int) Math.max(LOOKAHEAD_MIN, Math.min(LIVE_CHANGE_AHEAD, speed.get() * LOOKAHEAD_SECONDS));
        int ahead = engine.log().size() - cursor.get();
        if (ahead < (lookahead + 1) / 2 && engine.pacer().isPaused()) {
            engine.pacer().runEvents(lookahead);
        }
    }

    /** Whether the run's last event is in the log (folded or not yet). */
    private boolean runEnded() {
        if (timeline.head().ended()) {
            return true;
        }
        List<Event> all = engine.log().snapshot();
        return !all.isEmpty() && all.getLast() instanceof Event.End;
    }

    /** After Run to end: the speed the user had chosen. */
    private void restoreSpeed() {
        if (!Double.isNaN(speedBeforeRunToEnd)) {
            double before = speedBeforeRunToEnd;
            speedBeforeRunToEnd = Double.NaN;
            speed.set(before);
        }
    }

    private void stopEngine() {
        if (liveChooser instanceof HandChooser h) {
            h.release(); // a run waiting for a pick goes on, to be stopped at its next boundary
        }
        liveChooser = null;
        if (engine != null) {
            engine.stop();
            engine = null;
        }
        loaded.set(false);
    }

    private void changed() {
        revision.set(revision.get() + 1);
    }
}
