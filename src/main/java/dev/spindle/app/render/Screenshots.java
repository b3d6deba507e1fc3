package dev.spindle.app.render;

import dev.spindle.app.MainWindow;
import dev.spindle.app.fold.RunState;
import dev.spindle.app.fold.Timeline;
import dev.spindle.app.model.CoreRange;
import dev.spindle.app.model.MemoryThemeStore;
import dev.spindle.app.model.ShellModel;
import dev.spindle.app.model.Theme;
import dev.spindle.app.play.Playback;
import dev.spindle.app.play.Samples;
import dev.spindle.app.play.Speed;
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
 * <p>Run by {@code ./mvnw -Pscreenshots}, which starts it on the headless glass platform; no
 * display is needed. Themes come through a {@link MemoryThemeStore}, so rendering never
 * changes the user's remembered choice; the cores slider is drawn for an 8-core host.
 */
public final class Screenshots {
    private static final int HOST_CORES = 8;
    /** Enough pulses for CSS, layout and the code area's virtual flow to settle. */
    private static final int SETTLE_PULSES = 8;
    private static final long SEED = 1;

    /** One picture: which program, how it runs, which moment, which look. */
    record Shot(String file, Samples sample, Theme theme, int procs, boolean presentation, Predicate<RunState> moment) {}

    private Screenshots() {
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
            for (Shot shot : shots()) {
                Path file = dir.resolve(shot.file());
                render(shot, file);
                System.out.println("wrote " + file);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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
        for (int i = 0; i < 600 && !Fx.call(() -> playback.finishedProperty().get()); i++) {
            Fx.pulses(2);
        }
        Fx.call(() -> {
            playback.pause();
            playback.seek(moment(playback.events(), shot.moment()));
            window.view().presentationProperty().set(shot.presentation());
            return null;
        });
        Fx.pulses(SETTLE_PULSES);
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
