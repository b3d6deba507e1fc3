package dev.spindle.app.view;

import dev.spindle.app.model.ShellModel;
import dev.spindle.app.play.Session;
import dev.spindle.app.view.yard.YardView;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;

/**
 * The whole window's content, as sketched in UI.md: toolbar on top; code, yard and gauges
 * side by side; console, events and stats along the bottom. Split panes let a teacher give
 * the yard more room on a projector; presentation mode shows only the toolbar and the yard,
 * with everything 1.6× larger.
 */
public final class MainView {
    /** Where the dividers start, as fractions; chosen for a 1440×900 window. */
    private static final double TOP_END = 0.62;
    private static final double TIMELINE_END = 0.82;
    private static final double CONSOLE_END = 0.45;
    private static final double EVENTS_END = 0.76;
    /**
     * The columns at 1440 px (see {@link WorkColumns}): gauges 245 and lesson 310 px, scaled
     * down in a narrower window to no less than their minimum; the code and the yard share the
     * rest 47:53 (code about 415 px at 1440, enough for most of the course's lines), and the
     * yard gets what an empty gauges column or a folded lesson panel gives up.
     */
    private static final double CODE_WEIGHT = 0.47;
    private static final double YARD_WEIGHT = 0.53;
    private static final double GAUGES_WIDTH = 245;
    private static final double LESSON_WIDTH = 310;
    private static final double LESSON_MIN = 220;
    /** Smallest widths, so that no column is squeezed to nothing; with the lesson column (240) they fit the window's 1024 px minimum. */
    private static final double CODE_MIN = 240;
    private static final double YARD_MIN = 360;
    /** A WaitGroup dial and a channel's slots need this much. */
    private static final double GAUGES_MIN = 195;
    /** The collapsed lesson column: a strip with the button that opens it again. */
    public static final double LESSON_STRIP = 40;
    /** Presentation mode's scale for type (UI.md). */
    public static final double PRESENTATION_SCALE = 1.6;
    /**
     * Presentation mode's scale for the yard's tokens: 60 px discs, room for ids of 28 px and
     * more (issue 17: legible from the back row of a classroom at 1440×900).
     */
    public static final double PRESENTATION_TOKEN_SCALE = 2.0;

    private final BorderPane root = new BorderPane();
    private final Panel yardPanel = new Panel("yard", "Goroutines");
    private final SplitPane rows;
    private final SplitPane work;
    private final WorkColumns columns;
    private Node lessonPanel;
    private final CodeView code;
    private final YardView yard;
    private final GaugesView gauges;
    private final ConsoleView console;
    private final EventsView events;
    private final StatsView stats;
    private final OutcomesView outcomes;
    private final javafx.scene.control.TabPane bottomTabs;
    private final TimelineView timeline;
    private final ToolbarView toolbar;
    private final SchedulePanel schedule;
    private final BooleanProperty presentation = new SimpleBooleanProperty(this, "presentation");
    private final javafx.scene.control.Label caption = new javafx.scene.control.Label();

    public MainView(ShellModel model, Session session, Runnable openFile, Runnable runEdited) {
        yard = new YardView(session.playback());
        gauges = new GaugesView(session.playback());
        console = new ConsoleView(session.playback());
        events = new EventsView(session.playback());
        stats = new StatsView(session.playback());
        outcomes = new OutcomesView(session, session.exploration());
        toolbar = new ToolbarView(model, session, openFile, runEdited, () -> presentation.set(!presentation.get()));
        // Last: at start the app warms RichTextFX up on another thread meanwhile (StartupWarmup).
        code = new CodeView(session.playback());
        timeline = new TimelineView(session.playback(), code::sourceLine);
        timeline.wakerLineProperty().addListener((obs, was, now) -> code.emphasise("waker-line", now.intValue()));
        schedule = new SchedulePanel(session.youSchedule(), session.playback(), yard);
        // "You schedule" sits on top of the yard, whose tokens it lights up (also in presentation mode).
        BorderPane yardArea = new BorderPane(yard.root());
        yardArea.setTop(schedule.root());
        yardPanel.content(yardArea);
        schedule.code(code);
        yardPanel.root().getStyleClass().add("yard-panel");

        ((Region) code.root()).setMinWidth(CODE_MIN);
        yardPanel.root().setMinWidth(YARD_MIN);
        ((Region) gauges.root()).setMinWidth(GAUGES_MIN);
        columns = new WorkColumns();
        work = columns.pane();
        work.setId("work-area");
        columns.flexible(code.root(), CODE_WEIGHT);
        columns.receiver(yardPanel.root(), YARD_WEIGHT);
        columns.fixed(gauges.root(), GAUGES_WIDTH, GAUGES_MIN);
        // No WaitGroup or channel yet: the gauges column steps aside and the yard takes its room.
        columns.shown(gauges.root(), !gauges.emptyProperty().get());
        gauges.emptyProperty().addListener((obs, was, now) -> columns.shown(gauges.root(), !now));

        // Stats and Outcomes share the bottom row's right slot as tabs, so a 1024 px window is not crowded.
        javafx.scene.control.Tab statsTab = new javafx.scene.control.Tab("Stats", stats.root());
        javafx.scene.control.Tab outcomesTab = new javafx.scene.control.Tab("Outcomes", outcomes.root());
        outcomesTab.setId("outcomes-tab");
        javafx.scene.control.TabPane rightOfBottom = new javafx.scene.control.TabPane(statsTab, outcomesTab);
        rightOfBottom.setTabClosingPolicy(javafx.scene.control.TabPane.TabClosingPolicy.UNAVAILABLE);
        rightOfBottom.setId("bottom-tabs");
        this.bottomTabs = rightOfBottom;
        rightOfBottom.getStyleClass().add("bottom-tabs");
        rightOfBottom.setMinSize(0, 0);
        SplitPane bottom = new SplitPane(console.root(), events.root(), rightOfBottom);
        bottom.setId("bottom-area");
        bottom.setDividerPositions(CONSOLE_END, EVENTS_END);
        this.bottom = bottom;

        // The timeline between the work area and the bottom row: it takes its room mostly from
        // the console, events and stats, so the code keeps most of its lines.
        rows = new SplitPane(work, timeline.root(), bottom);
        rows.setOrientation(Orientation.VERTICAL);
        rows.setId("rows");
        rows.setDividerPositions(TOP_END, TIMELINE_END);
        // The Outcomes tab's bars need room a 1024x768 window's corner (about 200x100 px) has not.
        rightOfBottom.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> outcomesRoom(now == outcomesTab));
        // Bars come as the search finds outcomes: the row grows for them (after the tab has drawn them).
        session.exploration().reportProperty().addListener((obs, was, now) -> javafx.application.Platform.runLater(this::outcomesHeight));

        caption.setId("presentation-caption");
        caption.getStyleClass().add("presentation-caption");
        caption.setWrapText(true);
        caption.setMaxWidth(Double.MAX_VALUE);
        caption(null);
        root.setId("spindle-root");
        root.getStyleClass().add("spindle");
        root.setTop(toolbar.root());
        root.setCenter(rows);
        presentation.addListener((obs, was, now) -> applyPresentation(now));
        laser = new LaserPointer(root);
        presentation.addListener((obs, was, now) -> laser.presentation(now));
    }

    private final LaserPointer laser;

    /** The teacher's laser pointer (presentation mode; the window feeds it the mouse). */
    public LaserPointer laser() {
        return laser;
    }

    /** Lets the laser pointer follow the mouse over {@code scene}. */
    public void pointerIn(javafx.scene.Scene scene) {
        laser.follow(scene);
    }

    private void applyPresentation(boolean on) {
        toolbar.presentation(on);
        if (on) {
            columns.shown(yardPanel.root(), false);
            rows.getItems().remove(timeline.root());
            BorderPane stage = new BorderPane(yardPanel.root());
            stage.setBottom(timeline.root());
            root.setCenter(stage);
            root.getStyleClass().add("presentation");
            yard.scaleProperty().set(PRESENTATION_TOKEN_SCALE * zoomFactor);
            root.setBottom(caption);
        } else {
            if (root.getCenter() instanceof BorderPane stage) {
                stage.setBottom(null); // the timeline goes back between the work area and the bottom row
                stage.setCenter(null);
            }
            root.setCenter(null);
            columns.shown(yardPanel.root(), true);
            rows.getItems().add(1, timeline.root());
            rows.setDividerPositions(TOP_END, TIMELINE_END);
            root.setCenter(rows);
            root.getStyleClass().remove("presentation");
            root.setBottom(null);
            yard.scaleProperty().set(zoomFactor);
        }
    }

    /** The bottom row (console, events, stats/outcomes) and its dividers before the Outcomes tab widened it. */
    private final SplitPane bottom;
    private double[] bottomBefore;
    /** The Outcomes tab's least width: its controls on one line and its bars' text. */
    private static final double OUTCOMES_WIDTH = 460;

    /** The rows' dividers before the Outcomes tab made the bottom row taller (null: it did not). */
    private double[] rowsBefore;
    /** The bottom row's most share of the rows when the Outcomes tab asks for height. */
    private static final double OUTCOMES_MOST_HEIGHT = 0.5;

    /**
     * Opening the Outcomes tab widens the bottom row's right column to at least
     * {@link #OUTCOMES_WIDTH} (or 45 % of the window; a 1024 px window gave it about 200 px)
     * and, once the explorer has bars to show, makes the bottom row as tall as they need (at
     * most half the rows; at 1024x768 it was about 140 px: the second bar needed a scroll);
     * going back to Stats puts the dividers back where they were.
     */
    private void outcomesRoom(boolean open) {
        double w = bottom.getWidth();
        if (open && w > 0) {
            bottomBefore = bottom.getDividerPositions();
            double tabsFrom = 1 - Math.min(0.6, Math.max(0.45, OUTCOMES_WIDTH / w));
            if (bottomBefore[1] > tabsFrom) {
                bottom.setDividerPositions(bottomBefore[0] * tabsFrom / bottomBefore[1], tabsFrom);
            }
            outcomesHeight();
        } else if (!open) {
            if (bottomBefore != null) {
                bottom.setDividerPositions(bottomBefore);
                bottomBefore = null;
            }
            if (rowsBefore != null && rows.getItems().size() == 3) {
                setRows(rowsBefore[0], rowsBefore[1]);
            }
            rowsBefore = null;
        }
    }

    /**
     * Makes the bottom row tall enough for the Outcomes tab's content at its width (never
     * lower than it is, at most {@link #OUTCOMES_MOST_HEIGHT} of the rows). The work area gives
     * the room; the timeline keeps its height.
     */
    private void outcomesHeight() {
        if (bottomTabs.getSelectionModel().getSelectedIndex() != 1 || rows.getItems().size() != 3 || rows.getHeight() <= 0) {
            return; // presentation mode has no bottom row
        }
        bottomTabs.applyCss();
        bottomTabs.layout();
        Region content = (Region) outcomes.root();
        double header = bottomTabs.getHeight() - content.getHeight();
        double need = header + content.prefHeight(content.getWidth()) + 2;
        Region low = (Region) rows.getItems().get(2);
        double have = low.getHeight();
        double size = rows.getHeight() - rows.snappedTopInset() - rows.snappedBottomInset();
        double target = Math.min(need, size * OUTCOMES_MOST_HEIGHT);
        if (target <= have + 1) {
            return;
        }
        double[] d = rows.getDividerPositions();
        if (rowsBefore == null) {
            rowsBefore = d;
        }
        double up = (target - have) / size;
        setRows(Math.max(0.2, d[0] - up), d[1] - (d[0] - Math.max(0.2, d[0] - up)));
    }

    /**
     * Sets the rows' two dividers together. The split pane checks each divider against its
     * neighbours' least and most heights as it is set, one at a time: with the timeline folded
     * (least = most height) neither may move alone, so both would stay where they were. The
     * timeline's bounds are lifted while both move (the one in the direction of the move
     * first, or it stops the other), and put back once the rows are laid out.
     */
    private void setRows(double topEnd, double timelineEnd) {
        Region t = (Region) timeline.root();
        double min = t.getMinHeight();
        double max = t.getMaxHeight();
        t.setMinHeight(0);
        t.setMaxHeight(Double.MAX_VALUE);
        // Down, the lower divider first, so that the upper one has room to follow (and up, the upper first).
        int first = timelineEnd > rows.getDividerPositions()[1] ? 1 : 0;
        rows.setDividerPosition(first, first == 1 ? timelineEnd : topEnd);
        rows.layout();
        rows.setDividerPosition(1 - first, first == 1 ? topEnd : timelineEnd);
        rows.layout();
        t.setMinHeight(min);
        t.setMaxHeight(max);
    }

    /** Ctrl +/−'s factor (1 = 100 %). */
    private double zoomFactor = 1;

    /**
     * Ctrl +/−: the type follows the root's font size; the yard's tokens and spacing follow
     * this factor too, so that larger ids never overlap their tokens (issue 17).
     */
    public void zoom(double factor) {
        zoomFactor = factor;
        yard.scaleProperty().set((root.getStyleClass().contains("presentation") ? PRESENTATION_TOKEN_SCALE : 1) * factor);
    }

    /** Puts a lesson panel at the right of the code, yard and gauges (the lessons package's hook). */
    public void lessonSlot(Node panel) {
        lessonPanel = panel;
        // A wider window goes to the code and the yard; the lesson text keeps its width.
        columns.fixed(panel, LESSON_WIDTH, LESSON_MIN);
    }

    /**
     * Folds the lesson column to a {@link #LESSON_STRIP} strip, or opens it again at its
     * width. The room goes to the yard (the teacher folds the text away to show the run).
     */
    public void lessonCollapsed(boolean collapsed) {
        if (lessonPanel == null) {
            return;
        }
        if (collapsed) {
            columns.width(lessonPanel, LESSON_STRIP);
        } else {
            columns.resetWidth(lessonPanel);
        }
    }

    /**
     * The caption bar of presentation mode: the lesson's latest narration line, at the bottom
     * where subtitles are (the lesson panel is not shown in presentation mode). Empty hides it.
     */
    public void caption(String text) {
        caption.setText(text == null ? "" : text);
        caption.setVisible(text != null && !text.isEmpty());
        caption.setManaged(caption.isVisible());
    }

    /** Replaces the toolbar's (empty) lesson picker with the lessons package's own control. */
    public void lessonPicker(Node picker) {
        toolbar.replaceLessonPicker(picker);
    }

    /** Presentation mode: toolbar and yard only, larger, high contrast (F5). */
    public BooleanProperty presentationProperty() {
        return presentation;
    }

    public Parent root() {
        return root;
    }

    public CodeView code() { return code; }
    public YardView yard() { return yard; }
    public ConsoleView console() { return console; }
    public OutcomesView outcomes() { return outcomes; }
    public SchedulePanel schedule() { return schedule; }
    public GaugesView gauges() { return gauges; }
    public TimelineView timeline() { return timeline; }
    public Node toolbar() { return toolbar.root(); }
    /** The toolbar's "reduce motion" toggle. */
    public javafx.beans.property.BooleanProperty reduceMotionToggle() { return toolbar.reduceMotionProperty(); }

    /** Brings the Outcomes tab to the front (a lesson about the outcome set opens with it). */
    public void showOutcomes() {
        bottomTabs.getSelectionModel().select(1);
    }

    /** Removes every listener the views put on the playback. */
    public void dispose() {
        code.dispose();
        yard.dispose();
        gauges.dispose();
        console.dispose();
        events.dispose();
        stats.dispose();
        outcomes.dispose();
        schedule.dispose();
        timeline.dispose();
    }
}
