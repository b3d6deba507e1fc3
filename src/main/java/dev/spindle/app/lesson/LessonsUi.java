package dev.spindle.app.lesson;

import dev.spindle.app.MainWindow;
import dev.spindle.app.play.Playback;
import dev.spindle.app.play.Speed;
import dev.spindle.lang.compile.Frontend;
import dev.spindle.lang.compile.Program;
import dev.spindle.scenario.Course;
import dev.spindle.scenario.Lesson;
import dev.spindle.scenario.LessonCompiler;
import dev.spindle.scenario.LessonException;
import dev.spindle.scenario.LessonLoader;
import dev.spindle.scenario.ProgressStore;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.DirectoryChooser;

/**
 * Lessons in the window: the picker in the toolbar, the panel at the right, and the wiring
 * to the playback. Choosing a lesson sets the cores, seed and speed it recommends and opens
 * its program; the narration follows the events as they are drawn; Play waits for the
 * prediction once; the end of the run reveals the answer and marks the lesson completed;
 * "Next lesson" moves on in course order. Progress lives in a {@link ProgressStore}.
 * FX thread only.
 */
public final class LessonsUi {
    private final MainWindow window;
    private final Course course;
    private final ProgressStore progress;
    private final LessonPicker picker;
    private final javafx.scene.layout.StackPane slot = new javafx.scene.layout.StackPane();
    private Lesson current;
    private LessonPanel panel;
    private boolean askedBeforePlay;
    /** Paragraphs (0-based) of the code view marked by the latest narration step. */
    private java.util.List<Integer> markedLines = java.util.List.of();
    /** The code view's paragraph style class for lines a narration step points at (lessons.css). */
    static final String LESSON_LINE = "lesson-line";
    static final String STYLESHEET = "/styles/lessons.css";

    private LessonsUi(MainWindow window, Course course, ProgressStore progress) {
        this.window = window;
        this.course = course;
        this.progress = progress;
        this.picker = new LessonPicker(course, progress);
        slot.setId("lesson-slot");
        slot.getChildren().add(new Label("Pick a lesson in the toolbar."));
    }

    /** Puts the lessons into {@code window}; returns the handle the app (and tests) keep. */
    public static LessonsUi install(MainWindow window, Course course, ProgressStore progress) {
        LessonsUi ui = new LessonsUi(window, course, progress);
        String sheet = java.util.Objects.requireNonNull(LessonsUi.class.getResource(STYLESHEET),
                "missing resource " + STYLESHEET).toExternalForm();
        if (!window.scene().getStylesheets().contains(sheet)) {
            window.scene().getStylesheets().add(sheet);
        }
        window.view().lessonPicker(ui.picker);
        window.view().lessonSlot(ui.slot);
        Playback playback = window.session().playback();
        playback.addShownListener((events, fromStart) -> {
            if (ui.panel != null) {
                ui.panel.shown(events, fromStart);
            }
        });
        playback.finishedProperty().addListener((obs, was, now) -> {
            if (now && ui.panel != null && ui.current != null) {
                ui.panel.runEnded();
                ui.progress.setStatus(ui.current.key(), ProgressStore.Status.COMPLETED);
                ui.picker.refreshMarks();
            }
        });
        playback.playingProperty().addListener((obs, was, now) -> {
            if (now && ui.panel != null && ui.panel.predictionPending() && !ui.askedBeforePlay) {
                ui.askedBeforePlay = true;
                playback.pause();
                ui.panel.problem("Make your prediction first, then press Play again.");
            }
        });
        ui.picker.valueProperty().addListener((obs, was, now) -> {
            if (now != null && now != ui.current) {
                ui.show(now);
            }
        });
        return ui;
    }

    /** Opens a lesson: its settings, its program, a fresh panel. */
    public void show(Lesson lesson) {
        current = lesson;
        askedBeforePlay = false;
        highlight(null);
        progress.started(lesson.key());
        Program program = null;
        String compileProblem = null;
        try {
            Frontend.Result compiled = LessonCompiler.compile(lesson);
            program = compiled.program();
        } catch (LessonException e) {
            compileProblem = e.getMessage();
        }
        panel = new LessonPanel(lesson, program, progress.prediction(lesson.key()).orElse(0),
                choice -> progress.setPrediction(lesson.key(), choice),
                () -> window.session().seedProperty().get(),
                () -> window.session().coresProperty().get(),
                this::highlight);
        panel.nextButton().setDisable(course.after(lesson).isEmpty());
        panel.nextButton().setOnAction(e -> next());
        panel.openFolderButton().setOnAction(e -> chooseFolder());
        if (compileProblem != null) {
            panel.problem(compileProblem);
        }
        slot.getChildren().setAll(panel);
        window.session().coresProperty().set(lesson.recommended().cores());
        window.session().seedProperty().set(lesson.recommended().seed());
        window.session().playback().speedProperty()
                .set(Speed.eventsPerSecond(Speed.DEFAULT_POSITION) * lesson.recommended().speed());
        window.openSource(lesson.sourceName(), lesson.source());
        if (picker.getValue() != lesson) {
            picker.setValue(course.lessons().contains(lesson) ? lesson : null);
        }
        picker.refreshMarks();
    }

    /**
     * Points at what the latest narration step names: its goroutines' tokens pulse and stay
     * ringed in the yard, its lines are marked in the code view (scrolled into sight), until
     * the next step. {@code told} null (a rewind before the first step) clears both.
     */
    private void highlight(NarrationFollower.Told told) {
        var yard = window.view().yard().highlighted();
        yard.clear();
        var area = window.view().code().area();
        int paragraphs = (int) area.getText().chars().filter(c -> c == '\n').count() + 1;
        for (int line : markedLines) {
            if (line < paragraphs) {
                area.setParagraphStyle(line, java.util.List.of());
            }
        }
        markedLines = java.util.List.of();
        if (told == null) {
            return;
        }
        yard.addAll(told.goroutines());
        java.util.List<Integer> lines = told.step().lines().stream().map(n -> n - 1)
                .filter(n -> n < paragraphs).toList();
        for (int line : lines) {
            area.setParagraphStyle(line, java.util.List.of(LESSON_LINE));
        }
        markedLines = lines;
        if (!lines.isEmpty()) {
            area.showParagraphInViewport(lines.stream().mapToInt(Integer::intValue).min().orElseThrow());
        }
    }

    /** "Next lesson": the current one counts as completed, and the next one opens. */
    public void next() {
        if (current == null) {
            return;
        }
        progress.setStatus(current.key(), ProgressStore.Status.COMPLETED);
        Optional<Lesson> after = course.after(current);
        after.ifPresent(this::show);
    }

    /** File > Open of a lesson folder (or a .go file), with every problem shown in the panel. */
    public void open(Path path) {
        try {
            show(LessonLoader.open(path));
        } catch (LessonException e) {
            if (panel == null) {
                slot.getChildren().setAll(new Label(e.getMessage()));
            } else {
                panel.problem(e.getMessage());
            }
        }
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open a lesson folder (main.go + lesson.yaml)");
        File dir = chooser.showDialog(window.scene().getWindow());
        if (dir != null) {
            open(dir.toPath());
        }
    }

    /** The lesson open now, if any. */
    public Optional<Lesson> current() {
        return Optional.ofNullable(current);
    }

    /** Resumes where the student left off (first lesson not completed). */
    public void resume() {
        course.resumeWith(progress).ifPresent(this::show);
    }

    Node pickerNode() {
        return picker;
    }
}
