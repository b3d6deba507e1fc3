package dev.spindle.app;

import dev.spindle.app.icon.AppIcon;
import dev.spindle.app.model.ShellModel;
import dev.spindle.app.play.Compiler;
import dev.spindle.app.play.EngineFactory;
import dev.spindle.app.play.Playback;
import dev.spindle.app.play.Samples;
import dev.spindle.app.play.Session;
import dev.spindle.app.theme.Stylesheets;
import dev.spindle.app.theme.ThemeApplier;
import dev.spindle.app.view.MainView;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.fxmisc.richtext.GenericStyledArea;

/**
 * Spindle's main window: title, size, icon, stylesheets and theme around {@link MainView};
 * the keyboard (Space, →, ←, R, 1–9, F5, L (laser pointer, presentation), F11, Ctrl +/−/0, Ctrl+O, Ctrl+Enter), File › Open
 * and drag and drop of .go files.
 */
public final class MainWindow {
    public static final String TITLE = "Spindle";
    public static final double WIDTH = 1440;
    public static final double HEIGHT = 900;
    /** Below this the three columns stop making sense. */
    private static final double MIN_WIDTH = 1024;
    private static final double MIN_HEIGHT = 640;

    private final Scene scene;
    private final Session session;
    private final MainView view;
    private final Zoom zoom;
    private Stage stage;

    public MainWindow(ShellModel model) {
        this(model, EngineFactory.vm());
    }

    public MainWindow(ShellModel model, EngineFactory engines) {
        // Before the first control exists: Control's class initializer loads JavaFX's own
        // Modena sheet unless an application sheet is already set, and Spindle never shows
        // Modena (parsing it cost the start about 50 ms of one core).
        ThemeApplier.applyToApplication(model.theme());
        Playback playback = new Playback(engines);
        session = new Session(playback, model.cores().initial(), new SplittableRandom());
        view = new MainView(model, session, this::chooseFile, this::runEdited);
        zoom = new Zoom(view.root(), view::zoom);
        view.presentationProperty().addListener((obs, was, now) -> zoom.presentation(now));
        scene = new Scene(view.root(), WIDTH, HEIGHT);
        scene.getStylesheets().setAll(Stylesheets.all());
        scene.addPreLayoutPulseListener(playback::beforeLayout); // a cores change shown in the frame it is made in
        ThemeApplier.apply(model.theme(), view.root());
        model.themeProperty().addListener((obs, was, now) -> ThemeApplier.apply(now, view.root()));
        session.errorsProperty().addListener((obs, was, now) -> view.code().showErrors(now));
        session.warningsProperty().addListener((obs, was, now) -> view.code().showWarnings(now));
        session.addedImportsProperty().addListener((obs, was, now) -> view.code().showAddedImports(now));
        reducedMotion();
        view.pointerIn(scene);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        scene.setOnDragOver(this::dragOver);
        scene.setOnDragDropped(this::dropped);
    }

    /**
     * Reduced motion: the platform's setting (JavaFX's Platform.Preferences, through the
     * scene's preferences) until the toolbar's toggle overrides it for this window; the yard
     * follows whichever is in force.
     */
    private void reducedMotion() {
        Scene.Preferences prefs = scene.getPreferences();
        view.reduceMotionToggle().set(prefs.isReducedMotion());
        view.reduceMotionToggle().addListener((obs, was, now) -> prefs.setReducedMotion(now));
        view.yard().reducedMotionProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                prefs::isReducedMotion, prefs.reducedMotionProperty(), javafx.application.Platform.getPreferences().reducedMotionProperty()));
        prefs.reducedMotionProperty().addListener((obs, was, now) -> view.reduceMotionToggle().set(prefs.isReducedMotion()));
    }

    public Scene scene() {
        return scene;
    }

    public Session session() {
        return session;
    }

    public MainView view() {
        return view;
    }

    /** Puts the window on {@code stage} and shows it. FX thread only. */
    public void showIn(Stage stage) {
        this.stage = stage;
        stage.setTitle(TITLE);
        stage.getIcons().setAll(AppIcon.images());
        // Never more than the screen has: a 1024x768 projector's usable height is under 768.
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        stage.setMinWidth(Math.min(MIN_WIDTH, screen.getWidth()));
        stage.setMinHeight(Math.min(MIN_HEIGHT, screen.getHeight()));
        stage.setScene(scene);
        stage.setOnHidden(e -> dispose());
        session.fileNameProperty().addListener((obs, was, now) -> stage.setTitle(now + " — " + TITLE));
        // The app opens its lesson before it shows the window: a program opened by then names it.
        if (!session.sourceProperty().get().isEmpty()) {
            stage.setTitle(session.fileNameProperty().get() + " — " + TITLE);
        }
        stage.show();
        // On a projector's 768 lines the console's output matters more than the history: the
        // timeline opens folded there (its header stays, one click opens it), and the bottom
        // row gets the room to show the program's lines.
        if (stage.getHeight() < SHORT_WINDOW) {
            view.timeline().collapsedProperty().set(true);
        }
    }

    /** Below this height (px) the window opens with the timeline folded. */
    static final double SHORT_WINDOW = 800;

    /** Shows {@code text} as the program {@code name} and compiles and loads it (off the FX thread). */
    public void openSource(String name, String text) {
        session.name(name, text);
        view.code().setSource(text);
        session.run(text);
    }

    /**
     * Shows {@code text} as the program {@code name} with its compile result, made already off
     * the FX thread (a lesson compiles its program once, for its panel and for the run).
     */
    public void openCompiled(String name, String text, Compiler.Result compiled) {
        session.name(name, text);
        view.code().setSource(text);
        session.runCompiled(text, compiled);
    }

    /** Opens a built-in sample. */
    public void openSample(Samples sample) {
        openSource(sample.fileName(), sample.source());
    }

    /** Opens a .go file; an unreadable file becomes a compile-style error line, not a dialog full of Java. */
    public void open(Path file) {
        try {
            String text = session.read(file);
            view.code().setSource(text);
            session.run(text);
        } catch (IOException e) {
            view.code().showErrors(dev.spindle.app.play.CompileError.parse(
                    List.of(file.getFileName() + ": cannot read: " + e.getMessage())));
        }
    }

    /** Compiles the code as edited and starts it. */
    public void runEdited() {
        session.run(view.code().source());
    }

    public void dispose() {
        view.dispose();
        session.dispose();
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a Go program");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Go source", "*.go"));
        File f = chooser.showOpenDialog(stage);
        if (f != null) {
            open(f.toPath());
        }
    }

    private void dragOver(DragEvent e) {
        if (e.getDragboard().hasFiles() && e.getDragboard().getFiles().stream().anyMatch(f -> f.getName().endsWith(".go"))) {
            e.acceptTransferModes(TransferMode.COPY);
        }
        e.consume();
    }

    private void dropped(DragEvent e) {
        boolean ok = false;
        for (File f : e.getDragboard().getFiles()) {
            if (f.getName().endsWith(".go")) {
                open(f.toPath());
                ok = true;
                break;
            }
        }
        e.setDropCompleted(ok);
        e.consume();
    }

    /** The window's keys; playback keys only when no text field or the code has the focus. */
    private void key(KeyEvent e) {
        Playback p = session.playback();
        // A prediction's choices take their own keys (arrows choose, Space and Enter lock in).
        boolean typing = isTextInput(scene.getFocusOwner()) || isPredictionChoice(scene.getFocusOwner());
        KeyCode k = e.getCode();
        boolean handled = true;
        if (k == KeyCode.F5) {
            view.presentationProperty().set(!view.presentationProperty().get());
        } else if (k == KeyCode.F11 && stage != null) {
            stage.setFullScreen(!stage.isFullScreen());
        } else if (e.isShortcutDown() && (k == KeyCode.PLUS || k == KeyCode.EQUALS || k == KeyCode.ADD)) {
            zoom.in();
        } else if (e.isShortcutDown() && (k == KeyCode.MINUS || k == KeyCode.SUBTRACT)) {
            zoom.out();
        } else if (e.isShortcutDown() && (k == KeyCode.DIGIT0 || k == KeyCode.NUMPAD0)) {
            zoom.reset();
        } else if (e.isShortcutDown() && k == KeyCode.O) {
            chooseFile();
        } else if (e.isShortcutDown() && k == KeyCode.ENTER) {
            runEdited();
        } else if (typing || e.isShortcutDown() || e.isAltDown()) {
            handled = false;
        } else if (k == KeyCode.SPACE) {
            p.togglePlay();
        } else if (k == KeyCode.RIGHT) {
            p.step();
        } else if (k == KeyCode.LEFT) {
            p.back();
        } else if (k == KeyCode.R) {
            p.reset();
        } else if (k == KeyCode.L && view.presentationProperty().get()) {
            view.laser().onProperty().set(!view.laser().onProperty().get()); // the teacher's laser pointer
        } else if (k.isDigitKey() && k != KeyCode.DIGIT0 && k != KeyCode.NUMPAD0) {
            int n = Integer.parseInt(k.getChar().isEmpty() ? "0" : k.getChar().substring(k.getChar().length() - 1));
            if (n >= 1 && n <= 9) {
                session.coresProperty().set(n);
            }
        } else {
            handled = false;
        }
        if (handled) {
            e.consume();
        }
    }

    private static boolean isPredictionChoice(Node n) {
        return n instanceof javafx.scene.control.RadioButton || n != null && "lock-prediction".equals(n.getId());
    }

    private static boolean isTextInput(Node n) {
        return n instanceof TextInputControl || n instanceof GenericStyledArea<?, ?, ?>;
    }
}
