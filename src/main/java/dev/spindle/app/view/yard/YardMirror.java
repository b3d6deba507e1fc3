package dev.spindle.app.view.yard;

import dev.spindle.app.fold.GStatus;
import dev.spindle.app.fold.Goroutine;
import dev.spindle.app.fold.Lane;
import dev.spindle.app.fold.RunState;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.scene.AccessibleRole;
import javafx.scene.control.ListView;

/**
 * The yard in words, for screen readers (a drawing has nothing to read): one line per lane
 * ("P0 runs G7; next G9; queue G10, G11"), the global queue, then every waiting goroutine
 * ("G8 waits on chan receive · jobs") and how many have finished. A list the accessibility
 * tree exposes while it takes no room and no pointer on screen; {@link YardView} fills it
 * from the state it draws.
 */
final class YardMirror extends ListView<String> {
    /** Queued goroutines named per line; more are counted. */
    private static final int NAMED = 8;

    YardMirror() {
        setId("yard-mirror");
        getStyleClass().add("yard-mirror");
        setAccessibleRole(AccessibleRole.LIST_VIEW);
        setAccessibleText("The yard, in words");
        setFocusTraversable(false);
        setMouseTransparent(true);
        setManaged(false);
        setOpacity(0);
        resize(1, 1);
    }

    /** The lines for {@code s}. */
    static List<String> lines(RunState s) {
        List<String> out = new ArrayList<>();
        for (Lane lane : s.lanes()) {
            StringBuilder b = new StringBuilder("P" + lane.p());
            b.append(lane.running() != 0 ? " runs G" + lane.running() : " is idle");
            if (lane.runnext() != 0) {
                b.append("; next G").append(lane.runnext());
            }
            if (lane.localSize() > 0) {
                b.append("; queue ").append(named(lane.local(NAMED), lane.localSize()));
            }
            out.add(b.toString());
        }
        if (s.globalSize() > 0) {
            out.add("Global queue: " + named(s.global(NAMED), s.globalSize()));
        }
        s.goroutines().stream()
                .filter(g -> g.status() == GStatus.WAITING)
                .sorted(Comparator.comparingLong(Goroutine::id))
                .forEach(g -> out.add("G" + g.id() + " waits on " + g.stateText()
                        + (g.object() != null ? " \u00b7 " + s.labels().of(g.object()) : "")));
        if (!s.done().isEmpty()) {
            out.add(s.done().size() + (s.done().size() == 1 ? " goroutine has" : " goroutines have") + " finished");
        }
        return out;
    }

    void show(RunState s) {
        List<String> now = lines(s);
        if (!now.equals(getItems())) {
            getItems().setAll(now);
        }
    }

    private static String named(List<Long> first, int total) {
        StringBuilder b = new StringBuilder();
        for (Long g : first) {
            b.append(b.isEmpty() ? "" : ", ").append('G').append(g);
        }
        if (total > first.size()) {
            b.append(" and ").append(total - first.size()).append(" more");
        }
        return b.toString();
    }
}
