package dev.spindle.app.view;

import javafx.scene.Node;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

/** The engine's event log as it is played: creations, parks, wakes, steals, preemptions. */
public final class EventsView {
    private final Panel panel = new Panel("events", "Events");

    public EventsView() {
        panel.content(EmptyState.of(MaterialDesignF.FORMAT_LIST_BULLETED,
                "No events yet",
                "Every move the scheduler makes is listed here, in order."));
    }

    public Node root() {
        return panel.root();
    }
}
