package dev.spindle.app;

import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The window's size on the screen it opens on: the size it had when it was last closed (or
 * {@link MainWindow#WIDTH}×{@link MainWindow#HEIGHT} the first time), never larger than that
 * screen's usable area, so that a 1024×768 classroom projector gets a window that fits
 * instead of one partly off screen. Remembered with java.util.prefs when the window closes.
 * Only the user's window uses it: tests and screenshots keep the fixed default size.
 */
final class WindowSize {
    private static final String WIDTH = "windowWidth";
    private static final String HEIGHT = "windowHeight";

    private WindowSize() {
    }

    static Preferences userNode() {
        return Preferences.userRoot().node("dev/spindle/window");
    }

    /** Sizes and centres {@code stage} before it is shown, and remembers its size when it is hidden. */
    static void fit(Stage stage, Preferences prefs) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double w = Math.min(prefs.getDouble(WIDTH, MainWindow.WIDTH), screen.getWidth());
        double h = Math.min(prefs.getDouble(HEIGHT, MainWindow.HEIGHT), screen.getHeight());
        stage.setWidth(w);
        stage.setHeight(h);
        stage.setX(screen.getMinX() + (screen.getWidth() - w) / 2);
        stage.setY(screen.getMinY() + (screen.getHeight() - h) / 2);
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> {
            if (!stage.isFullScreen() && !stage.isMaximized()) {
                prefs.putDouble(WIDTH, stage.getWidth());
                prefs.putDouble(HEIGHT, stage.getHeight());
            }
        });
    }
}
