package dev.spindle.app.lesson;

import dev.spindle.scenario.NarrationMatcher;
import dev.spindle.scenario.NarrationStep;
import dev.spindle.trace.Event;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * Narration as the events reach the screen: the playback's "shown" batches are fed to a
 * {@link NarrationMatcher}, and each released step appends one line, prefixed with the
 * virtual time of the event that released it. Back or a seek sends the whole prefix again
 * ({@code fromStart}), and the story is retold up to there.
 */
final class NarrationView extends VBox {
    private final NarrationMatcher matcher;
    private final Consumer<NarrationStep> onStep;

    /** {@code onStep} hears the latest step told by each batch (to highlight its lines). */
    NarrationView(List<NarrationStep> steps, Consumer<NarrationStep> onStep) {
        this.matcher = new NarrationMatcher(steps);
        this.onStep = onStep;
        setId("narration");
        getStyleClass().add("lesson-narration");
        setSpacing(4);
    }

    void shown(List<Event> events, boolean fromStart) {
        if (fromStart) {
            matcher.reset();
            getChildren().clear();
        }
        NarrationStep latest = null;
        for (NarrationMatcher.Due due : matcher.feed(events)) {
            latest = due.step();
            Label line = new Label("%.3fs  %s".formatted(due.event().time() / 1e9, due.step().say()));
            line.setWrapText(true);
            line.getStyleClass().add("narration-step");
            getChildren().add(line);
        }
        if (latest != null) {
            onStep.accept(latest);
        }
    }

    boolean finished() {
        return matcher.finished();
    }
}
