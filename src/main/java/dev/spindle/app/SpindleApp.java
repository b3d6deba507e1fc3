package dev.spindle.app;

import dev.spindle.app.model.CoreRange;
import dev.spindle.app.model.PreferencesThemeStore;
import dev.spindle.app.model.ShellModel;
import dev.spindle.app.play.Samples;
import java.nio.file.Path;
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
        List<String> args = getParameters().getRaw();
        if (!args.isEmpty()) {
            window.open(Path.of(args.getFirst()));
        } else {
            window.openSample(Samples.WAIT_GROUP);
        }
    }

    public static void main(String[] args) {
        launch(SpindleApp.class, args);
    }
}
