package dev.spindle.app.view;

import dev.spindle.app.fold.EventText;
import dev.spindle.app.fold.Lane;
import dev.spindle.app.fold.RunState;
import dev.spindle.app.play.Playback;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.InvalidationListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The run's figures: live goroutines, switches, steals, preemptions, virtual and wall time, and per-carrier utilisation. */
public final class StatsView {
    private final Panel panel = new Panel("stats", "Stats");
    private final Playback playback;
    private final GridPane grid = new GridPane();
    private final Label live = value("stat-live");
    private final Label switches = value("stat-switches");
    private final Label steals = value("stat-steals");
    private final Label preemptions = value("stat-preemptions");
    private final Label virtual = value("stat-virtual");
    private final Label wall = value("stat-wall");
    private final VBox bars = new VBox(4);
    private final InvalidationListener onChange = o -> refresh();

    public StatsView(Playback playback) {
        this.playback = playback;
        grid.getStyleClass().add("stats-grid");
        grid.setHgap(14);
        grid.setVgap(4);
        row(0, "goroutines", live);
        row(1, "switches", switches);
        row(2, "steals", steals);
        row(3, "preemptions", preemptions);
        row(4, "virtual time", virtual);
        row(5, "wall time", wall);
        bars.getStyleClass().add("util-bars");
        VBox box = new VBox(10, grid, bars);
        box.getStyleClass().add("stats-box");
        panel.content(box);
        playback.revisionProperty().addListener(onChange);
        playback.wallNanosProperty().addListener(onChange);
        refresh();
    }

    public Node root() {
        return panel.root();
    }

    public void dispose() {
        playback.revisionProperty().removeListener(onChange);
        playback.wallNanosProperty().removeListener(onChange);
    }

    private void row(int r, String name, Label value) {
        Label l = new Label(name);
        l.getStyleClass().add("stat-name");
        grid.add(l, 0, r);
        grid.add(value, 1, r);
    }

    private static Label value(String id) {
        Label l = new Label("–");
        l.setId(id);
        l.getStyleClass().add("stat-value");
        return l;
    }

    private void refresh() {
        RunState s = playback.state();
        live.setText(Long.toString(s.live()));
        switches.setText(Long.toString(s.switches()));
        steals.setText(Long.toString(s.steals()));
        preemptions.setText(Long.toString(s.preemptions()));
        virtual.setText(EventText.time(s.time()));
        long w = playback.wallNanosProperty().get();
        wall.setText(w == 0 ? "–" : String.format(Locale.ROOT, "%.3fs", w / 1e9));
        List<Node> rows = new ArrayList<>();
        for (Lane lane : s.lanes()) {
            double u = s.time() == 0 ? 0 : Math.min(1, (double) lane.busy(s.time()) / s.time());
            Label name = new Label("P" + lane.p());
            name.getStyleClass().add("stat-name");
            ProgressBar bar = new ProgressBar(u);
            bar.getStyleClass().add("util-bar");
            bar.setMaxWidth(Double.MAX_VALUE);
            javafx.scene.layout.HBox.setHgrow(bar, javafx.scene.layout.Priority.ALWAYS);
            Label pct = new Label(String.format(Locale.ROOT, "%.0f%%", u * 100));
            pct.getStyleClass().add("stat-value");
            HBox row = new HBox(8, name, bar, pct);
            row.setAlignment(Pos.CENTER_LEFT);
            rows.add(row);
        }
        bars.getChildren().setAll(rows);
    }
}
