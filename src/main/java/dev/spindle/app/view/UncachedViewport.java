package dev.spindle.app.view;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/**
 * Turns off the bitmap JavaFX's scroll pane keeps of its viewport, for panes whose content
 * changes while a run plays (the yard, the gauges). The skin caches the viewport so that
 * scrolling static content only moves a picture; content that changes at every refresh
 * makes the renderer draw the whole viewport into that bitmap and then the bitmap to the
 * screen, every frame. With software rendering (projectors' laptops, VMs) that was the
 * largest part of a flat-out frame's rendering, and a frame waits for the previous one to
 * be rendered: a cores change flat out reached the screen a frame's rendering later.
 */
public final class UncachedViewport {
    private UncachedViewport() {
    }

    /** Now if the pane has its skin, else as soon as it gets one (a skin of its own makes its own viewport). */
    public static void of(ScrollPane pane) {
        uncache(pane);
        pane.skinProperty().addListener(o -> uncache(pane));
    }

    private static void uncache(ScrollPane pane) {
        if (pane.getSkin() == null) {
            return;
        }
        for (Node n : pane.getChildrenUnmodifiable()) {
            if (n.getStyleClass().contains("viewport")) {
                n.setCache(false);
            }
        }
    }
}
