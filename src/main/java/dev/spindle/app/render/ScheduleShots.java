package dev.spindle.app.render;

import dev.spindle.app.MainWindow;
import dev.spindle.app.model.Theme;
import dev.spindle.app.play.HandChooser;
import dev.spindle.app.play.YouSchedule;
import dev.spindle.scenario.Course;
import dev.spindle.scenario.Lesson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import javafx.stage.Stage;

/**
 * "You schedule" mode's pictures: the lost-update level (lesson 22) with the mode on, a few
 * choices made, and the run waiting at a choice between the two deposits, whose tokens glow
 * ({@code sched-lost-update.png} at 1440×900, {@code sched-lost-update-1024.png} at 1024×768);
 * and the same level played to "balance 10", the panel saying the goal is reached
 * ({@code sched-goal-reached.png}); and the waiting choice in presentation mode (F5: toolbar and
 * yard, 1.6×), as a teacher projects it ({@code sched-presentation.png}). Every choice is made as a student makes it, through
 * {@link YouSchedule#pick}.
 */
public final class ScheduleShots {
    /** Choices made before the first picture: it then waits between alice's and bob's goroutines. */
    private static final int CHOICES_BEFORE = 2;
    private static final int SETTLE_PULSES = 20;

    private ScheduleShots() {
    }

    public static void main(String[] args) {
        ShotRunner.main(args, ScheduleShots::renderAll);
    }

    static void renderAll(Path dir) throws InterruptedException {
        render(dir.resolve("sched-lost-update.png"), 1440, 900, false, false);
        render(dir.resolve("sched-lost-update-1024.png"), 1024, 768, false, false);
        render(dir.resolve("sched-goal-reached.png"), 1440, 900, true, false);
        render(dir.resolve("sched-presentation.png"), 1440, 900, false, true);
    }

    private static void render(Path file, double width, double height, boolean toTheGoal, boolean presentation)
            throws InterruptedException {
        Lesson level;
        try {
            level = Course.builtIn().lesson(22).orElseThrow();
        } catch (dev.spindle.scenario.LessonException e) {
            throw new IllegalStateException(e.getMessage());
        }
        MainWindow window = Fx.call(() -> {
            MainWindow w = ShotRunner.window(Theme.LIGHT, width, height);
            w.session().coresProperty().set(level.recommended().cores());
            w.session().seedProperty().set(level.recommended().seed());
            w.session().name(level.sourceName(), level.source());
            w.view().code().setSource(level.source());
            var result = w.session().runNow(level.source());
            if (!result.ok()) {
                throw new IllegalStateException("lesson 22: " + result.errors());
            }
            w.session().youSchedule().goalProperty().set(level.goal());
            w.session().youSchedule().activeProperty().set(true);
            w.view().presentationProperty().set(presentation);
            return w;
        });
        YouSchedule mode = window.session().youSchedule();
        int picks = 0;
        for (int i = 0; i < 3000; i++) {
            Fx.pulses(2);
            HandChooser.Ask ask = Fx.call(() -> mode.pendingProperty().get());
            boolean ended = Fx.call(() -> window.session().playback().finishedProperty().get());
            if (ended || (!toTheGoal && ask != null && picks >= CHOICES_BEFORE && ask.decision().goroutines() != null)) {
                break;
            }
            if (ask != null) {
                Fx.call(() -> {
                    mode.pick(0);
                    return null;
                });
                picks++;
            }
        }
        Fx.pulses(SETTLE_PULSES);
        Fx.call(() -> {
            try {
                PngWriter.write(window.scene().snapshot(null), file, true);
                window.dispose();
                ((Stage) window.scene().getWindow()).close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return null;
        });
        System.out.println("wrote " + file);
    }
}
