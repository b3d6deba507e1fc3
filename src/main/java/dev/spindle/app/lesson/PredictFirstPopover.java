package dev.spindle.app.lesson;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.controlsfx.control.PopOver;

/**
 * What Play says on a lesson whose prediction is not made yet, next to the Play button,
 * where the eye is (the panel's own line may be below its fold, or the panel folded): make
 * your prediction first. One behaviour, every time: Play does not start until the
 * prediction is locked in, or the student says "Play without predicting" here.
 */
final class PredictFirstPopover {
    static final String TEXT = "Make your prediction first: pick an answer in the lesson panel and lock it in.";

    private final Runnable playAnyway;
    private PopOver pop;
    /** The window's scene: its focused choice gets the keys a popup would take for itself. */
    private javafx.scene.Scene owner;

    PredictFirstPopover(Runnable playAnyway, java.util.function.BiPredicate<javafx.scene.control.RadioButton, javafx.scene.input.KeyCode> choiceKey) {
        this.playAnyway = playAnyway;
        this.choiceKey = choiceKey;
    }

    /** A key for the focused choice (the prediction's own handling): true when it took it. */
    private final java.util.function.BiPredicate<javafx.scene.control.RadioButton, javafx.scene.input.KeyCode> choiceKey;

    /** Shows the popover under {@code play} (the toolbar's Play button). */
    void show(Node play) {
        if (play == null || play.getScene() == null || play.getScene().getWindow() == null) {
            return;
        }
        owner = play.getScene();
        PopOver p = pop();
        if (!p.isShowing()) {
            p.show(play);
        }
    }

    void hide() {
        if (pop != null && pop.isShowing()) {
            pop.hide();
        }
    }

    boolean showing() {
        return pop != null && pop.isShowing();
    }

    private PopOver pop() {
        if (pop == null) {
            Label text = new Label(TEXT);
            text.setWrapText(true);
            text.setId("predict-first-text");
            text.getStyleClass().add("predict-first-text");
            Button anyway = new Button("Play without predicting");
            anyway.setId("play-without-predicting");
            anyway.getStyleClass().add("flat");
            anyway.setOnAction(e -> {
                hide();
                playAnyway.run();
            });
            VBox box = new VBox(8, text, new HBox(anyway));
            box.setId("predict-first");
            box.getStyleClass().add("predict-first");
            pop = new PopOver(box);
            pop.setArrowLocation(PopOver.ArrowLocation.TOP_LEFT);
            pop.setDetachable(false);
            pop.setAutoHide(true);
            // The click that hides it still reaches its target (a choice, Play again).
            pop.setConsumeAutoHidingEvents(false);
            pop.setHideOnEscape(true);
            pop.setAnimated(false);
            pop.getStyleClass().add("predict-first-pop");
            // A popup takes the window's keys while it shows; the arrows and Enter belong to the
            // prediction's choices, which have the focus (choose and lock in from the keyboard).
            box.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
                Node focus = owner == null ? null : owner.getFocusOwner();
                boolean choosing = switch (e.getCode()) {
                    case UP, DOWN, ENTER -> true;
                    default -> false;
                };
                if (choosing && focus instanceof javafx.scene.control.RadioButton r && r.getUserData() instanceof Integer
                        && choiceKey.test(r, e.getCode())) {
                    e.consume();
                }
            });
        }
        return pop;
    }
}
