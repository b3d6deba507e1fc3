package dev.spindle.app;

import dev.spindle.app.model.CoreRange;
import dev.spindle.app.model.PreferencesThemeStore;
import dev.spindle.app.model.ShellModel;
import dev.spindle.app.play.Samples;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.stage.Stage;

/** The desktop application: {@code ./mvnw javafx:run}; a .go file given as the first argument opens at once, else the WaitGroup sample. */
public final class SpindleApp extends Application {
    /**
     * On a user's very first run, java.util.prefs logs "Created user preferences directory."
     * at INFO to the console; that is not news for anybody, and the console must stay clean.
     * Warnings still show. Held in a field because java.util.logging keeps loggers weakly.
     */
    private final Logger prefsLogger = Logger.getLogger("java.util.prefs");

    @Override
    public void start(Stage stage) {
        prefsLogger.setLevel(Level.WARNING);
        ShellModel model = new ShellModel(
                new PreferencesThemeStore(PreferencesThemeStore.userNode()),
                CoreRange.forHost(Runtime.getRuntime().availableProcessors()));
        MainWindow window = new MainWindow(model);
        window.showIn(stage);
        // macOS may pass a process serial number (-psn_...) to apps started from Finder.
        List<String> args = getParameters().getRaw().stream().filter(a -> !a.startsWith("-psn_")).toList();
        if (!args.isEmpty()) {
            window.open(Path.of(args.getFirst()));
        } else {
            window.openSample(Samples.WAIT_GROUP);
        }
        if (Boolean.getBoolean(STARTUP_TIMING)) {
            reportFirstFrame(Boolean.getBoolean(EXIT_AFTER_FIRST_FRAME));
        }
    }

    /** {@code -Dspindle.startupTiming=true}: one line on stderr when the first frame is on screen (the installers' check). */
    public static final String STARTUP_TIMING = "spindle.startupTiming";
    /** {@code -Dspindle.exitAfterFirstFrame=true}: quit right after that line (to time cold starts in a loop). */
    public static final String EXIT_AFTER_FIRST_FRAME = "spindle.exitAfterFirstFrame";

    private static void reportFirstFrame(boolean exit) {
        Instant jvmStart = ProcessHandle.current().info().startInstant().orElse(Instant.now());
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                // The first pulse lays out and renders; the line goes out on the next one, when that frame is shown.
                if (++frames < 2) {
                    return;
                }
                stop();
                System.err.println("spindle: first frame after " + Duration.between(jvmStart, Instant.now()).toMillis() + " ms");
                if (exit) {
                    Platform.exit();
                }
            }
        }.start();
    }

    public static void main(String[] args) {
        launch(SpindleApp.class, args);
    }
}
