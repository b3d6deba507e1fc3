package dev.spindle.app.view;

import java.util.function.IntFunction;
import javafx.scene.Node;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * The Go source of the open program, in a monospace RichTextFX code area with line numbers.
 * Read-only until a program is open: there is nothing to compile what one would type.
 * Highlighting, goroutine markers and inline compile errors come with the compiler.
 */
public final class CodeView {
    private final CodeArea area = new CodeArea();
    private final Panel panel = new Panel("code", "Code");

    public CodeView() {
        area.getStyleClass().add("code-view");
        area.setId("code-area");
        area.setEditable(false);
        // Line numbers only with text: an empty area would show a lone "1" beside the placeholder.
        IntFunction<Node> numbers = LineNumberFactory.get(area);
        area.lengthProperty().addListener((obs, was, now) ->
                area.setParagraphGraphicFactory(now.intValue() == 0 ? null : numbers));
        area.setPlaceholder(EmptyState.of(MaterialDesignC.CODE_BRACES,
                "No program open",
                "The Go source of a lesson appears here, with a marker for each goroutine."));
        panel.content(new VirtualizedScrollPane<>(area));
    }

    /** The code area itself, for the playback and compiler views that will drive it. */
    public CodeArea area() {
        return area;
    }

    public Node root() {
        return panel.root();
    }
}
