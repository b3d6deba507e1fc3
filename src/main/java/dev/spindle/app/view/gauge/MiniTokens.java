package dev.spindle.app.view.gauge;

import dev.spindle.app.view.yard.Palette;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Circle;

/** Small goroutine tokens for the gauges' queues, in the yard's colours; at most {@code max} then {@code +N}. */
final class MiniTokens {
    private MiniTokens() {
    }

    static List<Node> of(List<Long> gs, int max) {
        List<Node> out = new java.util.ArrayList<>();
        int shown = gs.size() > max ? max - 1 : gs.size();
        for (int i = 0; i < shown; i++) {
            long g = gs.get(i);
            Circle c = new Circle(11);
            c.getStyleClass().add("token-disc");
            Label id = new Label(Long.toString(g));
            id.getStyleClass().add("token-id");
            StackPane t = new StackPane(c, id);
            t.getStyleClass().addAll("token", "mini-token", "waiting", Palette.styleClass(g));
            out.add(t);
        }
        if (shown < gs.size()) {
            Label more = new Label("+" + (gs.size() - shown));
            more.getStyleClass().add("more-badge");
            out.add(more);
        }
        return out;
    }
}
