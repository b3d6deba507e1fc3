package dev.spindle.app.view;

import dev.spindle.app.history.Mark;
import dev.spindle.app.view.yard.Palette;
import dev.spindle.trace.WaitReason;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import javafx.scene.layout.Background;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * The timeline's colours and font, read from the stylesheet: a canvas has no style classes,
 * so the view keeps one tiny swatch region per colour ({@code .timeline-swatch.g-c3},
 * {@code .timeline-swatch.tl-wait-chan}, ...) whose background the sheet sets, and reads them
 * when it paints. So the timeline follows the theme like every other region, and no colour
 * is written in Java.
 */
final class TimelineInk {
    private final Pane swatches = new Pane();
    private final Region[] goroutine = new Region[Palette.SIZE];
    private final Map<String, Region> named = new HashMap<>();
    private final Map<WaitReason, Region> waits = new EnumMap<>(WaitReason.class);
    private final Text text = new Text("G");
    private final Text label = new Text("G");

    TimelineInk() {
        swatches.getStyleClass().add("timeline-swatches");
        swatches.setManaged(false);
        swatches.setMouseTransparent(true);
        // Styled like any node, never seen: CSS skips no node for being transparent.
        swatches.setOpacity(0);
        for (int i = 0; i < Palette.SIZE; i++) {
            goroutine[i] = swatch("g-c" + i);
        }
        for (String n : new String[] {"tl-idle", "tl-absent", "tl-runnable", "tl-many", "tl-axis", "tl-grid", "tl-playhead",
                "tl-future", "tl-arrow", "tl-selected", "tl-row-label", "tl-slice-text"}) {
            named.put(n, swatch(n));
        }
        for (Mark.Kind k : Mark.Kind.values()) {
            named.put("tl-mark-" + k.text(), swatch("tl-mark-" + k.text()));
        }
        for (WaitReason r : WaitReason.values()) {
            waits.put(r, swatch("tl-wait-" + group(r)));
        }
        text.getStyleClass().add("timeline-text");
        label.getStyleClass().add("timeline-label");
        swatches.getChildren().addAll(text, label);
    }

    /** The node to put in the scene (invisible to the eye, not to CSS). */
    Pane node() {
        return swatches;
    }

    private Region swatch(String styleClass) {
        Region r = new Region();
        r.getStyleClass().addAll("timeline-swatch", styleClass);
        r.resize(0, 0);
        swatches.getChildren().add(r);
        return r;
    }

    /** A wait reason's colour family: channels, select, sync, sleep. */
    static String group(WaitReason r) {
        return switch (r) {
            case CHAN_RECEIVE, CHAN_SEND, CHAN_RECEIVE_NIL, CHAN_SEND_NIL -> "chan";
            case SELECT, SELECT_NO_CASES -> "select";
            case SLEEP -> "sleep";
            default -> "sync";
        };
    }

    Paint goroutine(long g) {
        return fill(goroutine[Palette.index(g)]);
    }

    /** The ink for text on goroutine {@code g}'s colour (its {@code -g-ink}, via the swatch's border colour). */
    Paint onGoroutine(long g) {
        Region r = goroutine[Palette.index(g)];
        return r.getBorder() != null && !r.getBorder().getStrokes().isEmpty()
                ? r.getBorder().getStrokes().getFirst().getTopStroke() : Color.TRANSPARENT;
    }

    Paint wait(WaitReason r) {
        return fill(waits.get(r));
    }

    Paint named(String name) {
        return fill(named.get(name));
    }

    Paint mark(Mark.Kind k) {
        return named("tl-mark-" + k.text());
    }

    /** The font of the slices' labels and the axis. */
    Font font() {
        return text.getFont();
    }

    /** The font of the row labels ({@code P0}, {@code G7 main.worker}). */
    Font labelFont() {
        return label.getFont();
    }

    private static Paint fill(Region r) {
        Background b = r == null ? null : r.getBackground();
        return b == null || b.getFills().isEmpty() ? Color.TRANSPARENT : b.getFills().getFirst().getFill();
    }
}
