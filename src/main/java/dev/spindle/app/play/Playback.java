package dev.spindle.app.play;

import dev.spindle.app.fold.RunState;
import dev.spindle.app.fold.Timeline;
import dev.spindle.lang.compile.Program;
import dev.spindle.runtime.Engine;
import dev.spindle.runtime.EngineConfig;
import dev.spindle.trace.Event;
import java.io.OutputStream;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * One run on screen: the engine on its carriers, the event log folded into the shown state
 * by an {@link AnimationTimer} at the chosen speed. FX thread only, except that the engine
 * runs on its own threads and is only ever told things (never waited for).
 *
 * <p>The shown state is a cursor into the log: Play moves it forward at {@code speed}
 * events per second, Step by one, Back refolds from the nearest snapshot. The engine is
 * kept a little ahead of the cursor ({@link #LOOKAHEAD} events) through its pacer, so that
 * a program in an infinite loop neither runs away nor fills memory while nobody watches;
 * flat out lets it run and the cursor follows the log's end.
 */
public final class Playback {
    /** How far the engine may run ahead of the shown cursor at human speeds. */
    static final int LOOKAHEAD = 256;
    /** Events folded per frame at most, so that a frame stays short even flat out. */
    static final int MAX_EVENTS_PER_FRAME = 40_000;

    private final EngineFactory engines;
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");
    private final ReadOnlyIntegerWrapper cursor = new ReadOnlyIntegerWrapper(this, "cursor");
    private final ReadOnlyIntegerWrapper known = new ReadOnlyIntegerWrapper(this, "known");
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final ReadOnlyBooleanWrapper finished = new ReadOnlyBooleanWrapper(this, "finished");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");
    private final ReadOnlyLongWrapper wallNanos = new ReadOnlyLongWrapper(this, "wallNanos");
    private final DoubleProperty speed = new SimpleDoubleProperty(this, "speed", Speed.eventsPerSecond(Speed.DEFAULT_POSITION));

    private Program program;
    private long seed;
    private int startProcs;
    private Engine engine;
    private Timeline timeline = new Timeline(256);
    private RunState shown = new RunState();
    private double credit;
    private long lastFrame;
    private int pendingSteps;
    private long wallStart;
    private boolean engineFlatOut;
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

    /** Starts a new run of {@code program} (paused at its first events). */
    public void load(Program program, long seed, int procs) {
        stopEngine();
        this.program = program;
        this.seed = seed;
        this.startProcs = procs;
        timeline = new Timeline(256);
        shown = new RunState();
        cursor.set(0);
        shownListeners.forEach(l -> l.shown(List.of(), true));
        known.set(0);
        pendingSteps = 0;
        playing.set(false);
        finished.set(false);
        problem.set(null);
        wallNanos.set(0);
        try {
            EngineConfig config = EngineConfig.of(procs, seed, OutputStream.nullOutputStream(), OutputStream.nullOutputStream());
            engine = engines.create(program, config);
            engine.pacer().pause();
            engineFlatOut = false;
            wallStart = System.nanoTime();
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

    /** The same program, seed and starting cores again, from the beginning. */
    public void reset() {
        if (program != null) {
            load(program, seed, startProcs);
        }
    }

    /** A new run with another seed (and the cores the slider shows now). */
    public void reseed(long newSeed, int procs) {
        if (program != null) {
            load(program, newSeed, procs);
        }
    }

    public void play() {
        if (engine == null || finished.get()) {
            return;
        }
        lastFrame = 0;
        playing.set(true);
        feedEngine();
    }

    /** Stops the shown cursor at once and the engine at its next round boundary. */
    public void pause() {
        playing.set(false);
        pendingSteps = 0;
        if (engine != null) {
            engine.pacer().pause();
            engineFlatOut = false;
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
        if (cursor.get() < timeline.size()) {
            advance(1);
            changed();
        } else if (!shown.ended()) {
            pendingSteps = 1;
            engine.pacer().runUntilNextEvent();
        }
    }

    /** One event back: a refold from the nearest snapshot. */
    public void back() {
        if (cursor.get() > 0) {
            pause();
            seek(cursor.get() - 1);
        }
    }

    /** Shows the state after the first {@code n} known events. */
    public void seek(int n) {
        int target = Math.max(0, Math.min(n, timeline.size()));
        shown = timeline.stateAt(target);
        cursor.set(target);
        List<Event> prefix = timeline.events().subList(0, target);
        shownListeners.forEach(l -> l.shown(prefix, true));
        finished.set(shown.ended());
        changed();
    }

    /** Plays flat out until the end. */
    public void runToEnd() {
        speed.set(Speed.FLAT_OUT);
        play();
    }

    /** Changes GOMAXPROCS at the engine's next round boundary (no-op once the run ended). */
    public void setProcs(int n) {
        if (engine != null && !timeline.head().ended() && n != timeline.head().procs()) {
            engine.setMaxProcs(n);
            if (!isPlaying()) {
                // Let the engine reach its next boundary so the resize is in the log for the next step.
                engine.pacer().runUntilNextEvent();
            }
        }
    }

    /** Ends the run's threads; the window calls it on close. */
    public void dispose() {
        timer.stop();
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
    /** Wall-clock time the engine has been running this run. */
    public ReadOnlyLongProperty wallNanosProperty() { return wallNanos.getReadOnlyProperty(); }
    /** Events per second; {@link Speed#FLAT_OUT} for as fast as possible. */
    public DoubleProperty speedProperty() { return speed; }
    public long seed() { return seed; }

    /** How long one token move takes now, ms (0: jump). */
    public double moveMillis() {
        return Speed.moveMillis(speed.get());
    }

    // ---- the frame -----------------------------------------------------------------------

    private void frame(long now) {
        if (engine != null) {
            drainLog();
        }
        boolean moved = false;
        if (pendingSteps > 0 && cursor.get() < timeline.size()) {
            advance(pendingSteps);
            pendingSteps = 0;
            moved = true;
        }
        if (isPlaying()) {
            double eps = speed.get();
            int available = timeline.size() - cursor.get();
            if (Double.isInfinite(eps)) {
                if (available > 0) {
                    advance(available);
                    moved = true;
                }
            } else {
                double dt = lastFrame == 0 ? 0 : (now - lastFrame) / 1e9;
                credit = Math.min(credit + dt * eps, Math.max(1, eps / 4));
                int n = (int) Math.min(credit, available);
                if (n > 0) {
                    credit -= n;
                    advance(n);
                    moved = true;
                }
            }
            lastFrame = now;
            if (shown.ended()) {
                playing.set(false);
            } else {
                feedEngine();
            }
        }
        if (moved) {
            changed();
        }
    }

    private void drainLog() {
        int have = timeline.size();
        List<Event> fresh = engine.log().since(have);
        if (fresh.isEmpty()) {
            return;
        }
        List<Event> batch = fresh.size() > MAX_EVENTS_PER_FRAME ? fresh.subList(0, MAX_EVENTS_PER_FRAME) : fresh;
        timeline.append(batch);
        known.set(timeline.size());
        if (timeline.head().ended() && wallNanos.get() == 0) {
            wallNanos.set(System.nanoTime() - wallStart);
        }
    }

    private void advance(int n) {
        int from = cursor.get();
        int to = Math.min(timeline.size(), from + n);
        for (int i = from; i < to; i++) {
            shown.apply(timeline.event(i));
        }
        cursor.set(to);
        if (to > from && !shownListeners.isEmpty()) {
            List<Event> batch = timeline.events().subList(from, to);
            shownListeners.forEach(l -> l.shown(batch, false));
        }
        finished.set(shown.ended());
    }

    /** Keeps the engine a little ahead of the cursor, or lets it run flat out. Never blocks. */
    private void feedEngine() {
        if (engine == null || timeline.head().ended()) {
            return;
        }
        if (Double.isInfinite(speed.get())) {
            if (!engineFlatOut) {
                engine.pacer().runFlatOut();
                engineFlatOut = true;
            }
            return;
        }
        if (engineFlatOut) {
            engine.pacer().pause();
            engineFlatOut = false;
        }
        int ahead = engine.log().size() - cursor.get();
        if (ahead < LOOKAHEAD / 2 && engine.pacer().isPaused()) {
            engine.pacer().runEvents(LOOKAHEAD);
        }
    }

    private void stopEngine() {
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
