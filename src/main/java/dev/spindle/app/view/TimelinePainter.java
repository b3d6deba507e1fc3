package dev.spindle.app.view;

import dev.spindle.trace.VirtualTime;
import dev.spindle.app.history.History;
import dev.spindle.app.history.Mark;
import dev.spindle.app.history.SliceRow;
import dev.spindle.app.history.StateRow;
import dev.spindle.app.history.Viewport;
import dev.spindle.app.history.Wake;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Paint;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * Paints the timeline on its canvas: the time axis, one row per P (or per goroutine), the
 * runs or states as coloured slices, the marks, the playhead and the selected wake's arrow.
 *
 * <p>Only what is visible is drawn, and never more than about one rectangle per pixel column
 * and row: the first visible slice is found by binary search, and where slices are narrower
 * than a pixel one pixel is drawn for them all and the search jumps to the next column. So a
 * frame costs the same for 10,000 slices as for 10 million, and nothing here allocates per slice.
 * Slices, idle rows and marks go into a {@link TimelineRaster} (one image for the renderer,
 * however many slices it shows); the text, outlines and the arrow over them are canvas
 * commands, a few per visible label.
 */
final class TimelinePainter {
    /** Sizes at the theme's normal type (12 px); they grow with the type (zoom, presentation mode). */
    private static final double BASE_FONT = 12;
    private static final double BASE_AXIS_H = 20;
    private static final double BASE_PROC_ROW_H = 24;
    private static final double BASE_G_ROW_H = 16;
    private static final double BASE_PROC_LABEL_W = 34;
    private static final double BASE_G_LABEL_W = 124;
    private static final double MARK = 5;

    private final Canvas canvas;
    private final TimelineInk ink;
    private final Text measure = new Text();
    private final TimelineRaster raster = new TimelineRaster();
    /** Canvas commands that go over the raster (labels, outlines), gathered while it is filled. */
    private final List<Runnable> over = new java.util.ArrayList<>();
    /** Draw calls of the last paint (the probe reads it: the cost is bounded by pixels, not slices). */
    int lastRects;

    TimelinePainter(Canvas canvas, TimelineInk ink) {
        this.canvas = canvas;
        this.ink = ink;
    }

    /** What one paint shows. */
    record Scene(History history, Viewport view, boolean byGoroutine, int firstRow, double playheadTime,
            long selected, Wake arrow) {
    }

    /** How much larger than normal the timeline's type is now. */
    private double unit() {
        return Math.max(1, ink.labelFont().getSize() / BASE_FONT);
    }

    double axisHeight() {
        return BASE_AXIS_H * unit();
    }

    double procRowHeight() {
        return BASE_PROC_ROW_H * unit();
    }

    double goroutineRowHeight() {
        return BASE_G_ROW_H * unit();
    }

    double labelWidth(boolean byGoroutine) {
        return (byGoroutine ? BASE_G_LABEL_W : BASE_PROC_LABEL_W) * unit();
    }

    void paint(Scene s) {
        GraphicsContext gc = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        lastRects = 0;
        gc.clearRect(0, 0, w, h);
        gc.setFont(ink.font());
        gc.setTextBaseline(VPos.CENTER);
        double left = labelWidth(s.byGoroutine());
        double plot = Math.max(1, w - left);
        axis(gc, s.view(), left, plot, w, h);
        gc.save();
        gc.beginPath();
        gc.rect(left, axisHeight(), plot, h - axisHeight());
        gc.clip();
        raster.begin(left, axisHeight(), plot, h - axisHeight(), renderScale());
        over.clear();
        if (s.byGoroutine()) {
            goroutineRows(gc, s, left, plot, h);
        } else {
            procRows(gc, s, left, plot);
            marks(gc, s, left, plot);
        }
        raster.drawOn(gc);
        over.forEach(Runnable::run);
        over.clear();
        // Known but not yet shown: after the playhead, dimmed.
        double px = left + s.view().fractionOf(s.playheadTime()) * plot;
        if (px < w) {
            gc.setFill(ink.named("tl-future"));
            gc.fillRect(Math.max(left, px), axisHeight(), w - Math.max(left, px), h - axisHeight());
        }
        if (s.arrow() != null) {
            arrow(gc, s, left, plot);
        }
        gc.restore();
        gc.setStroke(ink.named("tl-playhead"));
        gc.setLineWidth(2);
        if (px >= left && px <= w) {
            gc.strokeLine(px, 0, px, h);
        }
        rowLabels(gc, s, left, h);
    }

    /** Device pixels per canvas unit (2 on a doubled screen), so the raster stays sharp. */
    private double renderScale() {
        var scene = canvas.getScene();
        var window = scene == null ? null : scene.getWindow();
        return window == null ? 1 : Math.max(1, Math.min(4, window.getRenderScaleX()));
    }

    // ---- axis --------------------------------------------------------------------------

    private void axis(GraphicsContext gc, Viewport v, double left, double plot, double w, double h) {
        double perPixel = v.span() / plot;
        long step = VirtualTime.niceStep(perPixel * 90);
        gc.setStroke(ink.named("tl-grid"));
        gc.setLineWidth(1);
        gc.setFill(ink.named("tl-axis"));
        gc.setTextAlign(TextAlignment.LEFT);
        long first = (long) Math.ceil(v.start() / step) * step;
        for (long t = first; t <= v.end(); t += step) {
            double x = Math.floor(left + v.fractionOf(t) * plot) + 0.5;
            gc.strokeLine(x, axisHeight() - 5, x, h);
            gc.fillText(VirtualTime.format(t), x + 3, axisHeight() / 2);
        }
        gc.strokeLine(left, axisHeight() - 0.5, w, axisHeight() - 0.5);
    }

    // ---- rows per P ------------------------------------------------------------------------

    private void procRows(GraphicsContext gc, Scene s, double left, double plot) {
        History hist = s.history();
        List<SliceRow> rows = hist.procRows();
        Viewport v = s.view();
        long end = hist.lastTime();
        for (int p = 0; p < rows.size(); p++) {
            double y = axisHeight() + p * procRowHeight();
            availability(gc, hist, p, v, left, plot, y);
            SliceRow r = rows.get(p);
            int i = r.firstEndingAfter((long) Math.floor(v.start()));
            while (i < r.size()) {
                long start = r.start(i);
                if (start > v.end()) {
                    break;
                }
                long stop = r.isOpen(i) ? end : r.end(i);
                double x0 = left + v.fractionOf(start) * plot;
                double x1 = left + v.fractionOf(stop) * plot;
                if (x1 - x0 < 1) {
                    // Narrower than a pixel: one pixel for every slice in this column.
                    double col = Math.floor(x0);
                    int next = r.firstEndingAfter((long) Math.ceil(v.timeAt((col + 1 - left) / plot)));
                    boolean many = next > i + 1;
                    raster.fill(col, y + 2, 1, procRowHeight() - 4, many ? ink.named("tl-many") : ink.goroutine(r.g(i)));
                    lastRects++;
                    i = Math.max(next, i + 1);
                    continue;
                }
                long g = r.g(i);
                raster.fill(x0, y + 2, x1 - x0, procRowHeight() - 4, ink.goroutine(g));
                lastRects++;
                if (g == s.selected()) {
                    over.add(() -> {
                        gc.setStroke(ink.named("tl-selected"));
                        gc.setLineWidth(2);
                        gc.strokeRect(x0 + 1, y + 3, Math.max(1, x1 - x0 - 2), procRowHeight() - 6);
                    });
                }
                label(gc, "G" + g, x0, x1, y + procRowHeight() / 2, ink.onGoroutine(g), left);
                i++;
            }
        }
    }

    /** The row's background: idle where the P exists, hatched-out where GOMAXPROCS had no such P. */
    private void availability(GraphicsContext gc, History hist, int p, Viewport v, double left, double plot, double y) {
        List<long[]> changes = hist.procChanges();
        double runEnd = Math.max(v.end(), hist.lastTime());
        for (int c = 0; c < changes.size(); c++) {
            long from = changes.get(c)[0];
            double to = c + 1 < changes.size() ? changes.get(c + 1)[0] : runEnd;
            boolean exists = p < changes.get(c)[2];
            double x0 = Math.max(left, left + v.fractionOf(from) * plot);
            double x1 = Math.min(left + plot, left + v.fractionOf(to) * plot);
            if (x1 > x0) {
                raster.fill(x0, y + 1, x1 - x0, procRowHeight() - 2, ink.named(exists ? "tl-idle" : "tl-absent"));
            }
        }
    }

    private void marks(GraphicsContext gc, Scene s, double left, double plot) {
        List<Mark> marks = s.history().marks();
        Viewport v = s.view();
        int lo = 0;
        int hi = marks.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (marks.get(mid).time() < v.start()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int rows = s.history().procRows().size();
        double[] lastX = new double[rows + 1];
        java.util.Arrays.fill(lastX, -10);
        for (int i = lo; i < marks.size(); i++) {
            Mark m = marks.get(i);
            if (m.time() > v.end()) {
                break;
            }
            double x = left + v.fractionOf(m.time()) * plot;
            int slot = m.p() < 0 ? rows : Math.min(m.p(), rows - 1);
            if (x - lastX[slot] < 2) {
                continue; // several marks in one pixel column: one is enough
            }
            lastX[slot] = x;
            Paint paint = ink.mark(m.kind());
            lastRects++;
            if (m.p() < 0) {
                raster.fill(x - 1, axisHeight(), 3, rows * procRowHeight(), paint);
                continue;
            }
            // A small downward triangle at the row's top edge, one pixel row at a time.
            double y = axisHeight() + m.p() * procRowHeight();
            for (int k = 0; k <= MARK + 1; k++) {
                double half = MARK * (1 - k / (MARK + 2));
                raster.fill(x - half, y + k, 2 * half, 1, paint);
            }
        }
    }

    // ---- rows per goroutine -----------------------------------------------------------------

    private void goroutineRows(GraphicsContext gc, Scene s, double left, double plot, double h) {
        History hist = s.history();
        List<StateRow> rows = hist.goroutineRows();
        Viewport v = s.view();
        long end = hist.lastTime();
        int visible = (int) Math.ceil((h - axisHeight()) / goroutineRowHeight());
        for (int k = 0; k < visible && s.firstRow() + k < rows.size(); k++) {
            StateRow r = rows.get(s.firstRow() + k);
            double y = axisHeight() + k * goroutineRowHeight();
            if (r.g() == s.selected()) {
                raster.fill(left, y, plot, goroutineRowHeight(), ink.named("tl-idle"));
            }
            int i = r.firstLastingPast((long) Math.floor(v.start()));
            while (i < r.size()) {
                long start = r.time(i);
                if (start > v.end()) {
                    break;
                }
                byte state = r.state(i);
                long stop = i + 1 < r.size() ? r.time(i + 1) : end;
                if (state == StateRow.DEAD) {
                    break;
                }
                double x0 = left + v.fractionOf(start) * plot;
                double x1 = left + v.fractionOf(stop) * plot;
                if (x1 - x0 < 1) {
                    double col = Math.floor(x0);
                    raster.fill(col, y + 2, 1, goroutineRowHeight() - 4, stateInk(r.g(), state));
                    lastRects++;
                    int next = r.firstLastingPast((long) Math.ceil(v.timeAt((col + 1 - left) / plot)));
                    i = Math.max(next, i + 1);
                    continue;
                }
                double inset = state == StateRow.RUNNING ? 1 : 4;
                raster.fill(x0, y + inset, x1 - x0, goroutineRowHeight() - 2 * inset, stateInk(r.g(), state));
                lastRects++;
                if (state >= StateRow.WAITING) {
                    label(gc, StateRow.text(state), x0, x1, y + goroutineRowHeight() / 2, ink.named("tl-slice-text"), left);
                }
                i++;
            }
        }
    }

    private Paint stateInk(long g, byte state) {
        return switch (state) {
            case StateRow.RUNNING -> ink.goroutine(g);
            case StateRow.RUNNABLE -> ink.named("tl-runnable");
            default -> ink.wait(StateRow.reason(state));
        };
    }

    // ---- arrow, labels ----------------------------------------------------------------------

    /** The selected wake: from the waker where it woke (its row at that instant) to where the woken goroutine next ran. */
    private void arrow(GraphicsContext gc, Scene s, double left, double plot) {
        Wake w = s.arrow();
        Viewport v = s.view();
        double x0 = left + v.fractionOf(w.time()) * plot;
        double y0;
        double x1;
        double y1;
        if (s.byGoroutine()) {
            y0 = rowCentre(s, w.waker());
            y1 = rowCentre(s, w.g());
            x1 = x0;
        } else {
            y0 = w.wakerP() >= 0 ? axisHeight() + (w.wakerP() + 0.5) * procRowHeight() : axisHeight();
            int[] run = s.history().nextRun(w.g(), w.seq());
            if (run != null) {
                x1 = left + v.fractionOf(s.history().procRows().get(run[0]).start(run[1])) * plot;
                y1 = axisHeight() + (run[0] + 0.5) * procRowHeight();
            } else {
                x1 = x0 + 24;
                y1 = y0;
            }
        }
        if (Double.isNaN(y0) || Double.isNaN(y1)) {
            return;
        }
        gc.setStroke(ink.named("tl-arrow"));
        gc.setFill(ink.named("tl-arrow"));
        gc.setLineWidth(3);
        // A curve, so that an arrow between two points of the same instant still shows its way.
        double bend = Math.max(80, Math.abs(x1 - x0) / 3);
        // On one row the curve arcs over the slices between, instead of running along them.
        double lift = Math.abs(y1 - y0) < 1 ? procRowHeight() * 0.9 : 0;
        gc.beginPath();
        gc.moveTo(x0, y0);
        gc.bezierCurveTo(x0 + bend, y0 - lift, x1 - bend, y1 - lift, x1, y1);
        gc.stroke();
        gc.fillOval(x0 - 4, y0 - 4, 8, 8);
        // The curve arrives heading right: the head points right.
        gc.fillPolygon(new double[] {x1, x1 - 10, x1 - 10}, new double[] {y1, y1 - 5, y1 + 5}, 3);
    }

    private double rowCentre(Scene s, long g) {
        List<StateRow> rows = s.history().goroutineRows();
        for (int k = 0; k < rows.size(); k++) {
            if (rows.get(k).g() == g) {
                return axisHeight() + (k - s.firstRow() + 0.5) * goroutineRowHeight();
            }
        }
        return Double.NaN;
    }

    private void rowLabels(GraphicsContext gc, Scene s, double left, double h) {
        gc.clearRect(0, axisHeight(), left, h - axisHeight());
        gc.setFont(ink.labelFont());
        gc.setFill(ink.named("tl-row-label"));
        gc.setTextAlign(TextAlignment.LEFT);
        if (s.byGoroutine()) {
            List<StateRow> rows = s.history().goroutineRows();
            int visible = (int) Math.ceil((h - axisHeight()) / goroutineRowHeight());
            for (int k = 0; k < visible && s.firstRow() + k < rows.size(); k++) {
                StateRow r = rows.get(s.firstRow() + k);
                fit(gc, "G" + r.g() + " " + r.function(), 4, axisHeight() + (k + 0.5) * goroutineRowHeight(), left - 6);
            }
        } else {
            for (int p = 0; p < s.history().procRows().size(); p++) {
                gc.fillText("P" + p, 6, axisHeight() + (p + 0.5) * procRowHeight());
            }
        }
        gc.setFont(ink.font());
    }

    /** Writes {@code text} centred in [x0, x1] over the raster when it fits (with a margin), else nothing. */
    private void label(GraphicsContext gc, String text, double x0, double x1, double y, Paint paint, double left) {
        double from = Math.max(x0, left);
        double to = Math.min(x1, canvas.getWidth());
        if (to - from < 12 || to - from < textWidth(text) + 6) {
            return;
        }
        over.add(() -> {
            gc.setFill(paint);
            gc.setTextAlign(TextAlignment.CENTER);
            gc.fillText(text, (from + to) / 2, y);
            gc.setTextAlign(TextAlignment.LEFT);
        });
    }

    private void fit(GraphicsContext gc, String text, double x, double y, double max) {
        String t = text;
        while (t.length() > 2 && textWidth(t) > max) {
            t = t.substring(0, t.length() - 2) + "…";
            if (t.length() > 2 && t.endsWith("……")) {
                t = t.substring(0, t.length() - 1);
            }
        }
        gc.fillText(t, x, y);
    }

    private double textWidth(String s) {
        measure.setFont(ink.font());
        measure.setText(s);
        return measure.getLayoutBounds().getWidth();
    }
}
