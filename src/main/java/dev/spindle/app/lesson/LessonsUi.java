package dev.spindle.app.lesson;

import dev.spindle.app.MainWindow;
import dev.spindle.app.play.CompileError;
import dev.spindle.app.play.Compiler;
import dev.spindle.app.play.Playback;
import dev.spindle.app.play.Speed;
import dev.spindle.app.play.UiThread;
import dev.spindle.scenario.Course;
import dev.spindle.scenario.Lesson;
import dev.spindle.scenario.LessonCompiler;
import dev.spindle.scenario.LessonException;
import dev.spindle.scenario.LessonLoader;
import dev.spindle.scenario.ProgressStore;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
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
 *
 * <p>Opening a lesson never compiles on the FX thread: the panel (text, prediction, a
 * "Compiling…" line) is there at once, the program is compiled once on a background thread,
 * and the result goes to the window as it is ({@link MainWindow#openCompiled}), so the same
 * source is not compiled twice. A lesson opened meanwhile wins: a late result is dropped.
 */
public final class LessonsUi {
    /**
     * One background thread for the lessons' compiles, shared by every window and gone when
     * idle (tests open many windows).
     */
    private static final Executor COMPILER = new ThreadPoolExecutor(0, 1, 5, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), r -> {
                Thread t = new Thread(r, "spindle-lesson-compiler");
                t.setDaemon(true);
                return t;
            });

    private final Executor compiler;
    /** Counts the lessons opened: a compile result for an earlier one is dropped. */
    private long opening;
    private final MainWindow window;
    private final Course course;
    private final ProgressStore progress;
    private final LessonPicker picker;
    private final javafx.scene.layout.StackPane slot = new javafx.scene.layout.StackPane();
    private Lesson current;
    private LessonPanel panel;
    /** The student chose to play this lesson without a prediction. */
    private boolean askedBeforePlay;
    private final PredictFirstPopover predictFirst = new PredictFirstPopover(this::playWithoutPrediction,
            (choice, code) -> panel != null && panel.predictionKey(choice, code));
    private boolean collapsed;
    private final LessonStrip strip = new LessonStrip(() -> collapse(false));
    /** Paragraphs (0-based) of the code view marked by the latest narration step. */
    private java.util.List<Integer> markedLines = java.util.List.of();
    /** The code view's paragraph style class for lines a narration step points at (lessons.css). */
    static final String LESSON_LINE = "lesson-line";
    static final String STYLESHEET = "/styles/lessons.css";

    private LessonsUi(MainWindow window, Course course, ProgressStore progress, Executor compiler) {
        this.compiler = compiler;
        this.window = window;
        this.course = course;
        this.progress = progress;
        this.picker = new LessonPicker(course, progress);
        slot.setId("lesson-slot");
        slot.getChildren().add(new Label("Pick a lesson in the toolbar."));
    }

    /** Puts the lessons into {@code window}; returns the handle the app (and tests) keep. */
    public static LessonsUi install(MainWindow window, Course course, ProgressStore progress) {
        return install(window, course, progress, COMPILER);
    }

    /** As {@link #install(MainWindow, Course, ProgressStore)}, compiling on {@code compiler} (tests hold it). */
    static LessonsUi install(MainWindow window, Course course, ProgressStore progress, Executor compiler) {
        LessonsUi ui = new LessonsUi(window, course, progress, compiler);
        String sheet = java.util.Objects.requireNonNull(LessonsUi.class.getResource(STYLESHEET),
                "missing resource " + STYLESHEET).toExternalForm();
        if (!window.scene().getStylesheets().contains(sheet)) {
            window.scene().getStylesheets().add(sheet);
        }
        window.view().lessonPicker(ui.picker);
        window.view().lessonSlot(ui.slot);
        Playback playback = window.session().playback();
        // Until the lesson's program is loaded, what the playback draws is the previous program's.
        playback.addShownListener((events, fromStart) -> {
            if (ui.panel != null && ui.panel.ready()) {
                ui.panel.shown(events, fromStart);
                window.view().caption(ui.panel.latestNarration());
            }
        });
        // The Outcomes panel's exploration of the lesson's program, set against the prediction.
        window.session().exploration().reportProperty().addListener((obs, was, now) -> {
            if (now != null && now.done() && ui.panel != null && ui.panel.ready()) {
                ui.panel.explored(now.outcomes().size(), now.complete());
            }
        });
        playback.finishedProperty().addListener((obs, was, now) -> {
            if (now && ui.panel != null && ui.panel.ready() && ui.current != null) {
                ui.panel.runEnded();
                ui.progress.setStatus(ui.current.key(), ProgressStore.Status.COMPLETED);
                ui.picker.refreshMarks();
            }
        });
        playback.playingProperty().addListener((obs, was, now) -> {
            if (now && ui.panel != null && ui.panel.predictionPending() && !ui.askedBeforePlay) {
                playback.pause();
                ui.askForPrediction();
            } else if (now) {
                ui.predictFirst.hide();
            }
        });
        ui.picker.valueProperty().addListener((obs, was, now) -> {
            if (now != null && !now.sameLesson(ui.current)) {
                ui.show(now);
            }
        });
        return ui;
    }

    /**
     * Play without a prediction: the popover next to Play says why, the panel opens if it was
     * folded, and the choices pulse. Play stays blocked until the prediction is locked in or
     * the student chooses "Play without predicting" (then for the rest of this lesson).
     */
    private void askForPrediction() {
        if (collapsed) {
            collapse(false);
        }
        panel.problem(PredictFirstPopover.TEXT);
        panel.pulsePrediction();
        predictFirst.show(window.scene().lookup("#play"));
    }

    /** How many times the prediction's choices were pulsed in the open panel (tests). */
    int predictionPulses() {
        return panel == null ? 0 : panel.predictionPulses();
    }

    private void playWithoutPrediction() {
        askedBeforePlay = true;
        answered(); // the student chose: the request is answered, as a locked-in prediction answers it
        window.session().playback().play();
    }

    /** The request for a prediction is answered (locked in, or played without): its popover and its red line go. */
    private void answered() {
        predictFirst.hide();
        if (panel != null) {
            panel.withdrawProblem(PredictFirstPopover.TEXT);
        }
    }

    /** The lesson panel's red problem line ("" for none; tests). */
    String problemLine() {
        return panel == null ? "" : panel.problemText();
    }

    /** Whether the "make your prediction first" popover is showing (tests). */
    public boolean askingForPrediction() {
        return predictFirst.showing();
    }

    /**
     * Opens a lesson (or another program of a gallery lesson): its settings, a fresh panel at
     * once, and its program compiled off the FX thread and then loaded.
     */
    public void show(Lesson lesson) {
        if (!lesson.sameLesson(current)) {
            askedBeforePlay = false;
        }
        current = lesson;
        highlight(null);
        progress.started(lesson.key());
        panel = new LessonPanel(lesson, progress.prediction(lesson.key()).orElse(0),
                choice -> {
                    progress.setPrediction(lesson.key(), choice);
                    answered();
                },
                index -> show(lesson.variant(index)),
                () -> window.session().seedProperty().get(),
                () -> window.session().coresProperty().get(),
                this::highlight);
        panel.collapseButton().setOnAction(e -> collapse(true));
        panel.nextButton().setDisable(course.after(lesson).isEmpty());
        panel.nextButton().setOnAction(e -> next());
        panel.openFolderButton().setOnAction(e -> chooseFolder());
        slot.getChildren().setAll(collapsed ? strip : panel);
        strip.title(lesson.label());
        // The code is on screen at once, with the panel; the compiled program follows.
        window.view().code().setSource(lesson.source());
        // A new panel's ScrollPane shows its content only once it has a skin, which the next
        // pulse's CSS pass would create: until then the title and text are not in the scene
        // graph, and a lookup (a test, a screen reader) right after show() found nothing. That
        // was LessonsUiTest's intermittent "no #lesson-title". Build the skins now.
        panel.applyCss();
        window.session().playback().detectRacesProperty().set(lesson.has(dev.spindle.scenario.Tool.RACE_DETECTOR));
        window.session().youSchedule().goalProperty().set(lesson.goal()); // "You schedule" mode's level goal
        if (lesson.has(dev.spindle.scenario.Tool.OUTCOMES)) {
            window.view().showOutcomes();
        }
        window.session().coresProperty().set(lesson.recommended().cores());
        window.session().seedProperty().set(lesson.recommended().seed());
        window.session().playback().speedProperty()
                .set(Speed.eventsPerSecond(Speed.DEFAULT_POSITION) * lesson.recommended().speed());
        // The previous program stops where it is while this one compiles.
        window.session().playback().pause();
        long ticket = ++opening;
        LessonPanel opened = panel;
        CompletableFuture.supplyAsync(() -> Compiler.compileNow(lesson.sourceName(), lesson.source()), compiler)
                .thenAcceptAsync(result -> {
                    if (ticket == opening) {
                        loaded(lesson, opened, result);
                    }
                }, new UiThread());
        Lesson inCourse = course.lessons().stream().filter(lesson::sameLesson).findFirst().orElse(null);
        if (picker.getValue() != inCourse) {
            picker.setValue(inCourse);
        }
        picker.refreshMarks();
    }

    /** The lesson's program compiled (or not): into the panel and the window. FX thread. */
    private void loaded(Lesson lesson, LessonPanel opened, Compiler.Result result) {
        if (result.ok()) {
            opened.compiled(result.program());
        } else {
            opened.compileFailed(LessonCompiler.problems(lesson,
                    result.errors().stream().map(CompileError::text).toList()).getMessage());
        }
        // The code view shows the source, and Go's errors on their lines when it does not compile.
        window.openCompiled(lesson.sourceName(), lesson.source(), result);
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
                window.view().code().styleLine(line, LESSON_LINE, false);
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
            window.view().code().styleLine(line, LESSON_LINE, true);
        }
        markedLines = lines;
        if (!lines.isEmpty()) {
            int first = lines.stream().mapToInt(Integer::intValue).min().orElseThrow();
            int last = lines.stream().mapToInt(Integer::intValue).max().orElseThrow();
            // Scroll only when a line is out of sight (or on the edge), and then to the middle.
            boolean inSight = area.getHeight() > 0 && first > area.firstVisibleParToAllParIndex()
                    && last < area.lastVisibleParToAllParIndex();
            if (!inSight) {
                area.showParagraphAtCenter(first);
            }
        }
    }

    /**
     * Folds the lesson panel to a strip at the window's edge (true), or opens it again; the
     * code and the yard get the room. The choice holds for the next lessons too.
     */
    public void collapse(boolean fold) {
        if (fold == collapsed || panel == null) {
            return;
        }
        collapsed = fold;
        slot.getChildren().setAll(fold ? strip : panel);
        window.view().lessonCollapsed(fold);
    }

    /** Whether the lesson panel is folded to its strip. */
    public boolean collapsed() {
        return collapsed;
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
