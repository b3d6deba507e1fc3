package dev.spindle.app.render;

import dev.spindle.app.MainWindow;
import dev.spindle.app.model.Theme;
import dev.spindle.app.play.Exploration;
import dev.spindle.app.play.Playback;
import dev.spindle.app.play.Speed;
import dev.spindle.runtime.explore.Explorer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;

/**
 * The Outcomes panel's picture ({@code explore-outcomes.png}): lesson 2 at 2 cores, explored
 * (both orders, complete), and the rarer order's bar clicked, so the yard has replayed that
 * outcome's schedule to its end and its bar is marked. The bottom row is given more height,
 * as a teacher would drag it, so both bars show without scrolling.
 */
public final class OutcomesShots {
    private static final String FILE = "explore-outcomes.png";
    private static final String LESSON_SOURCE = "/lessons/02-waitgroup/main.go";
    private static final int SETTLE_PULSES = 12;

    private OutcomesShots() {
    }

    public static void main(String[] args) {
        ShotRunner.main(args, OutcomesShots::renderAll);
    }

    static void renderAll(Path dir) throws InterruptedException {
        String source = lessonSource();
        MainWindow window = Fx.call(() -> {
            MainWindow w = ShotRunner.window(Theme.LIGHT, 1440, 900);
            w.session().coresProperty().set(2);
            w.session().seedProperty().set(1);
            w.session().name("main.go", source);
            w.view().code().setSource(source);
            var result = w.session().runNow(source);
            if (!result.ok()) {
                throw new IllegalStateException("lesson 2: " + result.errors());
            }
            ((TabPane) w.scene().lookup("#bottom-tabs")).getSelectionModel().select(1);
            ((SplitPane) w.scene().lookup("#rows")).setDividerPositions(0.44, 0.56);
            w.session().exploration().explore(2);
            return w;
        });
        Exploration exploration = window.session().exploration();
        for (int i = 0; i < 3000 && Fx.call(() -> exploration.runningProperty().get()); i++) {
            Fx.pulses(2);
        }
        Playback playback = window.session().playback();
        Fx.call(() -> {
            Explorer.Report report = exploration.reportProperty().get();
            if (report == null || report.outcomes().size() < 2) {
                throw new IllegalStateException("lesson 2: the explorer found fewer than two outcomes");
            }
            exploration.replay(report.outcomes().getLast()); // the rarer order
            playback.speedProperty().set(Speed.FLAT_OUT);
            playback.runToEnd();
            return null;
        });
        for (int i = 0; i < 600 && !Fx.call(() -> playback.finishedProperty().get()); i++) {
            Fx.pulses(2);
        }
        Fx.pulses(SETTLE_PULSES);
        Path file = dir.resolve(FILE);
        Fx.call(() -> {
            try {
                PngWriter.write(window.scene().snapshot(null), file, true);
                ((Stage) window.scene().getWindow()).close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return null;
        });
        System.out.println("wrote " + file);
    }

    private static String lessonSource() {
        try (InputStream in = OutcomesShots.class.getResourceAsStream(LESSON_SOURCE)) {
            if (in == null) {
                throw new IllegalStateException(LESSON_SOURCE + " is not in the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
