package dev.spindle.app.lesson;

import javafx.scene.Group;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * The folded lesson panel: a narrow strip at the window's right edge with the button that
 * opens the panel again and the lesson's title written upwards, so that the lesson is never
 * lost from sight while the code and the yard take the room.
 */
final class LessonStrip extends VBox {
    private final Label title = new Label();

    LessonStrip(Runnable open) {
        setId("lesson-strip");
        getStyleClass().add("lesson-strip");
        setSpacing(12);
        Button expand = new Button();
        expand.setId("expand-lesson");
        expand.getStyleClass().add("flat");
        expand.setGraphic(new FontIcon(MaterialDesignC.CHEVRON_DOUBLE_LEFT));
        expand.setTooltip(new Tooltip("Show the lesson"));
        expand.setOnAction(e -> open.run());
        title.getStyleClass().add("lesson-strip-title");
        title.setRotate(-90);
        title.setOnMouseClicked(e -> open.run());
        getChildren().addAll(expand, new Group(title));
    }

    void title(String text) {
        title.setText(text);
    }
}
