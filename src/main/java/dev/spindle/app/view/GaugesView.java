package dev.spindle.app.view;

import javafx.scene.Node;
import org.kordamp.ikonli.materialdesign2.MaterialDesignG;

/** The gauges column: one gauge per WaitGroup, one per channel (buffer slots and queues). */
public final class GaugesView {
    private final Panel panel = new Panel("gauges", "Sync");

    public GaugesView() {
        panel.content(EmptyState.of(MaterialDesignG.GAUGE,
                "No WaitGroups or channels yet",
                "Each WaitGroup gets a gauge with its counter; each channel shows its buffer and who waits on it."));
    }

    public Node root() {
        return panel.root();
    }
}
