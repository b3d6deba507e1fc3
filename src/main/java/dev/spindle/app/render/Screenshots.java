package dev.spindle.app.render;

import dev.spindle.app.MainWindow;
import dev.spindle.app.lesson.LessonsUi;
import dev.spindle.app.fold.RunState;
import dev.spindle.app.fold.Timeline;
import dev.spindle.app.model.CoreRange;
import dev.spindle.app.model.MemoryThemeStore;
import dev.spindle.app.model.ShellModel;
import dev.spindle.app.model.Theme;
import dev.spindle.app.play.Playback;
import dev.spindle.app.play.Samples;
import dev.spindle.app.play.Speed;
import dev.spindle.scenario.Course;
import dev.spindle.scenario.InMemoryProgress;
import dev.spindle.scenario.Lesson;
import dev.spindle.scenario.LessonException;
import dev.spindle.scenario.NarrationMatcher;
import dev.spindle.scenario.ProgressStore;
import dev.spindle.trace.Event;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Renders the real window offscreen, running real programs, to {@code screenshots/}: each
 * picture is a sample run with a fixed seed and cores, shown at the first event where a
 * stated condition holds (so the picture is the same on every machine), in a given theme.
 *
 * <p>The course's pictures ({@code lessons-*.png}, one per group of lessons in the README) are
 * the real window with the lesson panel, a lesson opened from the built-in course with its
 * recommended cores and seed, its prediction answered, shown at the event that tells a given
 * narration step, so that the step's highlights (ringed tokens, marked lines) are in the
 * picture.
 *
 * <p>Run by {@code ./mvnw -Pscreenshots}, which starts it on the headless glass platform; no
 * display is needed. Themes come through a {@link MemoryThemeStore}, so rendering never
 * changes the user's remembered choice; the cores slider is drawn for an 8-core host.
 */
public final class Screenshots {
    private static final int HOST_CORES = 8;
    /** Enough pulses for CSS, layout and the code area's virtual flow to settle. */
    private static final int SETTLE_PULSES = 8;
    private static final long SEED = 1;
    /** Enough pulses for a highlighted token's three pulses (1.6 s) and the moves to end. */
    private static final int HIGHLIGHT_PULSES = 130;

    /** One picture: which program, how it runs, which moment, which look. */
    record Shot(String file, Samples sample, Theme theme, int procs, boolean presentation, Predicate<RunState> moment) {}

    /**
     * One picture of the course: lesson {@code lesson} (its recommended cores and seed), shown
     * at the event that tells narration step {@code step} (from 1), with choice {@code answer}
     * of its prediction locked in.
     */
    record LessonShot(String file, int lesson, Theme theme, int step, int answer, double width, double height, boolean presentation) {
        /** At the window's own size, not in presentation mode. */
        LessonShot(String file, int lesson, Theme theme, int step, int answer) {
            this(file, lesson, theme, step, answer, 0, 0, false);
        }
    }

    /** A classroom projector's 1024x768: the window as the back row sees it, normal and presentation mode (F5). */
    static List<LessonShot> classroomShots() {
        return List.of(
                // Lesson 17: the second steal, tasks spread over four lanes.
                new LessonShot("classroom-1024.png", 17, Theme.LIGHT, 3, 2, 1024, 768, false),
                new LessonShot("classroom-1024-presentation.png", 17, Theme.DARK, 3, 2, 1024, 768, true));
    }

    private Screenshots() {
    }

    /** The README's course table: one picture per group of lessons. */
    static List<LessonShot> lessonShots() {
        return List.of(
                // 1-4, first goroutines and the WaitGroup: main blocks on wg.Wait, ringed.
                new LessonShot("lessons-1-waitgroup.png", 2, Theme.LIGHT, 3, 2),
                // 5-8, cores and order: GOMAXPROCS(1) has shrunk the lanes to one.
                new LessonShot("lessons-2-cores.png", 6, Theme.DARK, 2, 1),
                // 9-13, channels: the worker pool's closer waits for the workers, ringed.
                new LessonShot("lessons-3-channels.png", 11, Theme.LIGHT, 2, 1),
                // 14-17, sync, deadlocks and the scheduler: the deadlock, its whole cycle ringed.
                new LessonShot("lessons-4-scheduler.png", 15, Theme.DARK, 3, 2),
                // Lesson 19 as the deadline closes ctx.Done(): the context's channel in the yard.
                new LessonShot("tier2-context.png", 19, Theme.LIGHT, 2, 2),
                // 18, data races: the detector's report, both lines marked, the missing edge drawn.
                new LessonShot("race-lesson.png", 18, Theme.LIGHT, 1, 2),
                // The same at a projector's 1024x768 and at 1920x1080: the edge's label whole inside
                // the yard, the narration's ring around the raced goroutine's red one.
                new LessonShot("race-lesson-1024.png", 18, Theme.LIGHT, 1, 2, 1024, 768, false),
                new LessonShot("race-lesson-1920.png", 18, Theme.LIGHT, 1, 2, 1920, 1080, false));
    }

    static List<Shot> shots() {
        Predicate<RunState> wgMidRun = s -> !s.rooms().isEmpty() && s.done().size() >= 2
                && s.lanes().stream().filter(l -> l.running() != 0).count() >= 2 && s.globalSize() + s.lanes().stream().mapToInt(l -> l.localSize() + (l.runnext() != 0 ? 1 : 0)).sum() >= 1;
        Predicate<RunState> poolBusy = s -> s.channels().size() >= 2 && s.channels().stream().anyMatch(c -> c.len() >= 2)
                && s.rooms().size() >= 1 && s.console().isEmpty() && s.lanes().stream().filter(l -> l.running() != 0).count() >= 2;
        return List.of(
                new Shot("spindle-waitgroup.png", Samples.WAIT_GROUP, Theme.LIGHT, 4, false, wgMidRun),
                new Shot("spindle-worker-pool.png", Samples.WORKER_POOL, Theme.DARK, 3, false, poolBusy),
                new Shot("spindle-deadlock.png", Samples.DEADLOCK, Theme.LIGHT, 2, false, RunState::ended),
                new Shot("spindle-presentation.png", Samples.WAIT_GROUP, Theme.DARK, 4, true, wgMidRun));
    }

    public static void main(String[] args) {
        Path dir = Path.of(args.length > 0 ? args[0] : "screenshots");
        int status = 0;
        try {
            Fx.start();
            boolean raceOnly = args.length > 1 && args[1].equals("race");
            boolean lessonsOnly = args.length > 1 && (args[1].equals("lessons") || raceOnly);
            boolean classroomOnly = args.length > 1 && args[1].equals("classroom");
            // "race": only the race detector's pictures (race-*.png)
            String prefix = raceOnly ? "race-" : "";
            for (Shot shot : lessonsOnly || classroomOnly ? List.<Shot>of() : shots()) {
                Path file = dir.resolve(shot.file());
                render(shot, file);
                System.out.println("wrote " + file);
            }
            if (!lessonsOnly) {
                TimelineShots.renderAll(dir);
                OutcomesShots.renderAll(dir);
                ScheduleShots.renderAll(dir);
            }
            if (raceOnly || !lessonsOnly) {
                RaceExploreShots.renderAll(dir); // race-explore.png
            }
            Course course = Course.builtIn();
            List<LessonShot> lessonShots = new java.util.ArrayList<>(classroomOnly ? List.of() : lessonShots());
            lessonShots.addAll(lessonsOnly ? List.of() : classroomShots());
            for (LessonShot shot : lessonShots) {
                if (!shot.file().startsWith(prefix)) {
                    continue;
                }
                Path file = dir.resolve(shot.file());
                render(shot, course, file);
                System.out.println("wrote " + file);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            status = 1;
        } catch (LessonException e) {
            System.err.println("screenshots: " + e.getMessage());
            status = 1;
        } catch (RuntimeException e) {
            System.err.println("screenshots: " + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()));
            status = 1;
        } finally {
            Platform.exit();
        }
        System.exit(status);
    }

    private static void render(Shot shot, Path file) throws InterruptedException {
        MainWindow window = Fx.call(() -> {
            ShellModel model = new ShellModel(new MemoryThemeStore(shot.theme()), CoreRange.forHost(HOST_CORES));
            MainWindow w = new MainWindow(model);
            Stage s = new Stage();
            w.showIn(s);
            w.session().coresProperty().set(shot.procs());
            w.session().seedProperty().set(SEED);
            w.session().name(shot.sample().fileName(), shot.sample().source());
            w.view().code().setSource(shot.sample().source());
            var result = w.session().runNow(shot.sample().source());
            if (!result.ok()) {
                throw new IllegalStateException(shot.sample().fileName() + ": " + result.errors());
            }
            w.session().playback().speedProperty().set(Speed.FLAT_OUT);
            w.session().playback().runToEnd();
            return w;
        });
        Playback playback = window.session().playback();
        awaitFinished(playback);
        Fx.call(() -> {
            playback.pause();
            playback.seek(moment(playback.events(), shot.moment()));
            window.view().presentationProperty().set(shot.presentation());
            return null;
        });
        Fx.pulses(SETTLE_PULSES);
        writeAndClose(window, file);
    }

    private static void render(LessonShot shot, Course course, Path file) throws InterruptedException {
        Lesson lesson = course.lesson(shot.lesson()).orElseThrow();
        if (shot.step() < 1 || shot.step() > lesson.narration().size()) {
            throw new IllegalStateException(lesson.label() + " has no narration step " + shot.step());
        }
        MainWindow window = Fx.call(() -> {
            ShellModel model = new ShellModel(new MemoryThemeStore(shot.theme()), CoreRange.forHost(HOST_CORES));
            MainWindow w = new MainWindow(model);
            Stage stage = new Stage();
            w.showIn(stage);
            if (shot.width() > 0) {
                stage.setWidth(shot.width());
                stage.setHeight(shot.height());
            }
            ProgressStore progress = new InMemoryProgress();
            if (lesson.prediction() != null && shot.answer() > 0) {
                progress.setPrediction(lesson.key(), shot.answer());
            }
            LessonsUi.install(w, course, progress).show(lesson);
            return w;
        });
        Playback playback = window.session().playback();
        for (int i = 0; i < 600 && !Fx.call(() -> playback.loadedProperty().get()); i++) {
            Fx.pulses(2);
        }
        Fx.call(() -> {
            if (!playback.loadedProperty().get()) {
                throw new IllegalStateException(lesson.label() + ": the program did not load");
            }
            playback.runToEnd();
            return null;
        });
        awaitFinished(playback);
        Fx.call(() -> {
            playback.pause();
            playback.seek(tellingStep(playback.events(), lesson, shot.step()));
            window.view().presentationProperty().set(shot.presentation());
            return null;
        });
        Fx.pulses(HIGHLIGHT_PULSES);
        writeAndClose(window, file);
    }

    /** Lets the run play to its end (600 double pulses at most: a sample that never ends still gets its shot). */
    private static void awaitFinished(Playback playback) throws InterruptedException {
        for (int i = 0; i < 600 && !Fx.call(() -> playback.finishedProperty().get()); i++) {
            Fx.pulses(2);
        }
    }

    /** Writes the window as it is on screen to {@code file}, then closes it. */
    private static void writeAndClose(MainWindow window, Path file) throws InterruptedException {
        Fx.call(() -> {
            try {
                Stage stage = (Stage) window.scene().getWindow();
                PngWriter.write(window.scene().snapshot(null), file, true);
                stage.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return null;
        });
    }

    /** The event count right after the event that tells narration step {@code step} (from 1). */
    static int tellingStep(List<Event> log, Lesson lesson, int step) {
        NarrationMatcher m = new NarrationMatcher(lesson.narration());
        for (Event e : log) {
            NarrationMatcher.Due due = m.feed(e);
            if (due != null && due.index() == step - 1) {
                return (int) e.seq() + 1;
            }
        }
        throw new IllegalStateException(lesson.label() + ": narration step " + step + " is never told with "
                + lesson.recommended().cores() + " cores and seed " + lesson.recommended().seed());
    }

    /** The first event count at which {@code moment} holds; the whole log if never. */
    static int moment(List<Event> log, Predicate<RunState> moment) {
        RunState s = new RunState();
        for (int n = 0; n < log.size(); n++) {
            s.apply(log.get(n));
            if (moment.test(s)) {
                return n + 1;
            }
        }
        return log.size();
    }

    static RunState at(List<Event> log, int n) {
        return Timeline.fold(log, n);
    }
}
