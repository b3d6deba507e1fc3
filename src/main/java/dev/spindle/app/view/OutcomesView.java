package dev.spindle.app.view;

import atlantafx.base.theme.Styles;
import dev.spindle.app.play.Exploration;
import dev.spindle.app.play.Session;
import dev.spindle.runtime.Schedule;
import dev.spindle.runtime.explore.Explorer;
import dev.spindle.runtime.explore.RunOutcome;
import dev.spindle.runtime.explore.Strategy;
import java.util.List;
import java.util.Locale;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * The Outcomes panel: Explore runs the program on screen under every schedule and shows a
 * bar per distinct outcome (its output lines, how many schedules gave it and their share),
 * filling in as runs finish; Stop ends the search early. Clicking a bar loads that outcome's
 * schedule into the yard, paused at its start, to play or step through; the bar of the run
 * on screen is marked. Colours are the stylesheet's ({@code .outcome-bar*}).
 *
 * <p>Copy run puts the run on screen on the clipboard as a schedule token ({@code 2.t7},
 * {@code 3.f1.1020}); Paste run loads the run a token names. So a teacher can hand the class
 * the exact run that shows a bug, and {@code spindle run --schedule TOKEN} replays it too.
 */
public final class OutcomesView {
    /** How wide a bar of share 1 is drawn; a share is a fraction of it. */
    static final double FULL_BAR = 140;
    /** Output lines shown in a bar's label; longer outputs end in "…". */
    private static final int LABEL_LINES = 4;
    /** Bars drawn at most; the rest are counted in the summary (a search may find thousands). */
    private static final int MAX_BARS = 40;

    private final Session session;
    private final Exploration exploration;
    /** No panel header: the tab says "Outcomes", and the bottom row has little height to spare. */
    private final VBox root;
    private final VBox bars = new VBox();
    private final Label summary = new Label();
    private final Button explore = new Button("Explore");
    private final Button stop = new Button("Stop");
    private final Button copy = new Button(null, new FontIcon(MaterialDesignC.CONTENT_COPY));
    private final Button paste = new Button(null, new FontIcon(MaterialDesignC.CONTENT_PASTE));
    private final ProgressIndicator progress = new ProgressIndicator();
    private final ChangeListener<Object> restyle = (obs, was, now) -> markOnScreen();

    public OutcomesView(Session session, Exploration exploration) {
        this.session = session;
        this.exploration = exploration;
        explore.setId("explore");
        explore.getStyleClass().add("explore-button");
        explore.disableProperty().bind(session.playback().loadedProperty().not().or(exploration.runningProperty()));
        explore.setOnAction(e -> exploration.explore(session.coresProperty().get()));
        stop.setId("explore-stop");
        stop.disableProperty().bind(exploration.runningProperty().not());
        stop.setOnAction(e -> exploration.stop());
        progress.setId("explore-progress");
        progress.getStyleClass().add("explore-progress");
        progress.visibleProperty().bind(exploration.runningProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        summary.setId("outcomes-summary");
        summary.getStyleClass().add("outcomes-summary");
        summary.setWrapText(true);
        summary.setText("Explore runs this program under every schedule and lists each output it can print."
                + " With -race on, it stops at the first schedule with a data race.");

        copy.setId("schedule-copy");
        copy.setTooltip(new Tooltip("Copy the run on screen as a schedule token, to hand out or replay with spindle run --schedule"));
        copy.disableProperty().bind(session.playback().loadedProperty().not());
        copy.setOnAction(e -> copyToken());
        paste.setId("schedule-paste");
        paste.setTooltip(new Tooltip("Load the run a schedule token on the clipboard names (e.g. 2.t7 or 3.f1.1020)"));
        paste.disableProperty().bind(session.playback().loadedProperty().not());
        paste.setOnAction(e -> pasteToken(Clipboard.getSystemClipboard().getString()));
        copy.setAccessibleText("Copy run");
        paste.setAccessibleText("Paste run");
        for (Button b : List.of(copy, paste)) {
            b.getStyleClass().addAll(Styles.BUTTON_ICON, "schedule-token-button");
        }
        // Explore and Stop keep their words; the icons give way first in a narrow tab.
        explore.setMinWidth(Region.USE_PREF_SIZE);
        stop.setMinWidth(Region.USE_PREF_SIZE);

        HBox controls = new HBox(explore, stop, progress, copy, paste);
        controls.getStyleClass().add("outcomes-controls");
        bars.getStyleClass().add("outcome-bars");
        ScrollPane scroll = new ScrollPane(bars);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("outcomes-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        VBox body = new VBox(controls, summary, scroll);
        body.getStyleClass().add("outcomes-body");
        body.setId("outcomes");
        body.setMinSize(0, 0);
        root = body;

        exploration.reportProperty().addListener((obs, was, now) -> show(now));
        session.playback().scheduleProperty().addListener(restyle);
    }

    /** Copies the token of the run on screen and says so (with the command that replays it). */
    void copyToken() {
        Schedule s = session.playback().scheduleOnScreen();
        if (s == null) {
            return;
        }
        ClipboardContent content = new ClipboardContent();
        content.putString(s.token());
        Clipboard.getSystemClipboard().setContent(content);
        summary.setText("Copied " + s.token() + ": the paste button loads it here, spindle run --schedule " + s.token()
                + " FILE.go replays it in a terminal.");
    }

    /** Loads the run {@code token} names, or says what is wrong with it. */
    void pasteToken(String token) {
        if (token == null || token.isBlank()) {
            summary.setText("The clipboard holds no schedule token (copy one, e.g. 2.t7, then paste).");
            return;
        }
        String problem = session.playback().loadToken(token);
        if (problem != null) {
            summary.setText(problem);
            return;
        }
        Schedule s = session.playback().scheduleOnScreen();
        session.seedProperty().set(s.seed());
        summary.setText("Loaded " + s.token() + " (" + s.procs() + (s.procs() == 1 ? " core" : " cores")
                + "): press Play or Step.");
        markOnScreen();
    }

    /** Redraws the bars from {@code report}: a handful of nodes, at most once per pulse. */
    private void show(Explorer.Report report) {
        if (report == null) {
            bars.getChildren().clear();
            return;
        }
        List<Explorer.Found> outcomes = report.outcomes();
        List<Node> nodes = new java.util.ArrayList<>();
        for (int i = 0; i < Math.min(MAX_BARS, outcomes.size()); i++) {
            nodes.add(bar(outcomes.get(i), report.schedules()));
        }
        bars.getChildren().setAll(nodes);
        String line = report.done() ? report.summary(Strategy.EXHAUSTIVE)
                : outcomes.size() + (outcomes.size() == 1 ? " outcome" : " outcomes") + " in " + report.schedules() + " schedules…";
        if (report.done() && report.stopped()) {
            line = "stopped: " + outcomes.size() + (outcomes.size() == 1 ? " outcome" : " outcomes") + " in "
                    + report.schedules() + " schedules (there may be more)";
        }
        if (report.done() && report.race() != null) {
            line = "data race in schedule " + report.race().run() + " of " + report.schedules()
                    + ": loaded in the yard, at the race (Go to the race shows it again)";
        } else if (report.done() && exploration.racingProperty().get() && !report.stopped()) {
            line += " — no data race";
        }
        if (outcomes.size() > MAX_BARS) {
            line += " — the " + MAX_BARS + " most frequent shown";
        }
        summary.setText(line);
        markOnScreen();
    }

    private Button bar(Explorer.Found found, int schedules) {
        double share = schedules == 0 ? 0 : (double) found.count() / schedules;
        Label text = new Label(row(label(found.outcome())));
        text.getStyleClass().add("outcome-text");
        text.setWrapText(false); // the lines are the output's own; a wrapped label in a button asks for far too much height
        Region fill = new Region();
        fill.getStyleClass().add("outcome-fill");
        fill.setMinWidth(Math.max(2, FULL_BAR * share));
        fill.setPrefWidth(fill.getMinWidth());
        fill.setMaxWidth(fill.getMinWidth());
        Label count = new Label(found.count() + " · " + String.format(Locale.ROOT, "%.1f%%", 100 * share));
        count.getStyleClass().add("outcome-count");
        HBox meter = new HBox(fill, count);
        meter.getStyleClass().add("outcome-meter");
        // One row of text: the meter beside it, a bar one line high (six of them fit a 768 px window).
        javafx.scene.layout.Pane graphic = text.getText().contains("\n") ? new VBox(text, meter) : new HBox(text, meter);
        graphic.getStyleClass().add("outcome-graphic");
        if (graphic instanceof HBox) {
            graphic.getStyleClass().add("outcome-one-row");
        }
        Button b = new Button();
        b.setGraphic(graphic);
        b.setMaxWidth(Double.MAX_VALUE);
        b.getStyleClass().add("outcome-bar");
        if (found.outcome().raced()) {
            b.getStyleClass().add("outcome-raced");
        }
        b.setUserData(found);
        b.setAccessibleText(label(found.outcome()) + ", " + count.getText());
        b.setOnAction(e -> exploration.replay(found));
        return b;
    }

    /** Outcomes whose lines together are at most this long are shown on one row. */
    static final int ONE_ROW_CHARS = 40;

    /**
     * A bar's text: short lines on one row, in order, with a return mark between them; longer
     * ones line under line. Lesson 21's six outcomes of four short lines so fit the Outcomes
     * tab of a 768 px window without a scroll (four lines each needed about 550 px).
     */
    static String row(String label) {
        String one = label.replace("\n", " ↵ ");
        return one.length() <= ONE_ROW_CHARS ? one : label;
    }

    /** The outcome's output lines (the first few), and its status when it is not a clean exit. */
    static String label(RunOutcome outcome) {
        List<String> lines = outcome.lines();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(LABEL_LINES, lines.size()); i++) {
            sb.append(i == 0 ? "" : "\n").append(lines.get(i));
        }
        if (lines.size() > LABEL_LINES) {
            sb.append("\n…");
        }
        if (lines.isEmpty()) {
            sb.append("(no output)");
        }
        if (!outcome.finished() || outcome.exitCode() != 0) {
            sb.append("\n[").append(outcome.status()).append(']');
        }
        return sb.toString();
    }

    /** Marks the bar whose schedule is the run on screen. */
    private void markOnScreen() {
        for (Node n : bars.getChildren()) {
            boolean on = n.getUserData() instanceof Explorer.Found f && exploration.onScreen(f);
            n.pseudoClassStateChanged(ON_SCREEN, on);
        }
    }

    private static final javafx.css.PseudoClass ON_SCREEN = javafx.css.PseudoClass.getPseudoClass("on-screen");

    public Node root() {
        return root;
    }

    public void dispose() {
        session.playback().scheduleProperty().removeListener(restyle);
        exploration.dispose();
    }
}
