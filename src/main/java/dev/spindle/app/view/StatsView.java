package dev.spindle.app.view;

import javafx.scene.Node;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/** Figures of the run so far: goroutines, context switches, steals. */
public final class StatsView {
    private final Panel panel = new Panel("stats", "Stats");

    public StatsView() {
        panel.content(EmptyState.of(MaterialDesignC.CHART_BAR,
                "No run yet",
                "Goroutines, switches and steals are counted while a program runs."));
    }

    public Node root() {
        return panel.root();
    }
}
