package dev.spindle.app.lesson;

import dev.spindle.scenario.Lesson;
import dev.spindle.scenario.Variant;
import java.util.function.IntConsumer;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * A gallery lesson's programs as a row of buttons ({@code #variant-1}, ...), the one shown
 * pressed, and what that program shows below them. Pressing another opens it: its program,
 * its narration, a fresh run (the lesson panel is rebuilt for it).
 */
final class VariantPicker extends VBox {

    VariantPicker(Lesson lesson, IntConsumer onVariant) {
        super(6);
        setId("variant-picker");
        FlowPane buttons = new FlowPane(6, 6);
        ToggleGroup group = new ToggleGroup();
        for (int i = 0; i < lesson.variants().size(); i++) {
            Variant v = lesson.variants().get(i);
            ToggleButton b = new ToggleButton((i + 1) + ". " + v.title());
            b.setId("variant-" + (i + 1));
            b.setToggleGroup(group);
            b.setSelected(i == lesson.variant());
            int index = i;
            // The pressed one stays pressed: a gallery always shows one of its programs.
            b.setOnAction(e -> {
                if (index == lesson.variant()) {
                    b.setSelected(true);
                } else {
                    onVariant.accept(index);
                }
            });
            buttons.getChildren().add(b);
        }
        Variant shown = lesson.variants().get(lesson.variant());
        Label file = new Label(shown.sourceName());
        file.getStyleClass().add("lesson-concepts");
        Label summary = new Label(shown.summary());
        summary.setId("variant-summary");
        summary.setWrapText(true);
        getChildren().addAll(buttons, file);
        if (!shown.summary().isEmpty()) {
            getChildren().add(summary);
        }
    }
}
