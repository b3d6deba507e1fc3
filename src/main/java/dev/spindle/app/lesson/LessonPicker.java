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
        setCellFactory(list -> new Cell());
        setButtonCell(new Cell());
    }

    /** Redraws the marks after progress changed. */
    void refreshMarks() {
        Lesson selected = getValue();
        setCellFactory(list -> new Cell());
        setButtonCell(new Cell());
        setValue(selected);
    }

    private final class Cell extends ListCell<Lesson> {
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
            setText(mark + lesson.label());
        }
    }
}
