package dev.spindle.app.lesson;

import dev.spindle.scenario.Course;
import dev.spindle.scenario.Lesson;
import dev.spindle.scenario.ProgressStore;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;

/**
 * The toolbar's lesson picker: the course in order, each lesson marked with the student's
 * progress (✓ completed, • started). A teacher's own lesson is added at the end while open.
 */
final class LessonPicker extends ComboBox<Lesson> {
    private final ProgressStore progress;

    LessonPicker(Course course, ProgressStore progress) {
        this.progress = progress;
        setId("lesson-picker");
        // Sized by the stylesheet like the toolbar's placeholder, so the toolbar keeps every control in view.
        getStyleClass().add("lesson-picker");
        getItems().setAll(course.lessons());
        setPromptText("Lessons");
        setVisibleRowCount(17);
        setCellFactory(list -> new Cell(false));
        setButtonCell(new Cell(true));
        // The whole title where the button has only room for the number.
        javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip("Lessons");
        setTooltip(tip);
        valueProperty().addListener((obs, was, now) -> {
            tip.setText(now == null ? "Lessons" : "Lesson " + now.label());
            setAccessibleText(tip.getText());
        });
    }

    /** Redraws the marks after progress changed. */
    void refreshMarks() {
        Lesson selected = getValue();
        setCellFactory(list -> new Cell(false));
        setButtonCell(new Cell(true));
        setValue(selected);
    }

    /**
     * A lesson in the list: its mark and whole label. On the button, a numbered lesson is
     * "Lesson 11": the toolbar's 8.5 to 11 em cut every title to "11. A wo…" at 1024 px, and
     * the title is in full at the top of the lesson panel (and in the tooltip).
     */
    private final class Cell extends ListCell<Lesson> {
        private final boolean button;

        Cell(boolean button) {
            this.button = button;
        }

        @Override
        protected void updateItem(Lesson lesson, boolean empty) {
            super.updateItem(lesson, empty);
            if (empty || lesson == null) {
                setText(null);
                return;
            }
            String mark = switch (progress.status(lesson.key())) {
                case COMPLETED -> "✓ ";
                case STARTED -> "• ";
                case NOT_STARTED -> "   ";
            };
            // The button: "Lesson 11" (its mark is in the list).
            setText(button && lesson.number() > 0 ? "Lesson " + lesson.number() : mark + lesson.label());
        }
    }
}
