package dev.spindle.app.view;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * A region of the window: a small header with its name, and a body that takes the rest.
 * Every region uses it, so that the window reads as one family of panels.
 */
final class Panel {
    private final VBox root;
    private final StackPane body;
    private final HBox header;

    Panel(String id, String title) {
        Label name = new Label(title);
        name.getStyleClass().add("panel-title");
        // "WaitGroups & channels" in the 195 px column of a 1024 px window: two lines, not "WaitGroups & cha…".
        name.setWrapText(true);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        header = new HBox(name, gap);
        header.getStyleClass().add("panel-header");

        body = new StackPane();
        body.getStyleClass().add("panel-body");
        VBox.setVgrow(body, Priority.ALWAYS);

        root = new VBox(header, body);
        root.setId(id);
        root.getStyleClass().add("panel");
        root.setMinSize(0, 0);
    }

    /** Replaces what the panel shows. */
    Panel content(Node node) {
        body.getChildren().setAll(node);
        return this;
    }

    /** Adds a node at the header's right end (a count, a toggle). */
    Panel trailing(Node node) {
        header.getChildren().add(node);
        return this;
    }

    VBox root() {
        return root;
    }
}
