package dev.spindle.app;

import dev.spindle.app.model.CoreRange;
import dev.spindle.app.model.PreferencesThemeStore;
import dev.spindle.app.model.ShellModel;
import javafx.application.Application;
import javafx.stage.Stage;

/** The desktop application: {@code ./mvnw javafx:run}. */
public final class SpindleApp extends Application {
    @Override
    public void start(Stage stage) {
        ShellModel model = new ShellModel(
                new PreferencesThemeStore(PreferencesThemeStore.userNode()),
                CoreRange.forHost(Runtime.getRuntime().availableProcessors()));
        new MainWindow(model).showIn(stage);
    }

    public static void main(String[] args) {
        launch(SpindleApp.class, args);
    }
}
