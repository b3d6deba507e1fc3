package dev.spindle.app.render;

import dev.spindle.app.MainWindow;
import dev.spindle.app.model.CoreRange;
import dev.spindle.app.model.MemoryThemeStore;
import dev.spindle.app.model.ShellModel;
import dev.spindle.app.model.Theme;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * What every picture-rendering command shares: starting the toolkit, saying in one line why
 * a picture could not be made (never a stack trace), the exit status; and the window each
 * picture is taken of, sized before it is shown as the app sizes its own.
 */
final class ShotRunner {
    private ShotRunner() {
    }

    /** Renders into {@code dir}; the toolkit is started. */
    interface Renderer {
        void renderAll(Path dir) throws Exception;
    }

    /** A renderer's {@code main}: {@code args[0]} is the folder (default {@code screenshots}); exits 0, or 1 when it failed. */
    static void main(String[] args, Renderer renderer) {
        Path dir = Path.of(args.length > 0 ? args[0] : "screenshots");
        int status = 0;
        try {
            Fx.start();
            renderer.renderAll(dir);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            status = 1;
        } catch (Exception e) {
            System.err.println("screenshots: " + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()));
            status = 1;
        } finally {
            Platform.exit();
        }
        System.exit(status);
    }

    /** A window on a new stage of {@code width} by {@code height}, shown (FX thread). */
    static MainWindow window(Theme theme, double width, double height) {
        MainWindow w = new MainWindow(new ShellModel(new MemoryThemeStore(theme), CoreRange.forHost(8)));
        Stage stage = new Stage();
        stage.setWidth(width);
        stage.setHeight(height);
        w.showIn(stage);
        return w;
    }
}
