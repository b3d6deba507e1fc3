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
    private static final double CODE_END = 0.30;
    private static final double YARD_END = 0.80;
    private static final double TOP_END = 0.62;
    private static final double TIMELINE_END = 0.82;
    private static final double CONSOLE_END = 0.45;
    private static final double EVENTS_END = 0.76;
    /**
     * With the lesson column, at 1440 px: code about 455 px (with 4-column tabs, most of the
     * course's lines fit), yard 430 (its layout wants 400 and a scroll bar), gauges 245,
     * lesson 310. The code column had 370 before and cut most lines off.
     */
    private static final double[] WITH_LESSON = {0.315, 0.615, 0.785};
    /** Smallest widths, so that no column is squeezed to nothing; with the lesson column (240) they fit the window's 1024 px minimum. */
    private static final double CODE_MIN = 280;
    private static final double YARD_MIN = 320;
    private static final double GAUGES_MIN = 160;
    /** The collapsed lesson column: a strip with the button that opens it again. */
    public static final double LESSON_STRIP = 40;
    /** Presentation mode's scale for tokens and type (UI.md). */
    public static final double PRESENTATION_SCALE = 1.6;

    private final BorderPane root = new BorderPane();
    private final Panel yardPanel = new Panel("yard", "Goroutines");
    private final SplitPane rows;
    private final SplitPane work;
    private final CodeView code;
    private final YardView yard;
    private final GaugesView gauges;
    private final ConsoleView console;
    private final EventsView events;
    private final StatsView stats;
    private final TimelineView timeline;
    private final ToolbarView toolbar;
    private final BooleanProperty presentation = new SimpleBooleanProperty(this, "presentation");
    private double[] expandedDividers;

    public MainView(ShellModel model, Session session, Runnable openFile, Runnable runEdited) {
        yard = new YardView(session.playback());
        gauges = new GaugesView(session.playback());
        console = new ConsoleView(session.playback());
        events = new EventsView(session.playback());
        stats = new StatsView(session.playback());
        toolbar = new ToolbarView(model, session, openFile, runEdited, () -> presentation.set(!presentation.get()));
        // Last: at start the app warms RichTextFX up on another thread meanwhile (StartupWarmup).
        code = new CodeView(session.playback());
        timeline = new TimelineView(session.playback(), code::sourceLine);
        timeline.wakerLineProperty().addListener((obs, was, now) -> code.emphasise("waker-line", now.intValue()));
        yardPanel.content(yard.root());
        yardPanel.root().getStyleClass().add("yard-panel");

        ((Region) code.root()).setMinWidth(CODE_MIN);
        yardPanel.root().setMinWidth(YARD_MIN);
        ((Region) gauges.root()).setMinWidth(GAUGES_MIN);
        work = new SplitPane(code.root(), yardPanel.root(), gauges.root());
        work.setId("work-area");
        work.setDividerPositions(CODE_END, YARD_END);

        SplitPane bottom = new SplitPane(console.root(), events.root(), stats.root());
        bottom.setId("bottom-area");
        bottom.setDividerPositions(CONSOLE_END, EVENTS_END);

        // The timeline between the work area and the bottom row: it takes its room mostly from
        // the console, events and stats, so the code keeps most of its lines.
        rows = new SplitPane(work, timeline.root(), bottom);
        rows.setOrientation(Orientation.VERTICAL);
        rows.setId("rows");
        rows.setDividerPositions(TOP_END, TIMELINE_END);

        root.setId("spindle-root");
        root.getStyleClass().add("spindle");
        root.setTop(toolbar.root());
        root.setCenter(rows);
        presentation.addListener((obs, was, now) -> applyPresentation(now));
    }

    private void applyPresentation(boolean on) {
        toolbar.presentation(on);
        if (on) {
            work.getItems().remove(yardPanel.root());
            rows.getItems().remove(timeline.root());
            BorderPane stage = new BorderPane(yardPanel.root());
            stage.setBottom(timeline.root());
            root.setCenter(stage);
            root.getStyleClass().add("presentation");
            yard.scaleProperty().set(PRESENTATION_SCALE);
        } else {
            if (root.getCenter() instanceof BorderPane stage) {
                stage.setBottom(null); // the timeline goes back between the work area and the bottom row
            }
            root.setCenter(null);
            work.getItems().add(1, yardPanel.root());
            if (work.getItems().size() == 4) {
                work.setDividerPositions(WITH_LESSON);
            } else {
                work.setDividerPositions(CODE_END, YARD_END);
            }
            rows.getItems().add(1, timeline.root());
            rows.setDividerPositions(TOP_END, TIMELINE_END);
            root.setCenter(rows);
            root.getStyleClass().remove("presentation");
            yard.scaleProperty().set(1);
        }
    }

    /** Puts a lesson panel at the right of the code, yard and gauges (the lessons package's hook). */
    public void lessonSlot(Node panel) {
        work.getItems().add(panel);
        // A wider window goes to the code and the yard; the lesson text keeps its width.
        SplitPane.setResizableWithParent(panel, false);
        work.setDividerPositions(WITH_LESSON);
    }

    /**
     * Folds the lesson column to a {@link #LESSON_STRIP} strip, or opens it again at its
     * width before. The room goes to the code and the yard (the split pane's layout then
     * re-balances within the columns' minimum widths; in practice the code gains most).
     */
    public void lessonCollapsed(boolean collapsed) {
        if (work.getItems().size() != 4 || work.getWidth() <= 0) {
            return;
        }
        if (collapsed) {
            expandedDividers = work.getDividerPositions();
            double total = work.getWidth();
            double code = ((Region) work.getItems().get(0)).getWidth();
            double yard = ((Region) work.getItems().get(1)).getWidth();
            double lesson = ((Region) work.getItems().get(3)).getWidth();
            // The code and the yard share the lesson's room in proportion; the gauges keep theirs.
            double freed = Math.max(0, lesson - LESSON_STRIP);
            double codeNow = code + freed * code / (code + yard);
            double yardNow = yard + freed * yard / (code + yard);
            double last = 1 - LESSON_STRIP / total;
            // The split pane's own layout then honours the columns' minimum widths.
            work.setDividerPositions(codeNow / total, (codeNow + yardNow) / total, last);
        } else {
            work.setDividerPositions(expandedDividers != null ? expandedDividers : WITH_LESSON);
        }
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
    public GaugesView gauges() { return gauges; }
    public TimelineView timeline() { return timeline; }
    public Node toolbar() { return toolbar.root(); }

    /** Removes every listener the views put on the playback. */
    public void dispose() {
        code.dispose();
        yard.dispose();
        gauges.dispose();
        console.dispose();
        events.dispose();
        stats.dispose();
        timeline.dispose();
    }
}
