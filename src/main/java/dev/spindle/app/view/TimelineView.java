package dev.spindle.app.view;

import dev.spindle.trace.VirtualTime;
import dev.spindle.app.history.History;
import dev.spindle.app.history.SliceRow;
import dev.spindle.app.history.StateRow;
import dev.spindle.app.history.Viewport;
import dev.spindle.app.history.Why;
import dev.spindle.app.play.Playback;
import dev.spindle.trace.Event;
import java.util.List;
import java.util.function.IntFunction;
import javafx.animation.AnimationTimer;
import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

/**
 * The timeline: the run's history over virtual time, one row per P with a slice per
 * goroutine run (or one row per goroutine with its states), the playhead at the shown event,
 * marks for steals, preemptions, panics and deadlocks, and for the selected goroutine the
 * sentence that says why it is where it is, with an arrow from its waker.
 *
 * <p>Input: a click on a slice selects its goroutine and seeks to the slice's start; a click
 * elsewhere, or a drag along the axis, seeks to that instant; a drag among the rows pans; the
 * wheel zooms around the pointer; "fit" shows the whole run and follows it. The history is
 * built once per event as the log is read ({@link History}); a paint happens at most once
 * per pulse, and only when something changed.
 */
public final class TimelineView {
    private static final double DRAG_SLOP = 4;
    /** Open, never lower than this: the axis, two Ps and the "why" line (a small window takes it from the bottom row). */
    private static final double MIN_OPEN_HEIGHT = 130;

    private final Panel panel = new Panel("timeline", "Timeline");
    private final Playback playback;
    private final IntFunction<String> sourceLine;
    private final Canvas canvas = new Canvas();
    private final Pane canvasPane = new Pane();
    private final TimelineInk ink = new TimelineInk();
    private final TimelinePainter painter = new TimelinePainter(canvas, ink);
    private final ScrollBar rowScroll = new ScrollBar();
    private final Label why = new Label();
    private final VBox body;
    private final ToggleButton byProc = new ToggleButton("P rows");
    private final ToggleButton byGoroutine = new ToggleButton("G rows");
    private final ToggleButton collapse = new ToggleButton();
    private final BooleanProperty collapsed = new SimpleBooleanProperty(this, "collapsed");
    private final Viewport viewport = new Viewport();
    private final ReadOnlyIntegerWrapper wakerLine = new ReadOnlyIntegerWrapper(this, "wakerLine");
    private History history = new History();
    private long runId = -1;
    private Why explained;
    private boolean dirty = true;
    private double pressX;
    private double pressY;
    private double lastDragX;
    private boolean dragging;
    private boolean scrubbing;
    private final InvalidationListener onChange = o -> changed();
    private final AnimationTimer painterTimer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            if (dirty) {
                dirty = false;
                paintNow();
            }
        }
    };
    /**
     * Flat out the run grows every pulse; a history nobody can read at 60 Hz is redrawn ten
     * times a second, leaving the pulse to the yard and the input (as the event list does).
     */
    private final Throttle repaints;

    /** {@code sourceLine} gives the program's line {@code n} (1-based) for the "why" sentence. */
    public TimelineView(Playback playback, IntFunction<String> sourceLine) {
        this.playback = playback;
        this.sourceLine = sourceLine;
        this.repaints = new Throttle(javafx.util.Duration.millis(100), playback::flatOut, () -> dirty = true);
        canvas.setId("timeline-canvas");
        canvasPane.getStyleClass().add("timeline-canvas");
        canvasPane.getChildren().addAll(ink.node(), canvas);
        canvasPane.setMinSize(0, 0);
        canvas.widthProperty().bind(canvasPane.widthProperty());
        canvas.heightProperty().bind(canvasPane.heightProperty());
        canvas.widthProperty().addListener(o -> repaint());
        canvas.heightProperty().addListener(o -> repaint());
        Tooltip.install(canvas, new Tooltip(VirtualTime.EXPLANATION
                + "\nClick a slice to go to its start; drag the axis to scrub; drag the rows to pan; the wheel zooms."));

        rowScroll.setOrientation(Orientation.VERTICAL);
        rowScroll.setId("timeline-rows-scroll");
        rowScroll.valueProperty().addListener(o -> repaint());
        show(rowScroll, false);

        why.setId("timeline-why");
        why.getStyleClass().add("timeline-why");
        why.setWrapText(true);
        why.setMaxWidth(Double.MAX_VALUE);
        why.setText("Select a goroutine (its token, a slice or an event) to see why it is where it is.");

        BorderPane plot = new BorderPane(canvasPane);
        plot.setRight(rowScroll);
        VBox.setVgrow(plot, Priority.ALWAYS);
        body = new VBox(plot, why);
        body.getStyleClass().add("timeline-body");
        body.setMinHeight(0);
        panel.content(body);
        panel.root().getStyleClass().add("timeline-panel");
        panel.trailing(controls());

        canvas.setOnMousePressed(this::pressed);
        canvas.setOnMouseDragged(this::dragged);
        canvas.setOnMouseReleased(this::released);
        canvas.setOnScroll(this::scrolled);

        playback.revisionProperty().addListener(onChange);
        playback.selectedGoroutineProperty().addListener(onChange);
        collapsed.addListener((obs, was, now) -> {
            show(body, !now);
            collapse.setSelected(now);
            // Folded, the panel is as high as its header; its room goes to its neighbours.
            panel.root().setMaxHeight(now ? Region.USE_PREF_SIZE : Double.MAX_VALUE);
            panel.root().setMinHeight(now ? Region.USE_PREF_SIZE : MIN_OPEN_HEIGHT);
        });
        panel.root().setMinHeight(MIN_OPEN_HEIGHT);
        painterTimer.start();
        changed();
    }

    private Node controls() {
        ToggleGroup mode = new ToggleGroup();
        byProc.setToggleGroup(mode);
        byGoroutine.setToggleGroup(mode);
        byProc.setSelected(true);
        byProc.setId("timeline-by-proc");
        byGoroutine.setId("timeline-by-goroutine");
        byProc.setTooltip(new Tooltip("One row per P: who ran where, and when each P was idle"));
        byGoroutine.setTooltip(new Tooltip("One row per goroutine: running, runnable or waiting (and on what)"));
        mode.selectedToggleProperty().addListener((obs, was, now) -> {
            if (now == null) {
                was.setSelected(true); // one mode is always on
                return;
            }
            show(rowScroll, byGoroutine.isSelected());
            repaint();
        });
        for (ToggleButton b : List.of(byProc, byGoroutine)) {
            b.getStyleClass().addAll("timeline-mode", "small");
        }
        Button fit = new Button("fit", new FontIcon(MaterialDesignF.FIT_TO_SCREEN_OUTLINE));
        fit.setId("timeline-fit");
        fit.getStyleClass().addAll("timeline-fit", "small");
        fit.setTooltip(new Tooltip("Show the whole run (and follow it as it grows)"));
        fit.setOnAction(e -> fit());
        collapse.setId("timeline-collapse");
        collapse.getStyleClass().addAll("timeline-collapse", "small", "flat");
        collapse.setGraphic(new FontIcon(MaterialDesignC.CHEVRON_DOWN));
        collapse.setTooltip(new Tooltip("Fold the timeline away, or open it again"));
        collapse.setOnAction(e -> collapsed.set(collapse.isSelected()));
        Label hint = new Label(null, new FontIcon(MaterialDesignA.ALPHA_T_BOX_OUTLINE));
        hint.getStyleClass().add("timeline-hint");
        hint.setTooltip(new Tooltip(VirtualTime.EXPLANATION));
        HBox box = new HBox(4, hint, byProc, byGoroutine, fit, collapse);
        box.setAlignment(Pos.CENTER_RIGHT);
        box.getStyleClass().add("timeline-controls");
        return box;
    }

    public Node root() {
        return panel.root();
    }

    /** The source line of the statement that woke the selected goroutine (0: none): the code view marks it. */
    public ReadOnlyIntegerProperty wakerLineProperty() {
        return wakerLine.getReadOnlyProperty();
    }

    /** True while the timeline is folded to its header. */
    public BooleanProperty collapsedProperty() {
        return collapsed;
    }

    public void dispose() {
        painterTimer.stop();
        playback.revisionProperty().removeListener(onChange);
        playback.selectedGoroutineProperty().removeListener(onChange);
    }

    // ---- what tests and the probe read ----------------------------------------------------

    /** The history the timeline draws (read-only use). */
    public History history() {
        return history;
    }

    /** The shown stretch of virtual time. */
    public Viewport viewport() {
        return viewport;
    }

    /** The x (in the canvas) of the playhead, NaN when it is outside the view. */
    public double playheadX() {
        double x = left() + viewport.fractionOf(playheadTime()) * plotWidth();
        return x < left() || x > canvas.getWidth() ? Double.NaN : x;
    }

    /** The virtual time of the shown event. */
    public long playheadTime() {
        int c = playback.cursorProperty().get();
        List<Event> events = playback.events();
        return c == 0 || events.isEmpty() ? 0 : events.get(Math.min(c, events.size()) - 1).time();
    }

    /** Where slice {@code i} of P {@code p} is drawn: its centre in canvas coordinates {x, y}. */
    public double[] sliceCentre(int p, int i) {
        SliceRow r = history.procRows().get(p);
        double x0 = left() + viewport.fractionOf(r.start(i)) * plotWidth();
        double x1 = left() + viewport.fractionOf(r.isOpen(i) ? history.lastTime() : r.end(i)) * plotWidth();
        return new double[] {(x0 + Math.max(x1, x0 + 1)) / 2, painter.axisHeight() + (p + 0.5) * painter.procRowHeight()};
    }

    /** The canvas (tests click it; screenshots show it). */
    public Canvas canvas() {
        return canvas;
    }

    /** The "why" sentence shown now. */
    public String whyText() {
        return why.getText();
    }

    /** The wake whose arrow is drawn now, null when none. */
    public dev.spindle.app.history.Wake arrow() {
        return explained == null ? null : explained.wake();
    }

    /** Rectangles the last paint drew (bounded by the pixels, not by the slices). */
    public int lastPaintRects() {
        return painter.lastRects;
    }

    /** One row per goroutine instead of per P. */
    public void byGoroutine(boolean on) {
        (on ? byGoroutine : byProc).setSelected(true);
    }

    /** Shows the whole run and follows it. */
    public void fit() {
        viewport.fit(history.lastTime());
        repaint();
    }

    /** Zooms around {@code anchor} (a fraction of the plot's width): {@code factor} &gt; 1 zooms in. */
    public void zoom(double factor, double anchor) {
        viewport.zoom(factor, anchor);
        repaint();
    }

    /** Paints now (tests, screenshots); normally a paint waits for the next pulse. */
    public void paintNow() {
        if (canvas.getWidth() <= 0 || canvas.getHeight() <= 0) {
            return;
        }
        boolean g = byGoroutine.isSelected();
        int rows = history.goroutineRows().size();
        int visible = (int) Math.max(1, (canvas.getHeight() - painter.axisHeight()) / painter.goroutineRowHeight());
        rowScroll.setMax(Math.max(0, rows - visible));
        rowScroll.setVisibleAmount(visible);
        painter.paint(new TimelinePainter.Scene(history, viewport, g, (int) rowScroll.getValue(), playheadTime(),
                playback.selectedGoroutineProperty().get(), arrow()));
    }

    // ---- keeping up with the run ---------------------------------------------------------

    private void changed() {
        if (playback.runId() != runId) {
            runId = playback.runId();
            history = new History();
            viewport.fit(0);
            rowScroll.setValue(0);
        }
        history.catchUp(playback.events());
        viewport.follow(history.lastTime());
        explain();
        repaint();
    }

    private void explain() {
        long g = playback.selectedGoroutineProperty().get();
        if (g == 0) {
            explained = null;
            wakerLine.set(0);
            why.setText("Select a goroutine (its token, a slice or an event) to see why it is where it is.");
            return;
        }
        int cursor = Math.min(playback.cursorProperty().get(), history.size());
        explained = Why.of(history, g, cursor, playback.state().labels()::of, sourceLine);
        why.setText(explained.sentence());
        wakerLine.set(explained.wake() != null ? explained.wake().wakerLine() : 0);
    }

    private void repaint() {
        repaints.request();
    }

    // ---- input ---------------------------------------------------------------------------

    private void pressed(MouseEvent e) {
        pressX = e.getX();
        pressY = e.getY();
        lastDragX = e.getX();
        dragging = false;
        scrubbing = e.getY() < painter.axisHeight() && e.getX() > left();
        if (scrubbing) {
            seekToTime(timeAtX(e.getX()));
        }
    }

    private void dragged(MouseEvent e) {
        if (scrubbing) {
            seekToTime(timeAtX(e.getX()));
            return;
        }
        if (!dragging && Math.hypot(e.getX() - pressX, e.getY() - pressY) < DRAG_SLOP) {
            return;
        }
        dragging = true;
        double dx = e.getX() - lastDragX;
        lastDragX = e.getX();
        viewport.pan(-dx / plotWidth());
        if (byGoroutine.isSelected()) {
            double dy = e.getY() - pressY;
            if (Math.abs(dy) >= painter.goroutineRowHeight()) {
                rowScroll.setValue(Math.max(0, Math.min(rowScroll.getMax(), rowScroll.getValue() - Math.signum(dy))));
                pressY = e.getY();
            }
        }
        repaint();
    }

    private void released(MouseEvent e) {
        if (scrubbing || dragging || e.getX() < left()) {
            scrubbing = false;
            dragging = false;
            return;
        }
        click(e.getX(), e.getY());
    }

    /** A click at canvas point (x, y): on a slice, select its goroutine and seek to its start; else seek to that instant. */
    public void click(double x, double y) {
        double t = timeAtX(x);
        double slop = viewport.span() / plotWidth() * 2;
        if (byGoroutine.isSelected()) {
            int k = (int) ((y - painter.axisHeight()) / painter.goroutineRowHeight()) + (int) rowScroll.getValue();
            if (y > painter.axisHeight() && k < history.goroutineRows().size()) {
                StateRow r = history.goroutineRows().get(k);
                playback.selectedGoroutineProperty().set(r.g());
                int i = r.firstLastingPast((long) t);
                if (i < r.size() && r.time(i) <= t + slop) {
                    seek(r.seq(i) + 1);
                    return;
                }
            }
            seekToTime(t);
            return;
        }
        int p = (int) ((y - painter.axisHeight()) / painter.procRowHeight());
        if (y > painter.axisHeight() && p < history.procRows().size()) {
            SliceRow r = history.procRows().get(p);
            int i = r.firstEndingAfter((long) Math.floor(t - slop));
            if (i < r.size() && r.start(i) <= t + slop) {
                playback.selectedGoroutineProperty().set(r.g(i));
                seek(r.startSeq(i) + 1);
                return;
            }
        }
        seekToTime(t);
    }

    private void scrolled(ScrollEvent e) {
        if (e.getDeltaY() == 0) {
            return;
        }
        if (e.isShiftDown() && byGoroutine.isSelected()) {
            rowScroll.setValue(Math.max(0, Math.min(rowScroll.getMax(), rowScroll.getValue() - Math.signum(e.getDeltaY()) * 3)));
        } else {
            double anchor = Math.max(0, (e.getX() - left()) / plotWidth());
            viewport.zoom(Math.exp(e.getDeltaY() / 200), anchor);
        }
        repaint();
        e.consume();
    }

    /** Shows the state right after the last event at or before virtual time {@code t}. */
    private void seekToTime(double t) {
        List<Event> events = playback.events();
        int lo = 0;
        int hi = Math.min(events.size(), history.size());
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (events.get(mid).time() <= t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        seek(Math.max(1, lo));
    }

    private void seek(int n) {
        playback.pause();
        playback.seek(n);
    }

    private double timeAtX(double x) {
        return viewport.timeAt((x - left()) / plotWidth());
    }

    private double left() {
        return painter.labelWidth(byGoroutine.isSelected());
    }

    private double plotWidth() {
        return Math.max(1, canvas.getWidth() - left());
    }

    private static void show(Node n, boolean visible) {
        n.setVisible(visible);
        n.setManaged(visible);
    }
}
