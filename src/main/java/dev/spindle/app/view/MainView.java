package dev.spindle.app.view;

import dev.spindle.app.model.ShellModel;
import javafx.geometry.Orientation;
import javafx.scene.Parent;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;

/**
 * The whole window's content, as sketched in UI.md: toolbar on top; code, yard and gauges
 * side by side; console, events and stats along the bottom. Split panes let a teacher give
 * the yard more room on a projector.
 */
public final class MainView {
    /** Where the dividers start, as fractions; chosen for a 1440×900 window. */
    private static final double CODE_END = 0.27;
    private static final double YARD_END = 0.80;
    private static final double TOP_END = 0.72;
    private static final double CONSOLE_END = 0.42;
    private static final double EVENTS_END = 0.78;

    private final BorderPane root = new BorderPane();

    public MainView(ShellModel model) {
        SplitPane work = new SplitPane(new CodeView().root(), new YardView().root(), new GaugesView().root());
        work.setId("work-area");
        work.setDividerPositions(CODE_END, YARD_END);

        SplitPane bottom = new SplitPane(new ConsoleView().root(), new EventsView().root(), new StatsView().root());
        bottom.setId("bottom-area");
        bottom.setDividerPositions(CONSOLE_END, EVENTS_END);

        SplitPane rows = new SplitPane(work, bottom);
        rows.setOrientation(Orientation.VERTICAL);
        rows.setId("rows");
        rows.setDividerPositions(TOP_END);

        root.setId("spindle-root");
        root.getStyleClass().add("spindle");
        root.setTop(new ToolbarView(model).root());
        root.setCenter(rows);
    }

    public Parent root() {
        return root;
    }
}
