package dev.spindle.app.view;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * What a region shows while it has nothing to show: an icon, one calm sentence, and a
 * hint of what will appear. Never a fake sample.
 */
final class EmptyState {
    private EmptyState() {
    }

    static VBox of(Ikon icon, String message, String hint) {
        FontIcon glyph = new FontIcon(icon);
        glyph.getStyleClass().add("empty-state-icon");
        Label title = new Label(message);
        title.getStyleClass().add("empty-state-title");
        title.setWrapText(true);
        Label detail = new Label(hint);
        detail.getStyleClass().add("empty-state-hint");
        detail.setWrapText(true);
        VBox box = new VBox(glyph, title, detail);
        box.getStyleClass().add("empty-state");
        box.setAlignment(Pos.CENTER);
        box.setFillWidth(false);
        return box;
    }
}
