package dev.spindle.app.render;

import dev.spindle.app.MainWindow;
import dev.spindle.app.history.Wake;
import dev.spindle.app.model.Theme;
import dev.spindle.app.play.Playback;
import dev.spindle.app.play.Speed;
import dev.spindle.scenario.Course;
import dev.spindle.scenario.Lesson;
import dev.spindle.scenario.LessonException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import javafx.stage.Stage;

/**
 * The timeline's pictures ({@code screenshots/timeline-*.png}): the worker-pool lesson's
 * program (lesson 11) run by the real window offscreen, paused at a wake, the woken goroutine
 * selected so that its "who woke whom" arrow and sentence show; per P and per goroutine, at
 * 1440×900, at 1024×768 to check the small window, and in presentation mode. Run with the same options as
 * {@link Screenshots} ({@code -Dglass.platform=Headless -Dprism.order=sw}).
 */
public final class TimelineShots {
    private static final int LESSON = 11;

    /** One picture: size, theme, rows per goroutine or per P, and which wake worth showing (from 0) is selected. */
    record Shot(String file, double width, double height, Theme theme, boolean byGoroutine, int wake, boolean presentation) {}

    private TimelineShots() {
    }

    static List<Shot> shots() {
        return List.of(
                new Shot("timeline-procs.png", 1440, 900, Theme.LIGHT, false, 0, false),
                new Shot("timeline-goroutines.png", 1440, 900, Theme.DARK, true, 0, false),
                new Shot("timeline-1024.png", 1024, 768, Theme.LIGHT, false, 0, false),
                new Shot("timeline-presentation.png", 1440, 900, Theme.DARK, false, 0, true));
    }

    public static void main(String[] args) {
        ShotRunner.main(args, TimelineShots::renderAll);
    }

    /** Renders every timeline picture into {@code dir} (the toolkit already started); {@link Screenshots} calls it too. */
    static void renderAll(Path dir) throws InterruptedException, LessonException {
        Lesson lesson = Course.builtIn().lesson(LESSON).orElseThrow();
        for (Shot shot : shots()) {
            Path file = dir.resolve(shot.file());
            render(shot, lesson, file);
            System.out.println("wrote " + file);
        }
    }

    private static void render(Shot shot, Lesson lesson, Path file) throws InterruptedException {
        String source = lesson.source();
        MainWindow window = Fx.call(() -> {
            MainWindow w = ShotRunner.window(shot.theme(), shot.width(), shot.height());
            w.session().coresProperty().set(lesson.recommended().cores());
            w.session().seedProperty().set(lesson.recommended().seed());
            w.session().name("main.go", source);
            w.view().code().setSource(source);
            var result = w.session().runNow(source);
            if (!result.ok()) {
                throw new IllegalStateException(lesson.label() + ": " + result.errors());
            }
            w.session().playback().speedProperty().set(Speed.FLAT_OUT);
            w.session().playback().runToEnd();
            return w;
        });
        Playback playback = window.session().playback();
        for (int i = 0; i < 600 && !Fx.call(() -> playback.finishedProperty().get()); i++) {
            Fx.pulses(2);
        }
        Fx.pulses(2);
        Fx.call(() -> {
            playback.pause();
            var timeline = window.view().timeline();
            // A wake worth showing: by a goroutine, after a wait, onto another P than the waker's.
            List<Wake> byGoroutines = timeline.history().wakes().stream().filter(w -> w.waker() != 0 && w.time() > w.since()).toList();
            List<Wake> acrossPs = byGoroutines.stream().filter(w -> {
                int[] next = timeline.history().nextRun(w.g(), w.seq());
                return next != null && next[0] != w.wakerP();
            }).toList();
            List<Wake> wakes = acrossPs.isEmpty() ? byGoroutines : acrossPs;
            if (wakes.isEmpty()) {
                throw new IllegalStateException(lesson.label() + ": no goroutine woke another in this run");
            }
            Wake w = wakes.get(Math.min(shot.wake(), wakes.size() - 1));
            int[] run = timeline.history().nextRun(w.g(), w.seq());
            // Just after the woken goroutine starts again: the arrow runs from its waker to that run.
            playback.seek(run != null ? timeline.history().procRows().get(run[0]).startSeq(run[1]) + 1 : w.seq() + 1);
            playback.selectedGoroutineProperty().set(w.g());
            window.view().presentationProperty().set(shot.presentation());
            timeline.byGoroutine(shot.byGoroutine());
            // Zoomed in on the wait and the wake, so that the arrow has room.
            long resumed = run != null ? timeline.history().procRows().get(run[0]).start(run[1]) : w.time();
            timeline.viewport().show(Math.max(0, w.since() - 4), resumed + 10);
            return null;
        });
        Fx.pulses(8);
        Fx.call(() -> {
            try {
                window.view().timeline().paintNow();
                PngWriter.write(window.scene().snapshot(null), file, true);
                ((Stage) window.scene().getWindow()).close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return null;
        });
    }
}
