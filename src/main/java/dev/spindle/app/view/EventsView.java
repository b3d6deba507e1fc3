package dev.spindle.app.view;

import dev.spindle.app.fold.EventText;
import dev.spindle.app.play.Playback;
import dev.spindle.trace.Event;
import java.util.Locale;
import javafx.beans.InvalidationListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/**
 * The engine's events in words ({@code #41 G7 parked: sync.WaitGroup.Wait on wg}), up to
 * the shown one; a filter field narrows them (by goroutine, object, kind); clicking one
 * seeks the whole window to just after it.
 */
public final class EventsView {
    /** Most events listed: the latest ones. */
    private static final int WINDOW = 5000;
    private final Panel panel = new Panel("events", "Events");
    private final Playback playback;
    private final ObservableList<Event> shown = FXCollections.observableArrayList();
    private final FilteredList<Event> filtered = new FilteredList<>(shown);
    private final ListView<Event> list = new ListView<>(filtered);
    private final TextField filter = new TextField();
    /** Flat out, the list is laid out ten times a second: nobody reads sixty lists a second. */
    private final Throttle throttle;
    private final InvalidationListener onChange;

    public EventsView(Playback playback) {
        this.playback = playback;
        this.throttle = new Throttle(javafx.util.Duration.millis(100), playback::flatOut, this::refresh);
        this.onChange = o -> throttle.request();
        filter.setId("event-filter");
        filter.setPromptText("filter: G7, jobs, steal…");
        filter.getStyleClass().add("event-filter");
        filter.textProperty().addListener((obs, was, now) -> {
            String q = now.strip().toLowerCase(Locale.ROOT);
            filtered.setPredicate(q.isEmpty() ? null : e -> line(e).toLowerCase(Locale.ROOT).contains(q));
        });
        list.setId("event-list");
        list.getStyleClass().addAll("event-list", "edge-to-edge");
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Event e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : line(e));
            }
        });
        list.setOnMouseClicked(e -> {
            Event picked = list.getSelectionModel().getSelectedItem();
            if (picked != null) {
                playback.pause();
                playback.seek((int) picked.seq() + 1);
                if (picked.g() != Event.NO_G) {
                    playback.selectedGoroutineProperty().set(picked.g());
                }
            }
        });
        VBox box = new VBox(6, filter, list);
        box.getStyleClass().add("events-box");
        VBox.setVgrow(list, javafx.scene.layout.Priority.ALWAYS);
        panel.content(box);
        playback.revisionProperty().addListener(onChange);
    }

    /** The event's line; objects are named as the latest state names them (labels never change once given). */
    private String line(Event e) {
        return "#" + e.seq() + "  " + EventText.of(e, playback.state().labels()::of);
    }

    public Node root() {
        return panel.root();
    }

    public void dispose() {
        playback.revisionProperty().removeListener(onChange);
    }

    /**
     * Shows events [0, cursor), the last {@link #WINDOW} at most. Playing forward slides the
     * window by what went by this pulse (one removal at the head, one addition at the tail),
     * so that a flat-out run costs the list one change per pulse, not a rebuild.
     */
    private void refresh() {
        int cursor = playback.cursorProperty().get();
        int from = Math.max(0, cursor - WINDOW);
        var all = playback.events();
        long first = shown.isEmpty() ? -1 : shown.getFirst().seq();
        long last = shown.isEmpty() ? -1 : shown.getLast().seq();
        if ((first == from && last == cursor - 1) || (shown.isEmpty() && cursor == 0)) {
            return;
        }
        boolean contiguous = !shown.isEmpty() && last == first + shown.size() - 1;
        if (contiguous && first <= from && last < cursor && last >= from - 1) {
            // Forward: drop the head that fell out of the window, append the new tail.
            if (from > first) {
                shown.remove(0, (int) (from - first));
            }
            shown.addAll(all.subList((int) last + 1, cursor));
        } else {
            shown.setAll(all.subList(from, cursor));
        }
        if (!filtered.isEmpty() && list.getSelectionModel().isEmpty()) {
            Tail.follow(list, filtered.size() - 1);
        }
    }
}
