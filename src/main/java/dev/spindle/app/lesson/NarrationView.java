package dev.spindle.app.lesson;

import dev.spindle.trace.VirtualTime;
import dev.spindle.scenario.NarrationStep;
import dev.spindle.trace.Event;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * Narration as the events reach the screen: the playback's "shown" batches are fed to a
 * {@link NarrationFollower}, and each released step appends one line, prefixed with the
 * virtual time of the event that released it. Back or a seek sends the whole prefix again
 * ({@code fromStart}), and the story is retold up to there. The latest step told is passed
 * on (to point at its lines and goroutines); after a rewind to before the first step, an
 * empty highlight is passed on so that nothing stays pointed at.
 */
final class NarrationView extends VBox {
    private final NarrationFollower follower;
    private final Consumer<NarrationFollower.Told> onStep;

    /** {@code onStep} hears the latest step told by each batch, or null when a rewind untold them all. */
    NarrationView(List<NarrationStep> steps, Consumer<NarrationFollower.Told> onStep) {
        this.follower = new NarrationFollower(steps);
        this.onStep = onStep;
        setId("narration");
        getStyleClass().add("lesson-narration");
        setSpacing(4);
    }

    void shown(List<Event> events, boolean fromStart) {
        if (fromStart) {
            follower.reset();
            getChildren().clear();
        }
        NarrationFollower.Told latest = null;
        for (NarrationFollower.Told told : follower.feed(events)) {
            latest = told;
            Label line = new Label(VirtualTime.format(told.due().event().time()) + "  " + told.step().say());
            line.setWrapText(true);
            line.getStyleClass().add("narration-step");
            if (told.step().highlights()) {
                line.getStyleClass().add("points");
            }
            getChildren().add(line);
        }
        if (latest != null) {
            getChildren().forEach(n -> n.getStyleClass().remove("latest"));
            getChildren().getLast().getStyleClass().add("latest");
            onStep.accept(latest);
        } else if (fromStart && getChildren().isEmpty()) {
            onStep.accept(null);
        }
    }

    boolean finished() {
        return follower.finished();
    }
}
