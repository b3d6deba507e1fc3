package dev.spindle.app.view;

import dev.spindle.app.play.HandChooser;
import dev.spindle.app.play.Playback;
import dev.spindle.app.play.YouSchedule;
import dev.spindle.app.view.yard.YardView;
import dev.spindle.runtime.explore.GoalSearch;
import dev.spindle.scenario.Goal;
import javafx.beans.InvalidationListener;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * "You schedule" mode's strip above the yard: the level's goal, the decisions used, the
 * choice waiting (its question and one button per option; the goroutines it is between pulse
 * in the yard, and a click on one of those tokens picks it), and Let the scheduler choose,
 * Back (undo the last choice), Show me, and the decisions as a schedule token with a copy
 * button. Keyboard while a choice waits: Tab cycles the candidates, Enter picks, Backspace
 * undoes. Shown only while the mode is on. Looks are the stylesheet's ({@code .schedule-*}).
 */
public final class SchedulePanel {
    private static final PseudoClass FOCUSED = PseudoClass.getPseudoClass("focused-option");
    private static final PseudoClass REACHED = PseudoClass.getPseudoClass("reached");

    private final YouSchedule mode;
    private final Playback playback;
    private final YardView yard;
    private final VBox root = new VBox();
    private final Label goal = new Label();
    private final Label status = new Label();
    private final Label question = new Label();
    private final FlowPane options = new FlowPane();
    private final Label token = new Label();
    private final Label answer = new Label();
    private final Button auto = new Button("Let the scheduler choose");
    private final Button undo = new Button("Back");
    private final Button showMe = new Button("Show me");
    private final Button copy = new Button("Copy");
    private final InvalidationListener refresh = o -> refresh();
    private final javafx.event.EventHandler<KeyEvent> keys = this::key;
    private Scene keyScene;
    /** The code view whose lines the choice marks (set once the window has built it), and the lines marked now. */
    private CodeView code;
    private final java.util.Set<Integer> marked = new java.util.TreeSet<>();
    static final String LINE = "schedule-line";

    public SchedulePanel(YouSchedule mode, Playback playback, YardView yard) {
        this.mode = mode;
        this.playback = playback;
        this.yard = yard;
        root.setId("you-schedule-panel");
        root.getStyleClass().add("schedule-panel");
        goal.setId("you-schedule-goal");
        goal.getStyleClass().add("schedule-goal");
        goal.setWrapText(true);
        status.setId("you-schedule-status");
        status.getStyleClass().add("schedule-status");
        question.setId("you-schedule-question");
        question.getStyleClass().add("schedule-question");
        question.setWrapText(true);
        options.setId("you-schedule-options");
        options.getStyleClass().add("schedule-options");
        token.setId("you-schedule-token");
        token.getStyleClass().add("schedule-token");
        answer.setId("you-schedule-answer");
        answer.getStyleClass().add("schedule-answer");
        answer.setWrapText(true);
        auto.setId("you-schedule-auto");
        auto.setOnAction(e -> mode.letSchedulerChoose());
        undo.setId("you-schedule-undo");
        undo.setAccessibleText("Back: take the last choice back (Backspace)");
        undo.setTooltip(new javafx.scene.control.Tooltip("Take your last choice back (Backspace)"));
        undo.setOnAction(e -> mode.undo());
        showMe.setId("you-schedule-show-me");
        showMe.setTooltip(new javafx.scene.control.Tooltip("Give up: the explorer finds the shortest list of choices that reaches the goal, and plays it"));
        showMe.setOnAction(e -> mode.showMe());
        copy.setId("you-schedule-copy");
        copy.setTooltip(new javafx.scene.control.Tooltip("Copy your choices as a schedule token: spindle run --schedule TOKEN replays them"));
        copy.setOnAction(e -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(mode.tokenProperty().get());
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(c);
        });

        // The goal wraps; the count of decisions is never cut short.
        HBox head = new HBox(goal, status);
        head.getStyleClass().add("schedule-head");
        HBox.setHgrow(goal, Priority.ALWAYS);
        goal.setMaxWidth(Double.MAX_VALUE);
        goal.setMinWidth(0);
        status.setMinWidth(Region.USE_PREF_SIZE);
        // A narrow yard (1024 px) wraps the controls onto a second line rather than cutting their words.
        HBox tokenBox = new HBox(token, copy);
        tokenBox.getStyleClass().add("schedule-controls");
        token.setMinWidth(Region.USE_PREF_SIZE);
        for (Button b : new Button[] {auto, undo, showMe, copy}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        FlowPane controls = new FlowPane(auto, undo, showMe, tokenBox);
        controls.getStyleClass().add("schedule-controls");
        root.getChildren().addAll(head, question, options, controls, answer);
        root.setMinHeight(Region.USE_PREF_SIZE);

        root.visibleProperty().bind(mode.activeProperty());
        root.managedProperty().bind(root.visibleProperty());
        mode.pendingProperty().addListener(refresh);
        mode.focusProperty().addListener(refresh);
        mode.usedProperty().addListener(refresh);
        mode.reachedProperty().addListener(refresh);
        mode.goalProperty().addListener(refresh);
        mode.tokenProperty().addListener(refresh);
        mode.answerProperty().addListener(refresh);
        mode.searchingProperty().addListener(refresh);
        mode.activeProperty().addListener(refresh);
        playback.finishedProperty().addListener(refresh);
        playback.scheduleProperty().addListener(refresh);
        yard.onTokenClicked(g -> {
            if (mode.activeProperty().get()) {
                mode.pickGoroutine(g);
            }
        });
        root.sceneProperty().addListener((obs, was, now) -> {
            if (was != null) {
                was.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
            }
            if (now != null) {
                now.addEventFilter(KeyEvent.KEY_PRESSED, keys);
            }
            keyScene = now;
        });
        refresh();
    }

    public Node root() {
        return root;
    }

    /** Marks the lines the waiting choice is about in {@code code} (where each candidate stands; a select's line). */
    void code(CodeView code) {
        this.code = code;
        refresh();
    }

    /** The code lines marked for the choice on screen, from 1 (tests). */
    public java.util.Set<Integer> markedLines() {
        return java.util.Collections.unmodifiableSet(marked);
    }

    private void markLines(HandChooser.Ask ask) {
        java.util.Set<Integer> want = new java.util.TreeSet<>();
        int[] lines = ask == null ? null : ask.decision().lines();
        if (lines != null) {
            for (int l : lines) {
                if (l > 0) {
                    want.add(l);
                }
            }
        }
        if (code == null || want.equals(marked)) {
            return;
        }
        int paragraphs = (int) code.source().chars().filter(c -> c == '\n').count() + 1;
        for (int l : marked) {
            if (l <= paragraphs) {
                code.styleLine(l - 1, LINE, false);
            }
        }
        marked.clear();
        for (int l : want) {
            if (l <= paragraphs) {
                code.styleLine(l - 1, LINE, true);
                marked.add(l);
            }
        }
    }

    private void refresh() {
        Goal g = mode.goalProperty().get();
        goal.setText(g == null ? "You schedule: make each choice the scheduler would make." : "Goal: " + g.say());
        boolean reached = mode.reachedProperty().get();
        int used = mode.usedProperty().get();
        String decisions = used + (used == 1 ? " decision" : " decisions");
        GoalSearch.Result shown = mode.answerProperty().get();
        if (shown != null && shown.found() && shown.schedule().equals(playback.scheduleProperty().get())) {
            // The explorer's way is on screen, not the student's.
            int n = shown.schedule().choices().length;
            decisions = "the explorer's " + n + (n == 1 ? " decision" : " decisions");
        }
        status.setText(reached ? "Goal reached! (" + decisions + ")" : decisions);
        status.pseudoClassStateChanged(REACHED, reached);
        HandChooser.Ask ask = mode.pendingProperty().get();
        options.getChildren().clear();
        if (ask != null) {
            boolean tokens = ask.decision().goroutines() != null;
            question.setText(YouSchedule.question(ask.decision())
                    + (tokens ? " Click a glowing token, or a button (Tab, Enter)." : " Pick one (Tab, Enter)."));
            for (int i = 0; i < ask.decision().options(); i++) {
                int option = i;
                Button b = new Button(ask.decision().label(i));
                b.setId("you-schedule-option-" + i);
                b.getStyleClass().add("schedule-option");
                b.pseudoClassStateChanged(FOCUSED, i == mode.focusProperty().get());
                b.setOnAction(e -> mode.pick(option));
                b.setMinWidth(Region.USE_PREF_SIZE);
                options.getChildren().add(b);
            }
        } else if (!mode.activeProperty().get()) {
            question.setText("");
        } else if (playback.finishedProperty().get()) {
            question.setText(reached || g == null ? "The run has ended." : "The run has ended without reaching the goal. Back, or Reset to try again.");
        } else {
            question.setText("The run goes on to the next choice…");
        }
        yard.candidates().setAll(mode.candidates());
        markLines(ask);
        long[] gs = ask == null ? null : ask.decision().goroutines();
        int f = mode.focusProperty().get();
        yard.focusedCandidateProperty().set(gs != null && f < gs.length ? gs[f] : 0);
        auto.setDisable(ask == null);
        undo.setDisable(used == 0);
        showMe.setDisable(g == null || mode.searchingProperty().get());
        String t = mode.tokenProperty().get();
        token.setText(t.isEmpty() ? "" : "schedule " + t);
        copy.setDisable(t.isEmpty());
        GoalSearch.Result r = mode.answerProperty().get();
        if (mode.searchingProperty().get()) {
            answer.setText("Searching for the shortest way…");
        } else if (r == null) {
            answer.setText("");
        } else if (!r.found()) {
            answer.setText(r.complete() ? "No schedule reaches this goal." : "Not found in " + r.runs() + " schedules.");
        } else {
            StringBuilder b = new StringBuilder("Shortest way (" + r.schedule().token() + "): ");
            if (r.labels().isEmpty()) {
                b.append("the scheduler's default order reaches it.");
            }
            for (int i = 0; i < r.labels().size(); i++) {
                b.append(i == 0 ? "" : "; ").append(i + 1).append(". ").append(r.labels().get(i));
            }
            answer.setText(b.toString());
        }
        answer.setVisible(!answer.getText().isEmpty());
        answer.setManaged(answer.isVisible());
    }

    /** Tab, Enter and Backspace while a choice waits (not while typing in the code or a field). */
    private void key(KeyEvent e) {
        if (!mode.activeProperty().get() || mode.pendingProperty().get() == null || keyScene == null) {
            return;
        }
        Node focus = keyScene.getFocusOwner();
        if (focus instanceof TextInputControl || focus instanceof org.fxmisc.richtext.GenericStyledArea<?, ?, ?>) {
            return;
        }
        if (e.getCode() == KeyCode.TAB) {
            mode.focusNext();
            e.consume();
        } else if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown()) {
            mode.pickFocused();
            e.consume();
        } else if (e.getCode() == KeyCode.BACK_SPACE) {
            mode.undo();
            e.consume();
        }
    }

    public void dispose() {
        yard.onTokenClicked(null);
        if (keyScene != null) {
            keyScene.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
        }
    }
}
