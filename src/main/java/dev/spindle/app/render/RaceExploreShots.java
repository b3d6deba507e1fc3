package dev.spindle.app.render;

import dev.spindle.app.MainWindow;
import dev.spindle.app.model.Theme;
import dev.spindle.app.play.Exploration;
import dev.spindle.app.play.Playback;
import dev.spindle.trace.Event;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;

/**
 * "Explore until a race shows" ({@code race-explore.png}): the race corpus's racy_select.go,
 * whose race shows on some schedules only, at 2 cores with -race on; Explore has stopped at
 * the first racy schedule, its bar red, and the yard shows that schedule at the race: both
 * goroutines ringed, the missing edge drawn, both lines marked.
 */
final class RaceExploreShots {
    private static final String FILE = "race-explore.png";
    /** Read from the project (screenshots are rendered there): a program of the race corpus. */
    private static final Path SOURCE = Path.of("src/test/resources/race/sometimes/racy_select.go");
    private static final int SETTLE_PULSES = 12;

    private RaceExploreShots() {
    }

    static void renderAll(Path dir) throws InterruptedException {
        String source;
        try {
            source = Files.readString(SOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        MainWindow window = Fx.call(() -> {
            MainWindow w = ShotRunner.window(Theme.LIGHT, 1440, 900);
            w.session().coresProperty().set(2);
            w.session().seedProperty().set(1);
            w.session().playback().detectRacesProperty().set(true);
            w.session().name("racy_select.go", source);
            w.view().code().setSource(source);
            var result = w.session().runNow(source);
            if (!result.ok()) {
                throw new IllegalStateException("racy_select.go: " + result.errors());
            }
            ((TabPane) w.scene().lookup("#bottom-tabs")).getSelectionModel().select(1);
            ((SplitPane) w.scene().lookup("#rows")).setDividerPositions(0.44, 0.56);
            w.session().exploration().explore(2);
            return w;
        });
        Exploration exploration = window.session().exploration();
        Playback playback = window.session().playback();
        for (int i = 0; i < 3000 && !Fx.call(() -> !exploration.runningProperty().get()
                && playback.state().last() instanceof Event.DataRace); i++) {
            Fx.pulses(2);
        }
        Fx.call(() -> {
            if (exploration.reportProperty().get() == null || exploration.reportProperty().get().race() == null) {
                throw new IllegalStateException("racy_select.go: the explorer found no race");
            }
            return null;
        });
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
}
