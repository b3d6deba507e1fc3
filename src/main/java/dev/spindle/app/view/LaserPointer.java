package dev.spindle.app.view;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Cursor;
import javafx.scene.Scene;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Circle;

/**
 * The teacher's laser pointer in presentation mode: the mouse pointer drawn large (a glowing
 * dot, {@code .laser-pointer} in the stylesheet, {@link #RADIUS_EM} ems across the root's
 * type) so that the back row sees what is pointed at; the system pointer is hidden meanwhile.
 * On while {@link #onProperty()} and presentation mode are both on. FX thread only.
 */
public final class LaserPointer {
    /** The dot's radius in ems of the root's font (22 px at presentation mode's 22.4 px type). */
    static final double RADIUS_EM = 1.0;

    private final BooleanProperty on = new SimpleBooleanProperty(this, "on");
    private final Circle dot = new Circle();
    /** Unshown text in the root's type: its font size is the root's (zoom and presentation included). */
    private final javafx.scene.text.Text em = new javafx.scene.text.Text("M");
    private final Pane host;
    private boolean presentation;
    private Cursor cursorBefore;

    /** Draws on top of {@code host} (the window's root), following the mouse over {@code scene}. */
    LaserPointer(Pane host) {
        this.host = host;
        dot.setId("laser-pointer");
        dot.getStyleClass().add("laser-pointer");
        dot.setManaged(false);
        dot.setMouseTransparent(true);
        dot.setVisible(false);
        em.setManaged(false);
        em.setVisible(false);
        host.getChildren().addAll(em, dot);
        on.addListener((obs, was, now) -> update());
    }

    /** Follows the mouse over {@code scene} (the pointer moves over every part of the window). */
    void follow(Scene scene) {
        scene.addEventFilter(MouseEvent.MOUSE_MOVED, e -> moveTo(e.getSceneX(), e.getSceneY()));
        scene.addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> moveTo(e.getSceneX(), e.getSceneY()));
    }

    /** The teacher's switch (L in presentation mode). */
    public BooleanProperty onProperty() {
        return on;
    }

    /** Whether the dot is drawn now. */
    public boolean shown() {
        return dot.isVisible();
    }

    void presentation(boolean now) {
        presentation = now;
        update();
    }

    private void moveTo(double x, double y) {
        if (dot.isVisible()) {
            dot.setCenterX(x);
            dot.setCenterY(y);
            dot.toFront();
        }
    }

    private void update() {
        boolean show = on.get() && presentation;
        if (show == dot.isVisible()) {
            return;
        }
        dot.setRadius(RADIUS_EM * em.getFont().getSize());
        dot.setVisible(show);
        if (show) {
            dot.toFront();
            cursorBefore = host.getCursor();
            host.setCursor(Cursor.NONE);
        } else {
            host.setCursor(cursorBefore);
        }
    }
}
