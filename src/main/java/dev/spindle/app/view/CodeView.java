package dev.spindle.app.view;

import dev.spindle.app.fold.GStatus;
import dev.spindle.app.fold.Goroutine;
import dev.spindle.app.play.CompileError;
import dev.spindle.app.play.Playback;
import dev.spindle.app.view.yard.Palette;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javafx.animation.PauseTransition;
import javafx.beans.InvalidationListener;
import javafx.util.Duration;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.event.MouseOverTextEvent;
import org.fxmisc.richtext.model.StyleSpans;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * The Go source of the open program in a RichTextFX code area: Go highlighting, editable
 * (Run compiles what is typed), compile errors underlined with Go's message in the gutter
 * and listed below, go vet's findings underlined in amber with the message on hover (before
 * the program runs), one marker per goroutine on the line it is at in its colour, and a
 * banner when snippet mode added imports.
 */
public final class CodeView {
    private static final int MAX_MARKERS_PER_LINE = 4;

    private final CodeArea area = new CodeArea();
    private final Panel panel = new Panel("code", "Code");
    private final Label banner = new Label();
    /** Made when a program first fails to compile: most runs never need it, and a list view is costly to style at start. */
    private ListView<CompileError> errorList;
    private final VBox box;
    private final Playback playback;
    private final InvalidationListener onChange = o -> {
        refreshMarkers();
        markRaces();
    };
    /** The lines marked as one side of a data race (1-based), as shown. */
    private Set<Integer> raceLines = Set.of();
    private final InvalidationListener onHover = o -> hovered();
    /** The line each emphasis style is on now (see {@link #emphasise}). */
    private final Map<String, Integer> emphasised = new HashMap<>();
    private Map<Integer, CompileError> errorsByLine = Map.of();
    /** go vet's findings by line (several may share one). */
    private Map<Integer, List<CompileError>> warningsByLine = Map.of();
    private final Tooltip hoverTip = new Tooltip();
    private Map<Integer, List<Long>> markers = Map.of();
    /** The gutter made last for each line (1-based), to move markers without making the gutters again. */
    private final Map<Integer, Gutter> gutters = new HashMap<>();
    private long lastMarkers;
    private final PauseTransition catchUp = new PauseTransition(Duration.millis(MARKER_INTERVAL_NANOS / 1e6));
    private static final long MARKER_INTERVAL_NANOS = 200_000_000;

    public CodeView(Playback playback) {
        this.playback = playback;
        area.getStyleClass().add("code-view");
        area.setId("code-area");
        area.setEditable(true);
        area.setPlaceholder(EmptyState.of(MaterialDesignC.CODE_BRACES,
                "No program open",
                "Open a .go file (or drop one here); its source appears here, with a marker for each goroutine."));
        area.textProperty().addListener((obs, was, now) -> {
            highlight();
            if (!errorsByLine.isEmpty()) {
                showErrors(List.of());
            }
            if (!warningsByLine.isEmpty()) {
                showWarnings(List.of()); // their positions no longer hold; the next compile vets again
            }
        });
        installHover();
        installGutter();
        catchUp.setOnFinished(e -> {
            lastMarkers = 0;
            refreshMarkers();
        });

        banner.setId("snippet-banner");
        banner.getStyleClass().add("snippet-banner");
        banner.setGraphic(new FontIcon(MaterialDesignA.AUTO_FIX));
        banner.setWrapText(true);
        banner.setMaxWidth(Double.MAX_VALUE);
        show(banner, false);

        VirtualizedScrollPane<CodeArea> scroller = new VirtualizedScrollPane<>(area);
        VBox.setVgrow(scroller, Priority.ALWAYS);
        box = new VBox(banner, scroller);
        box.getStyleClass().add("code-box");
        panel.content(box);
        playback.revisionProperty().addListener(onChange);
        playback.hoveredGoroutineProperty().addListener(onHover);
    }

    /**
     * Gives line {@code line} (1-based; 0: none) the paragraph style {@code styleClass}, taking it
     * from the line that had it: one line per style, e.g. {@code hover-line} for the goroutine under
     * the mouse, {@code waker-line} for the statement that woke the selected goroutine.
     */
    public void emphasise(String styleClass, int line) {
        Integer was = emphasised.get(styleClass);
        if (was != null && was == line) {
            return;
        }
        if (was != null && was >= 1 && was <= paragraphs()) {
            List<String> styles = new ArrayList<>(area.getParagraph(was - 1).getParagraphStyle());
            styles.remove(styleClass);
            area.setParagraphStyle(was - 1, styles);
        }
        emphasised.put(styleClass, line);
        if (line >= 1 && line <= paragraphs()) {
            List<String> styles = new ArrayList<>(area.getParagraph(line - 1).getParagraphStyle());
            styles.add(styleClass);
            area.setParagraphStyle(line - 1, styles);
        }
    }

    /** The line (1-based) that has paragraph style {@code styleClass}, 0 for none (tests). */
    public int emphasised(String styleClass) {
        for (int i = 0; i < paragraphs(); i++) {
            if (area.getParagraph(i).getParagraphStyle().contains(styleClass)) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The hovered token's goroutine: its line lights up. */
    private void hovered() {
        long id = playback.hoveredGoroutineProperty().get();
        Goroutine g = id == 0 ? null : playback.state().goroutine(id);
        emphasise("hover-line", g == null || g.status() == GStatus.DEAD ? 0 : g.line());
    }

    /** The code area itself. */
    public CodeArea area() {
        return area;
    }

    public Node root() {
        return panel.root();
    }

    /**
     * Replaces the source (a newly opened file). The same text again (a lesson shows its code
     * while it compiles, then loads the compiled program) keeps the area, its caret and scroll.
     */
    public void setSource(String text) {
        if (!text.equals(area.getText())) {
            area.replaceText(text);
            raceLines = Set.of();
            emphasised.clear();
            area.moveTo(0);
            area.scrollYToPixel(0);
        }
        showErrors(List.of());
        showWarnings(List.of());
        showAddedImports(List.of());
    }

    public String source() {
        return area.getText();
    }

    /** The text of line {@code n} (1-based), "" when there is no such line. */
    public String sourceLine(int n) {
        return n >= 1 && n <= paragraphs() ? area.getParagraph(n - 1).getText() : "";
    }

    /** Shows Go's compile errors: a list below, the spots underlined, a mark with the message in the gutter. */
    public void showErrors(List<CompileError> errors) {
        if (errors.isEmpty() && errorsByLine.isEmpty() && (errorList == null || errorList.getItems().isEmpty())) {
            // Nothing shown, nothing to show: no re-highlighting and no new gutters (a lesson
            // clears its errors three times on the way to its first frame).
            return;
        }
        Map<Integer, CompileError> byLine = new TreeMap<>();
        for (CompileError e : errors) {
            if (e.line() > 0) {
                byLine.putIfAbsent(e.line(), e);
            }
        }
        errorsByLine = byLine;
        if (errorList == null && !errors.isEmpty()) {
            errorList = errorList();
            box.getChildren().add(errorList);
        }
        if (errorList != null) {
            errorList.getItems().setAll(errors);
            show(errorList, !errors.isEmpty());
        }
        highlight();
        installGutter();
    }

    /** Shows go vet's findings: the spots underlined in amber, the message on hover and in the gutter. */
    public void showWarnings(List<CompileError> warnings) {
        if (warnings.isEmpty() && warningsByLine.isEmpty()) {
            return;
        }
        Map<Integer, List<CompileError>> byLine = new TreeMap<>();
        for (CompileError w : warnings) {
            if (w.line() > 0) {
                byLine.computeIfAbsent(w.line(), k -> new ArrayList<>()).add(w);
            }
        }
        warningsByLine = byLine;
        highlight();
        installGutter();
    }

    /** The vet findings shown now, in line order (tests). */
    public List<CompileError> warnings() {
        return warningsByLine.values().stream().flatMap(List::stream).toList();
    }

    /** The vet messages whose underline covers column {@code col} (1-based) of {@code line}. */
    List<String> warningsAt(int line, int col) {
        List<String> out = new ArrayList<>();
        for (CompileError w : warningsByLine.getOrDefault(line, List.of())) {
            int[] span = span(line - 1, w.column());
            if (col - 1 >= span[0] && col - 1 < span[1]) {
                out.add(w.message());
            }
        }
        return out;
    }

    /** Hovering an amber underline shows its vet message(s) in a tooltip. */
    private void installHover() {
        hoverTip.setId("vet-tooltip");
        hoverTip.getStyleClass().add("vet-tooltip");
        hoverTip.setWrapText(true);
        hoverTip.setMaxWidth(520);
        area.setMouseOverTextDelay(java.time.Duration.ofMillis(300));
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, e -> {
            var pos = area.offsetToPosition(e.getCharacterIndex(), org.fxmisc.richtext.model.TwoDimensional.Bias.Forward);
            List<String> msgs = warningsAt(pos.getMajor() + 1, pos.getMinor() + 1);
            if (!msgs.isEmpty()) {
                hoverTip.setText(String.join("\n", msgs));
                hoverTip.show(area, e.getScreenPosition().getX() + 8, e.getScreenPosition().getY() + 12);
            }
        });
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> hoverTip.hide());
    }

    /** The compile errors shown now (tests). */
    public List<CompileError> errors() {
        return errorList == null ? List.of() : List.copyOf(errorList.getItems());
    }

    /** The list of errors under the code; a click moves the caret to the error's spot. */
    private ListView<CompileError> errorList() {
        ListView<CompileError> list = new ListView<>();
        list.setId("compile-errors");
        list.getStyleClass().addAll("compile-errors", "edge-to-edge");
        list.setPrefHeight(110);
        list.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(CompileError e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : e.text());
            }
        });
        list.setOnMouseClicked(e -> {
            CompileError picked = list.getSelectionModel().getSelectedItem();
            if (picked != null && picked.line() > 0 && picked.line() <= paragraphs()) {
                area.moveTo(picked.line() - 1, Math.max(0, Math.min(picked.column() - 1, area.getParagraphLength(picked.line() - 1))));
                area.requestFollowCaret();
                area.requestFocus();
            }
        });
        return list;
    }

    /** The snippet-mode banner: which imports Spindle added for a file without them. */
    public void showAddedImports(List<String> imports) {
        if (imports.isEmpty()) {
            show(banner, false);
            return;
        }
        banner.setText("Snippet mode: Spindle added " + String.join(", ", imports.stream().map(i -> "\"" + i + "\"").toList())
                + (imports.size() == 1 ? " as an import." : " as imports."));
        show(banner, true);
    }

    public void dispose() {
        playback.revisionProperty().removeListener(onChange);
        playback.hoveredGoroutineProperty().removeListener(onHover);
    }

    private void highlight() {
        String text = area.getText();
        if (text.isEmpty()) {
            return;
        }
        StyleSpans<Collection<String>> spans = GoHighlighter.spans(text);
        area.setStyleSpans(0, spans);
        for (CompileError e : errorsByLine.values()) {
            int para = e.line() - 1;
            if (para >= paragraphs()) {
                continue;
            }
            int len = area.getParagraphLength(para);
            int from = Math.max(0, Math.min(e.column() - 1, len));
            int to = wordEnd(area.getParagraph(para).getText(), from);
            if (to == from) {
                from = 0;
                to = len;
            }
            for (int c = from; c < to; c++) {
                List<String> styles = new ArrayList<>(area.getStyleOfChar(para, c));
                styles.add("error");
                area.setStyle(para, c, c + 1, styles);
            }
        }
        for (List<CompileError> ws : warningsByLine.values()) {
            for (CompileError w : ws) {
                int para = w.line() - 1;
                if (para >= paragraphs()) {
                    continue;
                }
                int[] span = span(para, w.column());
                for (int c = span[0]; c < span[1]; c++) {
                    List<String> styles = new ArrayList<>(area.getStyleOfChar(para, c));
                    if (!styles.contains("error") && !styles.contains("vet-warning")) {
                        styles.add("vet-warning");
                        area.setStyle(para, c, c + 1, styles);
                    }
                }
            }
        }
    }

    /** The columns [from, to) a finding at {@code column} underlines: the word there, or the line. */
    private int[] span(int para, int column) {
        if (para >= paragraphs()) {
            return new int[] {0, 0};
        }
        int len = area.getParagraphLength(para);
        int from = Math.max(0, Math.min(column - 1, len));
        int to = wordEnd(area.getParagraph(para).getText(), from);
        return to == from ? new int[] {0, len} : new int[] {from, to};
    }

    /** Lines in the area (its paragraph list type is not visible to this module). */
    private int paragraphs() {
        String t = area.getText();
        int n = 1;
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    private static int wordEnd(String line, int from) {
        int i = from;
        while (i < line.length() && !Character.isWhitespace(line.charAt(i))) {
            i++;
        }
        return i;
    }

    private void refreshMarkers() {
        // Flat out with thousands of goroutines the markers change every frame: five times a
        // second is plenty. A skipped refresh is made up for once the interval has passed, so
        // the markers never stay behind the state on screen.
        long t = System.nanoTime();
        if (playback.isPlaying() && t - lastMarkers < MARKER_INTERVAL_NANOS) {
            catchUp.playFromStart();
            return;
        }
        catchUp.stop();
        lastMarkers = t;
        Map<Integer, List<Long>> now = playback.state().linesOfLive();
        // The gutter shows the first few markers of a line and a count: rebuild it only when that changes.
        boolean visibleChange = !shownMarks(now).equals(shownMarks(markers));
        markers = now;
        if (visibleChange) {
            updateGutters();
        }
    }

    /** What the gutter shows of {@code marks}: per line, its first markers and how many there are. */
    private static Map<Integer, List<Long>> shownMarks(Map<Integer, List<Long>> marks) {
        Map<Integer, List<Long>> out = new HashMap<>();
        marks.forEach((line, gs) -> {
            List<Long> head = new ArrayList<>(gs.subList(0, Math.min(gs.size(), MAX_MARKERS_PER_LINE)));
            head.add((long) -gs.size());
            out.put(line, head);
        });
        return out;
    }

    /** Marks both lines of every data race found so far (--race) with the race-line style. */
    private void markRaces() {
        Set<Integer> now = new TreeSet<>();
        for (var r : playback.state().races()) {
            now.add(r.line());
            now.add(r.otherLine());
        }
        now.remove(0);
        if (now.equals(raceLines)) {
            return;
        }
        int n = paragraphs();
        for (int line : raceLines) {
            if (line <= n && !now.contains(line)) {
                styleLine(line - 1, "race-line", false);
            }
        }
        for (int line : now) {
            if (line <= n) {
                styleLine(line - 1, "race-line", true);
            }
        }
        raceLines = Set.copyOf(now);
    }

    /**
     * Adds or removes one style class of paragraph {@code para} (0-based), keeping the others:
     * a lesson's highlighted line can also be one side of a race.
     */
    public void styleLine(int para, String styleClass, boolean on) {
        List<String> now = new ArrayList<>(area.getParagraph(para).getParagraphStyle());
        boolean changed = on ? !now.contains(styleClass) && now.add(styleClass) : now.remove(styleClass);
        if (changed) {
            area.setParagraphStyle(para, now);
        }
    }

    /** The lines marked as racing now, 1-based (tests). */
    public Set<Integer> raceLines() {
        return raceLines;
    }

    /** Goroutine ids by the line their marker is on now (tests; the same as the gutter shows). */
    public Map<Integer, List<Long>> markers() {
        return Map.copyOf(markers);
    }

    /**
     * The gutter: line number, then an error mark or goroutine markers. The factory is
     * installed again only when the errors change; markers move by updating the gutter
     * nodes already made (rebuilding every line's gutter made the code area lay itself out
     * again, five times a second while a run played).
     */
    private void installGutter() {
        Map<Integer, CompileError> errs = errorsByLine;
        Map<Integer, List<CompileError>> warns = warningsByLine;
        gutters.clear();
        area.setParagraphGraphicFactory(line -> {
            Gutter g = new Gutter(line + 1, errs.get(line + 1), warns.getOrDefault(line + 1, List.of()));
            g.marks(markers.getOrDefault(line + 1, List.of()));
            gutters.put(line + 1, g);
            return g.root;
        });
    }

    /** Moves the markers in the gutters on screen to {@link #markers}. */
    private void updateGutters() {
        gutters.forEach((line, g) -> g.marks(markers.getOrDefault(line, List.of())));
    }

    /** One line's gutter: its number, an error mark, up to {@link #MAX_MARKERS_PER_LINE} markers and a {@code +N}. */
    private final class Gutter {
        final HBox root;
        private final HBox dots = new HBox(2);
        private final Circle[] circles = new Circle[MAX_MARKERS_PER_LINE];
        private final long[] ids = new long[MAX_MARKERS_PER_LINE];
        private final Label more = new Label();

        Gutter(int line, CompileError err, List<CompileError> warnings) {
            Label number = new Label(Integer.toString(line));
            number.getStyleClass().add("lineno");
            dots.getStyleClass().add("gutter-marks");
            dots.setAlignment(Pos.CENTER_LEFT);
            if (err != null) {
                FontIcon icon = new FontIcon(MaterialDesignA.ALERT_CIRCLE);
                icon.getStyleClass().add("error-mark");
                Label mark = new Label(null, icon);
                Tooltip.install(mark, new Tooltip(err.message()));
                dots.getChildren().add(mark);
            } else if (!warnings.isEmpty()) {
                FontIcon icon = new FontIcon(MaterialDesignA.ALERT);
                icon.getStyleClass().add("warning-mark");
                Label mark = new Label(null, icon);
                Tooltip.install(mark, new Tooltip(String.join("\n", warnings.stream().map(CompileError::message).toList())));
                dots.getChildren().add(mark);
            }
            more.getStyleClass().add("g-marker-more");
            root = new HBox(number, dots);
            root.getStyleClass().add("gutter");
            root.setAlignment(Pos.CENTER_LEFT);
        }

        void marks(List<Long> gs) {
            int n = Math.min(gs.size(), MAX_MARKERS_PER_LINE);
            for (int i = 0; i < MAX_MARKERS_PER_LINE; i++) {
                Circle c = circles[i];
                if (i >= n) {
                    if (c != null && c.getParent() != null) {
                        dots.getChildren().remove(c);
                    }
                    continue;
                }
                long g = gs.get(i);
                if (c == null) {
                    c = marker(i);
                }
                if (c.getParent() == null) {
                    dots.getChildren().add(dots.getChildren().indexOf(more) >= 0 ? dots.getChildren().indexOf(more) : dots.getChildren().size(), c);
                }
                if (ids[i] != g || c.getId() == null) {
                    String was = ids[i] == 0 ? null : Palette.styleClass(ids[i]);
                    String now = Palette.styleClass(g);
                    if (was == null) {
                        c.getStyleClass().add(now);
                    } else if (!was.equals(now)) {
                        c.getStyleClass().set(c.getStyleClass().indexOf(was), now);
                    }
                    ids[i] = g;
                    c.setId("g-marker-" + g);
                }
            }
            if (gs.size() > MAX_MARKERS_PER_LINE) {
                more.setText("+" + (gs.size() - MAX_MARKERS_PER_LINE));
                if (more.getParent() == null) {
                    dots.getChildren().add(more);
                }
            } else if (more.getParent() != null) {
                dots.getChildren().remove(more);
            }
        }

        private Circle marker(int i) {
            Circle c = new Circle(5);
            c.getStyleClass().add("g-marker");
            // The tooltip is made when the mouse first comes by: markers come and go often
            // while a run plays, and a tooltip per marker is costly to make.
            c.setOnMouseEntered(e -> {
                if (!c.getProperties().containsKey(Tooltip.class)) {
                    Tooltip tip = new Tooltip();
                    tip.setOnShowing(ev -> tip.setText(markerText(ids[i])));
                    Tooltip.install(c, tip);
                    c.getProperties().put(Tooltip.class, tip);
                }
            });
            circles[i] = c;
            return c;
        }
    }

    private String markerText(long id) {
        Goroutine g = playback.state().goroutine(id);
        return g == null ? "G" + id : "G" + id + " · " + g.function() + " · " + g.stateText();
    }

    private static void show(Node n, boolean visible) {
        n.setVisible(visible);
        n.setManaged(visible);
    }
}
