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
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The lesson panel at the right of the window: title, text, the prediction, the narration
 * as it happens, the lesson's tools (seed comparison, kitchen chart), and below the
 * scrolling text, always in sight, "Next lesson" and "Open lesson folder…".
 * One panel per open lesson: {@link LessonsUi} builds a fresh one when the lesson changes,
 * so nothing from the previous lesson lingers.
 */
final class LessonPanel extends VBox {
    private final VBox body = new VBox(10);
    private final PredictionView prediction;
    private final NarrationView narration;
    private final Button next = new Button("Next lesson");
    private final Button openFolder = new Button("Open lesson folder…");
    private final Label problem = new Label();

    LessonPanel(Lesson lesson, Program program, int earlierChoice, IntConsumer onPredict,
                LongSupplier seed, IntSupplier cores, Consumer<NarrationFollower.Told> onStep) {
        setId("lesson-panel");
        getStyleClass().add("lesson-panel");
        body.getStyleClass().add("lesson-body");
        Label title = new Label(lesson.label());
        title.setId("lesson-title");
        title.getStyleClass().add("lesson-title");
        title.setWrapText(true);
        Label summary = new Label(lesson.summary());
        summary.setId("lesson-summary");
        summary.setWrapText(true);
        body.getChildren().addAll(title, summary);
        if (!lesson.concepts().isEmpty()) {
            Label concepts = new Label("Concepts: " + String.join(" · ", lesson.concepts()));
            concepts.setWrapText(true);
            concepts.getStyleClass().add("lesson-concepts");
            body.getChildren().add(concepts);
        }
        body.getChildren().add(new Separator());
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
        if (program != null && lesson.has(Tool.COMPARE_SEEDS)) {
            body.getChildren().addAll(new Separator(), new SeedCompareView(program, lesson.compareSeeds(), seed, cores));
        }
        if (program != null && lesson.has(Tool.KITCHEN_CHART)) {
            body.getChildren().addAll(new Separator(), new KitchenChart(program, lesson.recommended().seed()));
        }
        next.setId("next-lesson");
        openFolder.setId("open-lesson-folder");
        problem.setId("lesson-problem");
        problem.setWrapText(true);
        problem.getStyleClass().add("lesson-problem");
        body.getChildren().add(problem);
        // The text scrolls; "Next lesson" stays in sight below it.
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        HBox bar = new HBox(8, next, openFolder);
        bar.getStyleClass().add("lesson-bar");
        getChildren().addAll(scroll, bar);
        setPrefWidth(340);
        setMinWidth(240);
    }

    /** A batch of events has just been drawn (the playback's shown listener). */
    void shown(List<Event> events, boolean fromStart) {
        narration.shown(events, fromStart);
    }

    /** The run ended: say whether the prediction was right. */
    void runEnded() {
        if (prediction != null) {
            prediction.reveal();
        }
    }

    /** Whether the student still owes a prediction (Play waits for it). */
    boolean predictionPending() {
        return prediction != null && !prediction.answeredProperty().get();
    }

    Button nextButton() {
        return next;
    }

    Button openFolderButton() {
        return openFolder;
    }

    /** Shows a problem (e.g. a teacher's lesson that does not load), in the lesson's words. */
    void problem(String text) {
        problem.setText(text);
    }
}
