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
        } else {
            list.scrollTo(index); // no skin yet: nothing is on screen to keep in sight
        }
    }
}
