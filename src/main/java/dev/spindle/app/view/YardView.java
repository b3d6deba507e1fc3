package dev.spindle.app.view;

import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.materialdesign2.MaterialDesignV;

/**
 * The yard: where goroutines live. It will hold the global run queue, one lane per carrier
 * (its P, the running G, runnext and the local queue), the waiting rooms and the done pile.
 * With no program open the lane area is empty and says so.
 */
public final class YardView {
    private final StackPane lanes = new StackPane();
    private final Panel panel = new Panel("yard", "Goroutines");

    public YardView() {
        lanes.setId("lanes");
        lanes.getStyleClass().add("lanes");
        lanes.getChildren().add(EmptyState.of(MaterialDesignV.VECTOR_POLYLINE,
                "Open a program to see its goroutines",
                "Each carrier thread gets a lane. Goroutines queue, run, wait and finish here as the scheduler moves them."));
        panel.content(lanes);
    }

    public Node root() {
        return panel.root();
    }
}
