package dev.spindle.app.view.yard;

import dev.spindle.app.fold.EventText;
import dev.spindle.app.fold.GStatus;
import dev.spindle.app.fold.Goroutine;
import dev.spindle.app.fold.RunState;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.util.Duration;
import org.controlsfx.control.PopOver;

/**
 * The hover card of a token: a ControlsFX {@link PopOver} with the goroutine's function, its
 * creator, its state and wait reason, how long it has been in that state, the line it is at,
 * and a sentence in plain English. One card serves the whole yard (only one token is hovered
 * at a time); it opens after a short pause so that sweeping the mouse across the yard does
 * not flash cards, and follows the run while it is open.
 */
final class TokenCard {
    private static final Duration OPEN_DELAY = Duration.millis(250);

    private final Supplier<RunState> state;
    /**
     * Made on the first hover: a PopOver is a window of its own with a skin, and building it
     * with the yard cost the app's start about 20 ms for a card nobody may open.
     */
    private PopOver pop;
    private final PauseTransition opening = new PauseTransition(OPEN_DELAY);
    private final Circle dot = new Circle(7);
    private final Label title = new Label();
    private final Label function = value("card-function");
    private final Label creator = value("card-creator");
    private final Label stateText = value("card-state");
    private final Label reason = value("card-reason");
    private final Label since = value("card-since");
    private final Label line = value("card-line");
    private final Label explain = new Label();
    private final Label reasonCaption = caption("wait reason");
    private final VBox box;
    private Node owner;
    private long shown = -1;

    TokenCard(Supplier<RunState> state) {
        this.state = state;
        title.getStyleClass().add("card-title");
        title.setGraphic(dot);
        explain.getStyleClass().add("card-explain");
        explain.setWrapText(true);
        explain.setMaxWidth(300);
        GridPane rows = new GridPane();
        rows.getStyleClass().add("card-rows");
        rows.setHgap(10);
        rows.setVgap(3);
        ColumnConstraints captions = new ColumnConstraints();
        captions.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        rows.getColumnConstraints().addAll(captions, new ColumnConstraints());
        rows.addRow(0, caption("function"), function);
        rows.addRow(1, caption("created by"), creator);
        rows.addRow(2, caption("state"), stateText);
        rows.addRow(3, reasonCaption, reason);
        rows.addRow(4, caption("for"), since);
        rows.addRow(5, caption("at line"), line);
        box = new VBox(8, title, rows, explain);
        box.getStyleClass().add("token-card");
        box.setId("token-card");
        opening.setOnFinished(e -> open());
    }

    private PopOver pop() {
        if (pop == null) {
            pop = new PopOver();
            pop.setContentNode(box);
            pop.setArrowLocation(PopOver.ArrowLocation.BOTTOM_CENTER);
            pop.setDetachable(false);
            pop.setAutoHide(true);
            pop.setHideOnEscape(true);
            pop.setAnimated(false);
            pop.getStyleClass().add("token-pop");
            pop.setOnHidden(e -> shown = -1);
        }
        return pop;
    }

    private static Label value(String id) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("card-value");
        return l;
    }

    private static Label caption(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("card-caption");
        return l;
    }

    /** The mouse entered token {@code g}: open its card after a short pause. */
    void hover(Node token, long g) {
        owner = token;
        shown = g;
        opening.playFromStart();
    }

    /** The mouse left the token: close. */
    void leave() {
        opening.stop();
        if (pop != null) {
            pop.hide(Duration.ZERO);
        }
        shown = -1;
    }

    /** Opens the card for the hovered goroutine now (tests call it instead of hovering). */
    void open() {
        if (owner == null || owner.getScene() == null || shown < 0) {
            return;
        }
        long g = shown;
        update();
        Bounds b = owner.localToScreen(owner.getBoundsInLocal());
        if (b == null) {
            return;
        }
        pop().show(owner, b.getCenterX(), b.getMinY());
        shown = g;
    }

    /** The token last hovered (null before any). */
    Node owner() {
        return owner;
    }

    boolean showing() {
        return pop != null && pop.isShowing();
    }

    /** The goroutine the card is about, -1 when closed. */
    long goroutine() {
        return showing() ? shown : -1;
    }

    /** Refreshes the open card from the state on screen (the run moves on under it). */
    void update() {
        if (shown < 0) {
            return;
        }
        RunState s = state.get();
        Goroutine g = s.goroutine(shown);
        if (g == null) {
            leave();
            return;
        }
        dot.getStyleClass().setAll("card-dot", Palette.styleClass(g.id()));
        title.setText("G" + g.id());
        function.setText(g.function());
        creator.setText(g.parent() == 0 ? "the runtime"
                : "G" + g.parent() + (g.createLine() > 0 ? " at line " + g.createLine() : ""));
        stateText.setText(switch (g.status()) {
            case RUNNING -> "running on P" + g.p();
            case RUNNABLE -> g.preempted() ? "runnable (preempted, global queue)"
                    : g.p() >= 0 ? "runnable (P" + g.p() + "'s queue)" : "runnable (global queue)";
            case WAITING -> "waiting";
            case DEAD -> "dead";
        });
        boolean waiting = g.status() == GStatus.WAITING && g.reason() != null;
        reason.setText(waiting ? g.reason().text() + (g.object() != null ? " · " + s.labels().of(g.object()) : "") : "");
        reason.setVisible(waiting);
        reason.setManaged(waiting);
        reasonCaption.setVisible(waiting);
        reasonCaption.setManaged(waiting);
        since.setText(EventText.time(Math.max(0, s.time() - g.since())));
        line.setText(g.status() == GStatus.DEAD ? "returned" : g.line() > 0 ? Integer.toString(g.line()) : "not known yet");
        explain.setText(Explain.of(g, s.labels()));
    }
}
