package dev.spindle.app.lesson;

import dev.spindle.scenario.Prediction;
import java.util.function.IntConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;

/**
 * The question before the first Play. The student locks in a choice; the verdict and the
 * explanation appear only when the run has ended ({@link #reveal()}), so that the run, not
 * the text, tells them whether they were right.
 */
final class PredictionView extends VBox {
    private final Prediction prediction;
    private final ToggleGroup group = new ToggleGroup();
    private final Button lock = new Button("Lock in my prediction");
    private final Label verdict = new Label();
    /** What the Outcomes panel's explorer found, set against the prediction (empty until an exploration ends). */
    private final Label explored = new Label();
    private final BooleanProperty answered = new SimpleBooleanProperty(this, "answered");
    private int chosen;

    PredictionView(Prediction prediction, int earlierChoice, IntConsumer onAnswer) {
        this.prediction = prediction;
        setId("prediction");
        getStyleClass().add("lesson-prediction");
        setSpacing(6);
        Label question = new Label("Predict first: " + prediction.question());
        question.setWrapText(true);
        question.getStyleClass().add("lesson-question");
        getChildren().add(question);
        for (int i = 0; i < prediction.choices().size(); i++) {
            RadioButton choice = new RadioButton(prediction.choices().get(i));
            choice.setId("choice-" + (i + 1));
            choice.setWrapText(true);
            choice.setUserData(i + 1);
            choice.setToggleGroup(group);
            choice.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, this::choiceKey); // before the skin moves focus only
            getChildren().add(choice);
        }
        lock.setId("lock-prediction");
        lock.disableProperty().bind(group.selectedToggleProperty().isNull().or(answered));
        lock.setOnAction(e -> {
            chosen = (Integer) group.getSelectedToggle().getUserData();
            answer(chosen);
            onAnswer.accept(chosen);
        });
        verdict.setId("prediction-verdict");
        verdict.setWrapText(true);
        explored.setId("prediction-explored");
        explored.setWrapText(true);
        explored.getStyleClass().add("lesson-explored");
        explored.setVisible(false);
        explored.managedProperty().bind(explored.visibleProperty());
        getChildren().addAll(lock, verdict, explored);
        if (earlierChoice > 0 && earlierChoice <= prediction.choices().size()) {
            group.selectToggle(group.getToggles().get(earlierChoice - 1));
            chosen = earlierChoice;
            answer(earlierChoice);
        }
    }

    /**
     * From the keyboard: Up and Down move to the previous or next choice and pick it, Enter
     * locks the picked one in (Space picks the focused one, as a radio button does).
     */
    private void choiceKey(javafx.scene.input.KeyEvent e) {
        if (key((RadioButton) e.getSource(), e.getCode())) {
            e.consume();
        }
    }

    /** Key {@code code} on choice {@code on} (also while a popup takes the window's keys): true when taken. */
    boolean key(RadioButton on, javafx.scene.input.KeyCode code) {
        var toggles = group.getToggles();
        int at = toggles.indexOf(on);
        if (at < 0 || answered.get()) {
            return false;
        }
        switch (code) {
            case DOWN, UP -> {
                int next = Math.floorMod(at + (code == javafx.scene.input.KeyCode.DOWN ? 1 : -1), toggles.size());
                RadioButton to = (RadioButton) toggles.get(next);
                group.selectToggle(to);
                to.requestFocus();
                return true;
            }
            case ENTER -> {
                if (group.getSelectedToggle() == null) {
                    group.selectToggle(toggles.get(at));
                }
                lock.fire();
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    /** Puts the keyboard focus on the picked choice, or the first (Play asked for a prediction). */
    void focusChoice() {
        if (answered.get() || group.getToggles().isEmpty()) {
            return;
        }
        RadioButton to = (RadioButton) (group.getSelectedToggle() != null ? group.getSelectedToggle() : group.getToggles().getFirst());
        to.requestFocus();
    }

    private void answer(int choice) {
        answered.set(true);
        group.getToggles().forEach(t -> ((RadioButton) t).setDisable(true));
        verdict.setText("Your prediction: " + prediction.choices().get(choice - 1) + ". Press Play and watch.");
    }

    /** What the run said about the prediction: the banner's style and its one line. */
    record Verdict(String style, String line) {}

    /** After the run: right or not, and why (here); the short form for the banner above the narration. */
    Verdict reveal() {
        if (!answered.get()) {
            verdict.setText("Answer: " + prediction.rightChoice() + ". " + prediction.explanation());
            return new Verdict("verdict-answer", "The answer: \u201c" + prediction.rightChoice() + "\u201d");
        }
        boolean right = prediction.isRight(chosen);
        verdict.setText((right ? "Right! " : "Not quite: the answer is \"" + prediction.rightChoice() + "\". ")
                + prediction.explanation());
        return right
                ? new Verdict("verdict-right", "Right! \u201c" + prediction.rightChoice() + "\u201d")
                : new Verdict("verdict-wrong", "Not quite: the answer is \u201c" + prediction.rightChoice() + "\u201d");
    }

    /**
     * An exploration of the lesson's program has ended with {@code found} distinct outcomes
     * ({@code complete}: every schedule was tried, so that is all there are): set it against
     * the prediction, e.g. "You said 1st and 2nd in either order: 2 of 2 outcomes found".
     */
    void explored(int found, boolean complete) {
        String counted = found + (complete ? " of " + found : "") + (found == 1 && complete ? " outcome" : " outcomes")
                + " found" + (complete ? " (every schedule tried)" : " (the search stopped early: there may be more)");
        String said = chosen > 0 ? "You said \u201c" + prediction.choices().get(chosen - 1) + "\u201d: " : "Explore: ";
        explored.setText(said + counted + judged(found, complete) + ".");
        explored.setVisible(true);
    }

    /**
     * The explorer's count against the chosen answer, when the lesson says how many outcomes each
     * choice allows: a complete search settles it either way; an incomplete one can only show
     * that an answer allows too few.
     */
    private String judged(int found, boolean complete) {
        int allows = prediction.outcomesOf(chosen);
        boolean agrees = allows == found;
        boolean settled = allows > 0 && (complete || found > allows);
        explored.pseudoClassStateChanged(AGREES, settled && agrees);
        explored.pseudoClassStateChanged(DISAGREES, settled && !agrees);
        if (!settled) {
            return "";
        }
        if (agrees) {
            return ", just as your answer says";
        }
        return found > allows
                ? ", but your answer allows only " + allows + ": the scheduler can pick any of them"
                : ", but your answer allows " + allows + ": only " + found + " can happen";
    }

    private static final javafx.css.PseudoClass AGREES = javafx.css.PseudoClass.getPseudoClass("agrees");
    private static final javafx.css.PseudoClass DISAGREES = javafx.css.PseudoClass.getPseudoClass("disagrees");

    /** The exploration line (tests). */
    String exploredText() {
        return explored.isVisible() ? explored.getText() : "";
    }

    /**
     * Pulses the choices three times, one pulse per 400 ms (under the three flashes a second
     * that photosensitive viewers must not see); the look is the stylesheet's {@code :pulse}.
     */
    void pulse() {
        javafx.css.PseudoClass on = javafx.css.PseudoClass.getPseudoClass("pulse");
        javafx.animation.Timeline t = new javafx.animation.Timeline();
        for (int i = 0; i < 6; i++) {
            boolean lit = i % 2 == 0;
            t.getKeyFrames().add(new javafx.animation.KeyFrame(javafx.util.Duration.millis(200 * i),
                    e -> group.getToggles().forEach(c -> ((RadioButton) c).pseudoClassStateChanged(on, lit))));
        }
        t.getKeyFrames().add(new javafx.animation.KeyFrame(javafx.util.Duration.millis(1200),
                e -> group.getToggles().forEach(c -> ((RadioButton) c).pseudoClassStateChanged(on, false))));
        t.play();
        pulses++;
    }

    /** How many times the choices were pulsed (tests). */
    int pulses() {
        return pulses;
    }

    private int pulses;

    BooleanProperty answeredProperty() {
        return answered;
    }
}
