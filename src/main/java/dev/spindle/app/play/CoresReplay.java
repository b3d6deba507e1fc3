package dev.spindle.app.play;

import dev.spindle.lang.compile.Program;
import dev.spindle.runtime.Engine;
import dev.spindle.runtime.EngineConfig;
import dev.spindle.trace.Event;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The cores slider (and the seed) at the moment on screen. The engine runs ahead of the picture, so a
 * GOMAXPROCS change handed to the running engine would land at <em>its</em> next round,
 * seconds of playback after the event the class is looking at. But a run is determined by
 * its program, seed, starting cores and the outside changes at given points of its log; so
 * the change is made by running the program again, flat out and off the FX thread, with
 * every earlier change where it was made and the new one right after the boundary that
 * logged the event on screen ({@link Engine#setMaxProcsAfterEvents}: by event count, not by
 * virtual time, so that it never slips to a later boundary, which may be the run's last).
 * The new log equals the old one up to that boundary, and the change follows there.
 * {@link Playback} keeps the old picture until the replay has got that far, then continues
 * from the change. The replay runs every round on one thread
 * ({@link Engine#runEveryRoundInline}): the same log, without a thread hand-off per round,
 * which on a loaded machine took most of the wait (100 events: 300–500 ms before, a few
 * milliseconds of interpretation after).
 *
 * <p>FX thread only (the engines run on their own threads and are only told things).
 */
final class CoresReplay {
    /**
     * Outside changes of the current run, in order: {events logged before it, its virtual time
     * or 0, cores or seed, 0 for cores / 1 for a seed}.
     */
    private final List<long[]> changes = new ArrayList<>();
    private Engine engine;
    private int cores;
    private int shownAtRelease;

    /** A new run: no outside changes yet. */
    void reset() {
        cancel();
        changes.clear();
    }

    /**
     * A change the running engine made (its {@code ProcResize} is event {@code resize} of
     * {@code log}), for later replays: it was made at the end of the boundary where the log
     * held the events before the goroutines it stopped for it, at the change's virtual time
     * (a boundary that logs nothing, a long computation, ends with as many events as the one
     * before it, never at the same time).
     */
    void record(List<Event> log, int resize, int n) {
        int before = resize;
        while (before > 0 && log.get(before - 1) instanceof Event.GoStop s && "GOMAXPROCS".equals(s.reason())) {
            before--;
        }
        changes.add(new long[] {before, log.get(resize).time(), n, 0});
    }

    /**
     * Starts the replay that applies {@code n} cores right after the boundary that logged the
     * last of the {@code shown} events on screen. Changes made at or after that point belong
     * to a future the screen has left (after Back) and are dropped. Throws when the engine
     * could not be made (the run then stays as it is).
     */
    void start(EngineFactory engines, Program program, long seed, int startCores, boolean races, int n, int shown) {
        launch(engines, program, seed, startCores, races, new long[] {shown, 0, n, 0});
        cores = n;
    }

    /**
     * Starts the replay that draws the run's choices from {@code newSeed} from the end of the
     * boundary that logged the last of the {@code shown} events on screen (the same run up to
     * there, the new seed's after; see {@code Engine.reseedAfterEvents}).
     */
    void startReseed(EngineFactory engines, Program program, long seed, int startCores, boolean races, long newSeed, int shown) {
        launch(engines, program, seed, startCores, races, new long[] {shown, 0, newSeed, 1});
        cores = 0;
    }

    private void launch(EngineFactory engines, Program program, long seed, int startCores, boolean races, long[] change) {
        int shown = (int) change[0];
        cancel();
        changes.removeIf(c -> c[0] >= shown);
        changes.add(change);
        EngineConfig config = EngineConfig.of(startCores, seed, OutputStream.nullOutputStream(), OutputStream.nullOutputStream());
        // The same kind of engine as the run's (the race detector logs its reports as events).
        Engine e = races ? engines.createWithRaceDetector(program, config) : engines.create(program, config);
        e.runEveryRoundInline(true);
        for (long[] c : changes) {
            if (c[3] == 1) {
                e.reseedAfterEvents(c[2], c[0], c[1]);
            } else {
                e.setMaxProcsAfterEvents((int) c[2], c[0], c[1]);
            }
        }
        // Flat out up to the boundary that logs the shown events (the change comes at its end), then wait.
        e.pacer().runEvents(Math.max(1, shown));
        e.start();
        engine = e;
        shownAtRelease = shown;
    }

    /** How many events the screen showed when the pending (or last) replay was asked for. */
    int shownAtRelease() {
        return shownAtRelease;
    }

    /** True while a replay runs and the screen waits for it. */
    boolean pending() {
        return engine != null;
    }

    /** The cores the pending replay changes to (0: none, or a seed). */
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
