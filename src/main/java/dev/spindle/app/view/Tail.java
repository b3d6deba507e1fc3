package dev.spindle.app.view;

import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;

/**
 * Keeps a list's last line in sight. {@link ListView#scrollTo(int)} puts the line at the
 * <em>top</em> of the list, leaving the rest of it blank for VirtualFlow to fill with empty
 * cells, which it refuses for long lists with an "index exceeds maxCellCount" message on the
 * console; {@link VirtualFlow#scrollTo(int)} scrolls just enough to show the line at the bottom.
 */
final class Tail {
    private Tail() {
    }

    static void follow(ListView<?> list, int index) {
        scroll(list, index);
        // The flow learns of lines added this pulse only at its next layout; until then it may
        // scroll to what was the end (the last lines stayed below the fold at a run's end).
        // Once more after that layout, unless the list changed its mind in between.
        javafx.application.Platform.runLater(() -> {
            if (index == list.getItems().size() - 1) {
                list.layout();
                scroll(list, index);
            }
        });
    }

    private static void scroll(ListView<?> list, int index) {
        if (list.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            flow.scrollTo(index);
            uncover(flow, index);
        } else {
            list.scrollTo(index); // no skin yet: nothing is on screen to keep in sight
        }
    }

    /**
     * A line wider than the list brings a horizontal scroll bar, which the flow lays over its
     * last line: {@code scrollTo} showed it whole in the height without the bar (seen at
     * 1024x768: the event list's "exit status 0" half hidden at the end of a run). Scrolls on
     * by what the bar covers of it.
     */
    private static void uncover(VirtualFlow<?> flow, int index) {
        flow.layout();
        javafx.scene.control.IndexedCell<?> cell = flow.getVisibleCell(index);
        if (cell == null) {
            return;
        }
        double bottom = flow.getHeight();
        for (javafx.scene.Node n : flow.lookupAll(".scroll-bar")) {
            if (n instanceof javafx.scene.control.ScrollBar bar && bar.getOrientation() == javafx.geometry.Orientation.HORIZONTAL
                    && bar.isVisible()) {
                bottom = Math.min(bottom, bar.getLayoutY());
            }
        }
        double cellBottom = flow.sceneToLocal(cell.localToScene(cell.getLayoutBounds())).getMaxY();
        if (cellBottom > bottom + 0.5) {
            flow.scrollPixels(cellBottom - bottom);
        }
    }
}
