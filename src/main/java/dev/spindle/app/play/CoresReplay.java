package dev.spindle.app.play;

import dev.spindle.lang.compile.Program;
import dev.spindle.runtime.Engine;
import dev.spindle.runtime.EngineConfig;
import dev.spindle.trace.Event;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The cores slider at the moment on screen. The engine runs ahead of the picture, so a
 * GOMAXPROCS change handed to the running engine would land at <em>its</em> next round,
 * seconds of playback after the event the class is looking at. But a run is determined by
 * its program, seed, starting cores and the outside changes at given virtual times; so the
 * change is made by running the program again, flat out and off the FX thread, with every
 * earlier change at its time and the new one at the virtual time of the event on screen.
 * The new log equals the old one up to the boundary that holds that event, and the change
 * follows there. {@link Playback} keeps the old picture until the replay has got that far
 * (a few milliseconds for a lesson), then continues from the change.
 *
 * <p>FX thread only (the engines run on their own threads and are only told things).
 */
final class CoresReplay {
    /** Outside changes of the current run, in order: {virtual time, cores}. */
    private final List<long[]> changes = new ArrayList<>();
    private Engine engine;
    private int cores;
    private int shownAtRelease;

    /** A new run: no outside changes yet. */
    void reset() {
        cancel();
        changes.clear();
    }

    /** A change made by the running engine itself at virtual time {@code at}, for later replays. */
    void record(long at, int n) {
        changes.add(new long[] {at, n});
    }

    /**
     * Starts the replay that applies {@code n} cores at virtual time {@code at}, where the
     * screen shows the first {@code shown} events. Changes at or after {@code at} belong to a
     * future the screen has left (after Back) and are dropped. Returns false when the engine
     * could not be made (the run then stays as it is).
     */
    boolean start(EngineFactory engines, Program program, long seed, int startCores, int n, long at, int shown) {
        cancel();
        changes.removeIf(c -> c[0] >= at);
        changes.add(new long[] {at, n});
        EngineConfig config = EngineConfig.of(startCores, seed, OutputStream.nullOutputStream(), OutputStream.nullOutputStream());
        Engine e = engines.create(program, config);
        for (long[] c : changes) {
            e.setMaxProcsAt((int) c[1], c[0]);
        }
        // Flat out up to the boundary that logs the shown events (the change comes at its end), then wait.
        e.pacer().runEvents(Math.max(1, shown));
        e.start();
        engine = e;
        cores = n;
        shownAtRelease = shown;
        return true;
    }

    /** True while a replay runs and the screen waits for it. */
    boolean pending() {
        return engine != null;
    }

    /** The cores the pending replay changes to (0: none). */
    int cores() {
        return engine == null ? 0 : cores;
    }

    /** The replay's engine once it has logged the change (paused there, or ended), else null. */
    Engine ready() {
        if (engine == null) {
            return null;
        }
        List<Event> log = engine.log().snapshot();
        boolean ended = !log.isEmpty() && log.getLast() instanceof Event.End;
        if (!ended && !(engine.pacer().isPaused() && log.size() >= shownAtRelease)) {
            return null;
        }
        Engine done = engine;
        engine = null;
        return done;
    }

    /** Stops a pending replay (a new run, or the window closing). */
    void cancel() {
        if (engine != null) {
            engine.stop();
            engine = null;
        }
    }
}
