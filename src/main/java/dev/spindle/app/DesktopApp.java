package dev.spindle.app;

import dev.spindle.app.lesson.LessonsUi;
import dev.spindle.app.lesson.PrefsProgressStore;
import dev.spindle.app.model.CoreRange;
import dev.spindle.app.model.PreferencesThemeStore;
import dev.spindle.app.model.ShellModel;
import dev.spindle.app.play.Samples;
import dev.spindle.scenario.Course;
import dev.spindle.scenario.LessonException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The JavaFX application that {@link SpindleApp} launches: a .go file or a lesson folder
 * given as the first argument opens at once, else the course where the student left off.
 */
public final class DesktopApp extends Application {
    /**
     * On a user's very first run, java.util.prefs logs "Created user preferences directory."
     * at INFO to the console; that is not news for anybody, and the console must stay clean.
     * Warnings still show. Held in a field because java.util.logging keeps loggers weakly.
     */
    static final Logger PREFS_LOGGER = Logger.getLogger("java.util.prefs");

    @Override
    public void init() {
        if (SpindleApp.preload != null) {
            StartupWarmup.begin();
        }
    }

    @Override
    public void start(Stage stage) {
        StartupClock clock = new StartupClock(Boolean.getBoolean(SpindleApp.STARTUP_TIMING));
        PREFS_LOGGER.setLevel(Level.WARNING);
        ShellModel model = new ShellModel(
                new PreferencesThemeStore(PreferencesThemeStore.userNode()),
                CoreRange.forHost(Runtime.getRuntime().availableProcessors()));
        MainWindow window = new MainWindow(model);
        clock.mark("window");
        // Everything the first frame shows goes in before the stage is shown: a stylesheet or
        // a column added to a showing scene restyles every node a second time.
        LessonsUi lessons = installLessons(window);
        clock.mark("course");
        // macOS may pass a process serial number (-psn_...) to apps started from Finder.
        List<String> args = getParameters().getRaw().stream().filter(a -> !a.startsWith("-psn_")).toList();
        if (!args.isEmpty()) {
            Path path = Path.of(args.getFirst());
            if (lessons != null && (Files.isDirectory(path) || path.getFileName().toString().endsWith(".yaml"))) {
                lessons.open(path);
            } else {
                window.open(path);
            }
        } else if (lessons != null) {
            lessons.resume();
        } else {
            window.openSample(Samples.WAIT_GROUP);
        }
        clock.mark("program");
        WindowSize.fit(stage, WindowSize.userNode());
        window.showIn(stage);
        clock.mark("shown");
        boolean timing = Boolean.getBoolean(SpindleApp.STARTUP_TIMING);
        boolean exit = Boolean.getBoolean(SpindleApp.EXIT_AFTER_FIRST_FRAME);
        if (timing || exit) {
            // The lesson's program is compiled off the FX thread: the frame that counts shows its
            // code with the program loaded (or Go's errors, for a file that does not compile).
            afterFirstFrame(clock, () -> !window.view().code().source().isEmpty()
                            && (window.session().playback().loadedProperty().get()
                                || !window.session().errorsProperty().get().isEmpty()),
                    timing, exit);
        }
    }

    /**
     * The built-in course in the picker and the lesson panel. The course ships inside the app,
     * so a failure here is a packaging bug: the window still opens, with a sample and without
     * lessons, and the reason goes to stderr in one line.
     */
    private static LessonsUi installLessons(MainWindow window) {
        try {
            StartupPreload preload = SpindleApp.preload;
            Course course = preload != null ? preload.course() : Course.builtIn();
            return LessonsUi.install(window, course, new PrefsProgressStore(PrefsProgressStore.userNode()));
        } catch (LessonException e) {
            System.err.println("spindle: the built-in lessons could not be loaded: " + e.getMessage());
            return null;
        }
    }

    private static void afterFirstFrame(StartupClock clock, BooleanSupplier loaded, boolean report, boolean exit) {
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                // The first pulse after the program is in lays out and renders it; the line goes
                // out on the next one, when that frame is shown.
                if (!loaded.getAsBoolean() || ++frames < 2) {
                    return;
                }
                stop();
                clock.mark("frame");
                if (report) {
                    System.err.println("spindle: first frame after " + clock.sinceLaunch() + " ms (" + clock + ")");
                }
                if (exit) {
                    Platform.exit();
                }
            }
        }.start();
    }
}
