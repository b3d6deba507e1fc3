package dev.spindle.app.play;

import dev.spindle.lang.compile.Program;
import dev.spindle.runtime.explore.Explorer;
import dev.spindle.runtime.explore.Strategy;
import dev.spindle.runtime.Schedule;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;

/**
 * The Outcomes panel's model: explores the program on screen under every schedule (an
 * exhaustive search of the free model, so the panel can say "complete: 2 outcomes") on a
 * background thread, and shows the explorer's report as it grows. The explorer calls back
 * after every run on its worker threads; the newest report is kept and handed to the FX
 * thread through {@link UiThread}, at most one hand-over waiting at a time, so thousands of
 * runs a second never flood the FX thread and it never waits for the explorer. FX thread
 * only, except for that hand-over.
 *
 * <p>With the race detector on (the toolbar's {@code -race}), every run of the search is a
 * {@code -race} run, each outcome says whether it raced, and the search stops at the first
 * schedule that shows a data race: that schedule is loaded into the yard and played to the
 * race, so the red rings, the missing edge and "Go to the race" show it at once.
 */
public final class Exploration {
    /** Schedules an exploration runs at most before it says "incomplete" (lesson 2 at 2 cores needs 33). */
    public static final int MAX_SCHEDULES = 20_000;
    /** Wall-clock backstop per run; a run past the explorer's work limit is stopped long before. */
    private static final long RUN_TIMEOUT_MILLIS = 10_000;

    private final Playback playback;
    private final ReadOnlyObjectWrapper<Explorer.Report> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    /** The program the report is about; a bar replays its schedule on it. */
    private Program explored;
    private Explorer explorer;
    /** Whether the exploration on screen (or the last one) ran with the race detector. */
    private final ReadOnlyBooleanWrapper racing = new ReadOnlyBooleanWrapper(this, "racing");
    /** The newest report not yet shown, and whether a hand-over to the FX thread is on its way. */
    private final AtomicReference<Explorer.Report> latest = new AtomicReference<>();

    public Exploration(Playback playback) {
        this.playback = playback;
    }

    /**
     * Explores the program on screen at {@code procs} cores, from scratch; stops an exploration
     * still going. Does nothing before a program has run.
     */
    public void explore(int procs) {
        Program program = playback.program();
        if (program == null) {
            return;
        }
        stop();
        explored = program;
        int jobs = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors() - 1));
        Explorer.Options options = new Explorer.Options(procs, Strategy.EXHAUSTIVE, MAX_SCHEDULES, 1, jobs, RUN_TIMEOUT_MILLIS);
        boolean races = playback.detectRacesProperty().get();
        if (races) {
            options = options.withRaces(program.fileName(), true);
        }
        racing.set(races);
        Explorer ex = new Explorer(program, options);
        explorer = ex;
        report.set(new Explorer.Report(List.of(), 0, false, false, false));
        running.set(true);
        Thread.ofPlatform().name("spindle-outcomes").daemon(true).start(() -> {
            Explorer.Report last;
            try {
                last = ex.run(r -> handOver(ex, r));
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                last = null;
            }
            Explorer.Report done = last;
            UiThread.post(() -> finished(ex, done));
        });
    }

    /** Called on the explorer's threads: keeps the newest report and posts one hand-over if none is waiting. */
    private void handOver(Explorer ex, Explorer.Report r) {
        if (latest.getAndSet(r) == null) {
            UiThread.post(() -> {
                Explorer.Report newest = latest.getAndSet(null);
                if (ex == explorer && newest != null && !newest.done()) {
                    report.set(newest);
                }
            });
        }
    }

    private void finished(Explorer ex, Explorer.Report done) {
        if (ex != explorer) {
            return; // an exploration stopped and replaced meanwhile
        }
        latest.set(null);
        if (done != null) {
            report.set(done);
        }
        running.set(false);
        if (done != null && done.race() != null) {
            showRace(done.race());
        }
    }

    /**
     * Loads the first racy schedule and plays it to its end, then shows the moment of the race
     * (as "Go to the race" does), unless another run has been loaded meanwhile.
     */
    private void showRace(Explorer.Race race) {
        Schedule schedule = race.schedule();
        playback.load(explored, schedule);
        playback.finishedProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> obs, Boolean was, Boolean now) {
                if (now) {
                    obs.removeListener(this);
                    if (schedule.equals(playback.scheduleProperty().get())) {
                        playback.seekToRace();
                    }
                }
            }
        });
        playback.runToEnd();
    }

    /** Stops the exploration after the runs in progress; the report says how far it got. Never waits. */
    public void stop() {
        if (explorer != null) {
            explorer.stop();
        }
    }

    /** Loads outcome {@code found}'s schedule into the yard, paused at its start, to play or step through. */
    public void replay(Explorer.Found found) {
        if (explored != null) {
            playback.load(explored, found.schedule());
        }
    }

    /** Whether {@code found} is the run on screen: its schedule is the one the playback replays. */
    public boolean onScreen(Explorer.Found found) {
        return found.schedule().equals(playback.scheduleProperty().get()) && playback.program() == explored;
    }

    /** The newest report (outcomes most frequent first), null before the first Explore. */
    public ReadOnlyObjectProperty<Explorer.Report> reportProperty() { return report.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }
    /** Whether the last Explore ran with the race detector (and so stops at the first race). */
    public ReadOnlyBooleanProperty racingProperty() { return racing.getReadOnlyProperty(); }

    /** Stops the search (the window calls it on close). */
    public void dispose() {
        stop();
    }
}
