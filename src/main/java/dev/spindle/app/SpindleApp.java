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
     * in a loop, and for the AOT training runs: packaging/aot-cache.sh, and the build's for
     * {@code ./mvnw javafx:run}). A start that has not shown its first frame within
     * {@link #FIRST_FRAME_DEADLINE_SECONDS} then ends with status 1, so that a broken training run
     * fails the build instead of hanging it.
     */
    public static final String EXIT_AFTER_FIRST_FRAME = "spindle.exitAfterFirstFrame";
    /** Five minutes: a training run takes ~20 s of CPU; a machine shared by a class may be slow. */
    static final int FIRST_FRAME_DEADLINE_SECONDS = 300;

    /** Begun in {@link #main}, before the toolkit starts; {@code null} when the app is launched some other way (tests). */
    static volatile StartupPreload preload;

    private SpindleApp() {
    }

    public static void main(String[] args) {
        DesktopApp.PREFS_LOGGER.setLevel(Level.WARNING); // before the preload reads the student's progress
        args = maxHeap(args);
        preload = StartupPreload.begin();
        if (Boolean.getBoolean(STARTUP_TIMING)) {
            StartupClock.loadEarly();
        }
        if (Boolean.getBoolean(EXIT_AFTER_FIRST_FRAME)) {
            exitIfNoFirstFrame();
        }
        Application.launch(DesktopApp.class, args);
    }

    /** The deadline of {@link #EXIT_AFTER_FIRST_FRAME}: a daemon that a first frame's exit outlives never fires. */
    private static void exitIfNoFirstFrame() {
        Thread deadline = new Thread(() -> {
            try {
                Thread.sleep(FIRST_FRAME_DEADLINE_SECONDS * 1000L);
            } catch (InterruptedException e) {
                return;
            }
            System.err.println("spindle: no first frame after " + FIRST_FRAME_DEADLINE_SECONDS + " s");
            Runtime.getRuntime().halt(1);
        }, "spindle-first-frame-deadline");
        deadline.setDaemon(true);
        deadline.start();
    }

    /**
     * {@code --max-heap SIZE} (or {@code --max-heap=SIZE}), as {@code spindle run} takes it: the
     * heap a program may fill before its run ends with Go's {@code fatal error: out of memory}
     * in the console (the window goes on). Returns the other arguments.
     */
    static String[] maxHeap(String[] args) {
        java.util.List<String> rest = new java.util.ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String size = null;
            if (args[i].equals("--max-heap") && i + 1 < args.length) {
                size = args[++i];
            } else if (args[i].startsWith("--max-heap=")) {
                size = args[i].substring("--max-heap=".length());
            } else {
                rest.add(args[i]);
                continue;
            }
            long bytes = dev.spindle.runtime.HeapLimit.parseSize(size);
            if (bytes > 0) {
                dev.spindle.runtime.HeapLimit.set(bytes);
            } else {
                System.err.println("spindle: --max-heap " + size + ": want a size such as 512m or 2g");
            }
        }
        return rest.toArray(String[]::new);
    }
}
