package dev.spindle.app.view;

import dev.spindle.app.fold.ConsoleLine;
import dev.spindle.app.fold.EventText;
import dev.spindle.app.fold.RunState;
import dev.spindle.app.play.Playback;
import dev.spindle.app.view.yard.Palette;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * The program's output, one line per print, each with its virtual time and the goroutine
 * that printed it in that goroutine's colour; panics and deadlock reports in full, in red.
 */
public final class ConsoleView {
    private final Panel panel = new Panel("console", "Console");
    private final Playback playback;
    private final ObservableList<ConsoleLine> lines = FXCollections.observableArrayList();
    private final ListView<ConsoleLine> list = new ListView<>(lines);
    private final Node empty = EmptyState.of(MaterialDesignC.CONSOLE_LINE,
            "No output yet",
            "What the program prints appears here, marked with the goroutine that printed it.");
    private final StackPane body = new StackPane();
    private final InvalidationListener onChange = o -> refresh();

    public ConsoleView(Playback playback) {
        this.playback = playback;
        list.setId("console-list");
        list.getStyleClass().addAll("console-list", "edge-to-edge");
        list.setCellFactory(v -> new LineCell());
        list.setFocusTraversable(false);
        body.getChildren().setAll(list, empty);
        panel.content(body);
        playback.revisionProperty().addListener(onChange);
    }

    public Node root() {
        return panel.root();
    }

    /** The console's text as a user reads it, one line per entry (tests). */
    public String text() {
        StringBuilder b = new StringBuilder();
        for (ConsoleLine l : lines) {
            b.append(l.text()).append('\n');
        }
        return b.toString();
    }

    public void dispose() {
        playback.revisionProperty().removeListener(onChange);
    }

    private void refresh() {
        RunState s = playback.state();
        List<ConsoleLine> now = s.console();
        if (now.size() < lines.size() || (!lines.isEmpty() && !now.get(lines.size() - 1).equals(lines.getLast()))) {
            lines.setAll(now);
        } else if (now.size() > lines.size()) {
            int from = lines.size();
            lines.addAll(now.subList(from, now.size()));
            int crash = -1;
            for (int i = from; i < lines.size(); i++) {
                if (lines.get(i).kind() == ConsoleLine.Kind.PANIC || lines.get(i).kind() == ConsoleLine.Kind.DEADLOCK) {
                    crash = i;
                    break;
                }
            }
            // A crash report is read from its first line; ordinary output follows the tail.
            if (crash >= 0) {
                list.scrollTo(Math.max(0, crash - 1));
            } else {
                Tail.follow(list, lines.size() - 1);
            }
        }
        empty.setVisible(lines.isEmpty());
    }

    private static final java.util.regex.Pattern GOROUTINE = java.util.regex.Pattern.compile("^goroutine (\\d+) \\[");

    private static final class LineCell extends ListCell<ConsoleLine> {
        private final Label time = new Label();
        private final Label who = new Label();
        private final Label text = new Label();
        private final HBox row = new HBox(10, time, who, text);

        LineCell() {
            time.getStyleClass().add("console-time");
            who.getStyleClass().add("console-g");
            text.getStyleClass().add("console-text");
            row.setAlignment(Pos.CENTER_LEFT);
            getStyleClass().add("console-cell");
        }

        @Override
        protected void updateItem(ConsoleLine line, boolean empty) {
            super.updateItem(line, empty);
            getStyleClass().removeAll("stderr", "crash");
            who.getStyleClass().removeAll(Palette.all());
            if (empty || line == null) {
                setGraphic(null);
                return;
            }
            long g = line.g();
            boolean continuation = false;
            if (line.kind() == ConsoleLine.Kind.DEADLOCK) {
                java.util.regex.Matcher m = GOROUTINE.matcher(line.text());
                g = m.find() ? Long.parseLong(m.group(1)) : 0;
                continuation = g == 0 && !line.text().startsWith("fatal error");
            }
            time.setText(continuation ? "" : EventText.time(line.time()));
            who.setText(continuation ? "" : g == 0 ? "runtime" : "G" + g);
            who.setVisible(!continuation);
            if (g != 0) {
                who.getStyleClass().add(Palette.styleClass(g));
            }
            text.setText(line.text());
            switch (line.kind()) {
                case STDERR -> getStyleClass().add("stderr");
                case PANIC, DEADLOCK -> getStyleClass().add("crash");
                default -> { }
            }
            setGraphic(row);
        }
    }
}
