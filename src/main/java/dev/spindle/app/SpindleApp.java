package dev.spindle.app;

import java.util.logging.Level;
import javafx.application.Application;

/**
 * The desktop app's entry point ({@code ./mvnw javafx:run}, the installers' Spindle launcher):
 * starts the work the first frame needs that does not need JavaFX ({@link StartupPreload}), then
 * launches {@link DesktopApp}.
 *
 * <p>Deliberately not an {@link Application} itself: for a main class that is one, the java
 * launcher hands over to JavaFX's, which starts the whole toolkit (GTK, the renderer) before it
 * calls {@code main}, so nothing begun in {@code main} could overlap that half second. (The
 * window's class on X11, WM_CLASS, which the desktop entry's StartupWMClass names, is the name of
 * the Application class, {@code dev.spindle.app.DesktopApp}.)
 */
public final class SpindleApp {
    /** {@code -Dspindle.startupTiming=true}: one line on stderr when the first frame is on screen (the installers' check). */
    public static final String STARTUP_TIMING = "spindle.startupTiming";
    /**
     * {@code -Dspindle.exitAfterFirstFrame=true}: quit right after the first frame (to time cold starts
     * in a loop, and for the installers' AOT training run, packaging/aot-cache.sh).
     */
    public static final String EXIT_AFTER_FIRST_FRAME = "spindle.exitAfterFirstFrame";

    /** Begun in {@link #main}, before the toolkit starts; {@code null} when the app is launched some other way (tests). */
    static volatile StartupPreload preload;

    private SpindleApp() {
    }

    public static void main(String[] args) {
        DesktopApp.PREFS_LOGGER.setLevel(Level.WARNING); // before the preload reads the student's progress
        preload = StartupPreload.begin();
        Application.launch(DesktopApp.class, args);
    }
}
