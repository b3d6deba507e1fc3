package dev.spindle.app.view;

import dev.spindle.app.fold.EventText;
import dev.spindle.app.fold.Lane;
import dev.spindle.app.fold.RunState;
import dev.spindle.trace.VirtualTime;
import dev.spindle.app.play.Playback;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.InvalidationListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
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
    private final List<BarRow> rows = new ArrayList<>();
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
        Tooltip.install(virtual, new Tooltip(VirtualTime.EXPLANATION));
        Tooltip.install(wall, new Tooltip("Wall time: how long this machine took to run the program,"
                + " leaving out the time it stood paused (before Play, between Steps, at a slow speed)."));
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
        wall.setText(w == 0 ? "–" : VirtualTime.format(w));
        // One row per carrier, kept and updated: building controls every pulse is what made
        // a flat-out run's pulses long.
        List<Lane> lanes = s.lanes();
        while (rows.size() > lanes.size()) {
            rows.removeLast();
        }
        while (rows.size() < lanes.size()) {
            rows.add(new BarRow());
        }
        for (int i = 0; i < lanes.size(); i++) {
            Lane lane = lanes.get(i);
            double u = s.time() == 0 ? 0 : Math.min(1, (double) lane.busy(s.time()) / s.time());
            rows.get(i).show(lane.p(), u);
        }
        if (bars.getChildren().size() != rows.size()) {
            bars.getChildren().setAll(rows.stream().map(r -> r.row).toList());
        }
    }

    /** A carrier's utilisation: "P0", a bar and a percentage. */
    private static final class BarRow {
        private final Label name = new Label();
        private final ProgressBar bar = new ProgressBar(0);
        private final Label pct = new Label();
        private final HBox row = new HBox(8, name, bar, pct);

        BarRow() {
            name.getStyleClass().add("stat-name");
            bar.getStyleClass().add("util-bar");
            bar.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(bar, javafx.scene.layout.Priority.ALWAYS);
            pct.getStyleClass().add("stat-value");
            row.setAlignment(Pos.CENTER_LEFT);
        }

        void show(int p, double u) {
            name.setText("P" + p);
            bar.setProgress(u);
            pct.setText(String.format(Locale.ROOT, "%.0f%%", u * 100));
        }
    }
}
