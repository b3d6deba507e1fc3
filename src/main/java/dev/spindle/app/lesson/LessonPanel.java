package dev.spindle.app.lesson;

import dev.spindle.lang.compile.Program;
import dev.spindle.scenario.Lesson;
import dev.spindle.scenario.Tool;
import dev.spindle.trace.Event;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The lesson panel at the right of the window: the title (with the button that folds the
 * panel away), the text, the prediction, the narration as it happens (kept in sight), the
 * lesson's tools (seed comparison, kitchen chart), and below the scrolling text, always in
 * sight, "Next lesson" and "Open lesson…" (a teacher's folder).
 * One panel per open lesson: {@link LessonsUi} builds a fresh one when the lesson changes,
 * so nothing from the previous lesson lingers.
 */
final class LessonPanel extends VBox {
    private final VBox body = new VBox(10);
    private final PredictionView prediction;
    private final NarrationView narration;
    private final Button next = new Button("Next lesson");
    private final Button openFolder = new Button("Open lesson…");
    /** Below this the text wraps every few words. */
    static final double MIN_WIDTH = 220;
    private final Label problem = new Label();
    /** The verdict at the end, above the scrolling text (coloured by the stylesheet: right, wrong, the answer). */
    private final Label banner = new Label();
    private final Button collapse = new Button();
    private final ScrollPane scroll = new ScrollPane();
    private final Lesson lesson;
    private final LongSupplier seed;
    private final IntSupplier cores;
    /** "Compiling lock-order.go…" until the program is compiled (off the FX thread). */
    private final Label status = new Label();
    /** Where the tools that need the compiled program go once it is there. */
    private final VBox tools = new VBox(10);
    private boolean ready;

    /**
     * A panel for {@code lesson}, complete at once except for what needs the compiled program
     * (the seed comparison, the kitchen chart): {@link #compiled} adds those.
     *
     * @param onVariant a gallery lesson's button for variant i (0-based) was pressed
     */
    LessonPanel(Lesson lesson, int earlierChoice, IntConsumer onPredict, IntConsumer onVariant,
                LongSupplier seed, IntSupplier cores, Consumer<NarrationFollower.Told> onStep) {
        this.lesson = lesson;
        this.seed = seed;
        this.cores = cores;
        setId("lesson-panel");
        getStyleClass().add("lesson-panel");
        body.getStyleClass().add("lesson-body");
        Label title = new Label(lesson.label());
        title.setId("lesson-title");
        title.getStyleClass().add("lesson-title");
        title.setWrapText(true);
        title.setMaxWidth(Double.MAX_VALUE);
        title.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // wrap rather than cut the title
        HBox.setHgrow(title, Priority.ALWAYS);
        collapse.setId("collapse-lesson");
        collapse.getStyleClass().addAll("flat", "lesson-collapse");
        collapse.setGraphic(new FontIcon(MaterialDesignC.CHEVRON_DOUBLE_RIGHT));
        collapse.setTooltip(new Tooltip("Fold the lesson away: more room for the code and the yard"));
        // The title stays in sight above the scrolling text, with the button that folds the panel.
        HBox header = new HBox(6, title, collapse);
        header.getStyleClass().add("lesson-header");
        Label summary = new Label(lesson.summary());
        summary.setId("lesson-summary");
        summary.setWrapText(true);
        body.getChildren().addAll(summary);
        if (!lesson.concepts().isEmpty()) {
            Label concepts = new Label("Concepts: " + String.join(" · ", lesson.concepts()));
            concepts.setWrapText(true);
            concepts.getStyleClass().add("lesson-concepts");
            body.getChildren().add(concepts);
        }
        if (!lesson.variants().isEmpty()) {
            body.getChildren().add(new VariantPicker(lesson, onVariant));
        }
        status.setId("lesson-status");
        status.getStyleClass().add("lesson-concepts");
        status.setText("Compiling " + lesson.sourceName() + "…");
        body.getChildren().addAll(status, new Separator());
        if (lesson.prediction() != null) {
            prediction = new PredictionView(lesson.prediction(), earlierChoice, onPredict);
            body.getChildren().addAll(prediction, new Separator());
        } else {
            prediction = null;
        }
        narration = new NarrationView(lesson.narration(), onStep);
        if (!lesson.narration().isEmpty()) {
            Label heading = new Label("What happens");
            heading.getStyleClass().add("lesson-heading");
            body.getChildren().addAll(heading, narration);
        }
        body.getChildren().add(tools);
        next.setId("next-lesson");
        openFolder.setId("open-lesson-folder");
        openFolder.setTooltip(new Tooltip("Open a lesson folder (main.go and lesson.yaml) or a .go file"));
        problem.setId("lesson-problem");
        problem.setWrapText(true);
        problem.getStyleClass().add("lesson-problem");
        body.getChildren().add(problem);
        // The text scrolls; "Next lesson" stays in sight below it.
        scroll.setContent(body);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        // A 220 px column (1024 px window) has no room for both buttons' words on one line: they wrap, whole.
        javafx.scene.layout.FlowPane bar = new javafx.scene.layout.FlowPane(8, 6, next, openFolder);
        bar.getStyleClass().add("lesson-bar");
        banner.setId("verdict-banner");
        banner.getStyleClass().add("verdict-banner");
        banner.setWrapText(true);
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        banner.setVisible(false);
        banner.managedProperty().bind(banner.visibleProperty());
        getChildren().addAll(header, banner, scroll, bar);
        setPrefWidth(320);
        setMinWidth(MIN_WIDTH);
    }

    /** The program compiled (off the FX thread): the status goes, the tools that run it come. */
    void compiled(Program program) {
        ready = true;
        status.setText("");
        status.setManaged(false);
        if (lesson.has(Tool.COMPARE_SEEDS)) {
            tools.getChildren().addAll(new Separator(), new SeedCompareView(program, lesson.compareSeeds(), seed, cores));
        }
        if (lesson.has(Tool.KITCHEN_CHART)) {
            tools.getChildren().addAll(new Separator(), new KitchenChart(program, lesson.recommended().seed()));
        }
    }

    /** The program does not compile: Go's errors, placed in the lesson's folder, in the panel. */
    void compileFailed(String errors) {
        status.setText("");
        status.setManaged(false);
        problem(errors);
    }

    /** Whether this panel's program is loaded: before that, events drawn are the previous program's. */
    boolean ready() {
        return ready;
    }

    /** A batch of events has just been drawn (the playback's shown listener). */
    void shown(List<Event> events, boolean fromStart) {
        if (fromStart) {
            banner.setVisible(false); // a new run, or Back from the end: the verdict comes again at the end
        }
        int before = narration.getChildren().size();
        narration.shown(events, fromStart);
        if (narration.getChildren().size() > before) {
            // Lay the new line out now (one small layout per step told) to know where it is.
            followNarration();
            // Once more after whatever else this batch changes (the highlights, the verdict).
            javafx.application.Platform.runLater(this::followNarration);
        }
    }

    /**
     * Keeps the latest narration line in sight, as a student reads while watching (the panel
     * is taller than its column once the prediction and tools are in it).
     */
    private void followNarration() {
        if (narration.getChildren().isEmpty() || scroll.getWidth() <= 0) {
            return;
        }
        scroll.applyCss();
        scroll.layout();
        Node latest = narration.getChildren().getLast();
        Bounds inBody = body.sceneToLocal(latest.localToScene(latest.getLayoutBounds()));
        double view = scroll.getViewportBounds().getHeight();
        double room = body.getHeight() - view;
        if (inBody == null || room <= 0) {
            return;
        }
        double top = room * scroll.getVvalue();
        if (inBody.getMaxY() > top + view || inBody.getMinY() < top) {
            double want = Math.min(room, Math.max(0, inBody.getMaxY() - view + 8));
            scroll.setVvalue(want / room);
        }
    }

    /** Scrolls the panel so that {@code node} (a part of its body) is in sight, its top first. */
    private void scrollTo(Node node) {
        if (scroll.getWidth() <= 0) {
            return;
        }
        scroll.applyCss();
        scroll.layout();
        Bounds inBody = body.sceneToLocal(node.localToScene(node.getLayoutBounds()));
        double room = body.getHeight() - scroll.getViewportBounds().getHeight();
        if (inBody != null && room > 0) {
            scroll.setVvalue(Math.min(1, Math.max(0, inBody.getMinY() - 8) / room));
        }
    }

    /**
     * The run ended: say whether the prediction was right, in the prediction and in the banner
     * above the text, which stays in sight however far the panel is scrolled (the verdict in
     * the prediction is scrolled away by the narration at the end).
     */
    void runEnded() {
        if (prediction != null) {
            PredictionView.Verdict v = prediction.reveal();
            banner.getStyleClass().removeAll("verdict-right", "verdict-wrong", "verdict-answer");
            banner.getStyleClass().add(v.style());
            banner.setText(v.line());
            banner.setVisible(true);
        }
    }

    /** The verdict banner's line, or null while it is hidden (tests). */
    String bannerText() {
        return banner.isVisible() ? banner.getText() : null;
    }

    /** An exploration of the lesson's program ended: its outcome count goes next to the prediction. */
    void explored(int found, boolean complete) {
        if (prediction != null) {
            prediction.explored(found, complete);
        }
    }

    /** Whether the student still owes a prediction (Play waits for it). */
    boolean predictionPending() {
        return prediction != null && !prediction.answeredProperty().get();
    }

    Button nextButton() {
        return next;
    }

    Button collapseButton() {
        return collapse;
    }

    Button openFolderButton() {
        return openFolder;
    }

    /** Draws the eye to the prediction: scrolls it into view and makes its choices pulse. */
    void pulsePrediction() {
        if (prediction != null) {
            prediction.pulse();
            scrollTo(prediction);
            prediction.focusChoice(); // the keyboard goes where the eye is sent: arrows choose, Enter locks in
        }
    }

    /** The latest narration line without its time, or null (presentation mode's caption). */
    String latestNarration() {
        if (narration.getChildren().isEmpty() || !(narration.getChildren().getLast() instanceof javafx.scene.control.Label l)) {
            return null;
        }
        String text = l.getText();
        int gap = text.indexOf("  ");
        return gap >= 0 ? text.substring(gap + 2) : text;
    }

    /** A key for the prediction's focused choice {@code on}: true when it took it. */
    boolean predictionKey(javafx.scene.control.RadioButton on, javafx.scene.input.KeyCode code) {
        return prediction != null && prediction.key(on, code);
    }

    int predictionPulses() {
        return prediction == null ? 0 : prediction.pulses();
    }

    /** Shows a problem (e.g. a teacher's lesson that does not load), in the lesson's words. */
    void problem(String text) {
        problem.setText(text);
    }

    /** Takes the problem line away if it says {@code text} (a request the student has answered). */
    void withdrawProblem(String text) {
        if (text.equals(problem.getText())) {
            problem.setText("");
        }
    }

    /** The problem line as shown ("" for none; tests). */
    String problemText() {
        return problem.getText();
    }
}
