package dev.spindle.app.render;

import dev.spindle.app.MainWindow;
import dev.spindle.app.model.CoreRange;
import dev.spindle.app.model.MemoryThemeStore;
import dev.spindle.app.model.ShellModel;
import dev.spindle.app.model.Theme;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Renders the real window offscreen, once per theme, to {@code screenshots/spindle-<theme>.png}.
 *
 * <p>Run by {@code ./mvnw -Pscreenshots}, which starts it on the headless glass platform; no
 * display is needed. The themes are given through a {@link MemoryThemeStore}, so rendering
 * never changes the user's remembered choice, and the cores slider is drawn for an 8-core
 * host, so that the pictures do not depend on the machine that rendered them.
 */
public final class Screenshots {
    private static final int HOST_CORES = 8;
    /** Enough pulses for CSS, layout and the code area's virtual flow to settle. */
    private static final int SETTLE_PULSES = 6;

    private Screenshots() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args.length > 0 ? args[0] : "screenshots");
        int status = 0;
        try {
            Fx.start();
            for (Theme theme : Theme.values()) {
                Path file = dir.resolve("spindle-" + theme.name().toLowerCase(Locale.ROOT) + ".png");
                render(theme, file);
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

    private static void render(Theme theme, Path file) throws InterruptedException {
        Stage stage = Fx.call(() -> {
            ShellModel model = new ShellModel(new MemoryThemeStore(theme), CoreRange.forHost(HOST_CORES));
            Stage s = new Stage();
            new MainWindow(model).showIn(s);
            return s;
        });
        Fx.pulses(SETTLE_PULSES);
        Fx.call(() -> {
            try {
                PngWriter.write(stage.getScene().snapshot(null), file, true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            stage.close();
            return null;
        });
    }
}
