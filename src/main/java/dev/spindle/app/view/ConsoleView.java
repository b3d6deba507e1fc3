package dev.spindle.app.view;

import javafx.scene.Node;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/** The program's own output, one line per print, coloured by the goroutine that printed it. */
public final class ConsoleView {
    private final Panel panel = new Panel("console", "Console");

    public ConsoleView() {
        panel.content(EmptyState.of(MaterialDesignC.CONSOLE_LINE,
                "No output yet",
                "What the program prints appears here, marked with the goroutine that printed it."));
    }

    public Node root() {
        return panel.root();
    }
}
