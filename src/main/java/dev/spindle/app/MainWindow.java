package dev.spindle.app;

import dev.spindle.app.icon.AppIcon;
import dev.spindle.app.model.ShellModel;
import dev.spindle.app.theme.Stylesheets;
import dev.spindle.app.theme.ThemeApplier;
import dev.spindle.app.view.MainView;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** Spindle's main window: title, size, icon, stylesheets and theme around {@link MainView}. */
public final class MainWindow {
    public static final String TITLE = "Spindle";
    public static final double WIDTH = 1440;
    public static final double HEIGHT = 900;
    /** Below this the three columns stop making sense. */
    private static final double MIN_WIDTH = 1024;
    private static final double MIN_HEIGHT = 640;

    private final Scene scene;

    public MainWindow(ShellModel model) {
        MainView view = new MainView(model);
        scene = new Scene(view.root(), WIDTH, HEIGHT);
        scene.getStylesheets().setAll(Stylesheets.all());
        ThemeApplier.apply(model.theme(), view.root());
        model.themeProperty().addListener((obs, was, now) -> ThemeApplier.apply(now, view.root()));
    }

    public Scene scene() {
        return scene;
    }

    /** Puts the window on {@code stage} and shows it. FX thread only. */
    public void showIn(Stage stage) {
        stage.setTitle(TITLE);
        stage.getIcons().setAll(AppIcon.images());
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        stage.setScene(scene);
        stage.show();
    }
}
