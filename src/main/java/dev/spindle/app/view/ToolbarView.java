package dev.spindle.app.view;

import atlantafx.base.theme.Styles;
import dev.spindle.app.model.CoreRange;
import dev.spindle.app.model.ShellModel;
import dev.spindle.app.model.Theme;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.controlsfx.control.textfield.CustomTextField;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignW;

/**
 * The toolbar: lesson, playback, speed, cores (GOMAXPROCS), seed, and the theme switch.
 *
 * <p>Playback, speed, cores and seed drive a running program; they are disabled while no
 * program is open ({@link ShellModel#programOpenProperty()}). The lesson picker is disabled
 * while it has no lessons to offer. Only the theme switch works from the start.
 */
public final class ToolbarView {
    /** Speed is a factor on the normal pace of moves (150–400 ms each, UI.md). */
    static final double SPEED_MIN = 0.25;
    static final double SPEED_MAX = 4.0;

    private final ShellModel model;
    private final ToolBar bar = new ToolBar();

    public ToolbarView(ShellModel model) {
        this.model = model;
        BooleanBinding noProgram = model.programOpenProperty().not();

        bar.setId("toolbar");
        bar.getItems().addAll(
                lessonPicker(),
                separator(),
                playPause(noProgram),
                button("step", MaterialDesignS.STEP_FORWARD, "Step: one event forward", noProgram),
                button("back", MaterialDesignS.STEP_BACKWARD, "Back: one event back", noProgram),
                button("reset", MaterialDesignR.RESTORE, "Reset to the start", noProgram),
                separator(),
                speed(noProgram),
                separator(),
                cores(noProgram),
                separator(),
                seed(noProgram),
                spacer(),
                themeToggle());
    }

    public Node root() {
        return bar;
    }

    private Node lessonPicker() {
        ComboBox<String> lessons = new ComboBox<>();
        lessons.setId("lesson-picker");
        lessons.getStyleClass().add("lesson-picker");
        lessons.setPromptText("Choose a lesson");
        lessons.disableProperty().bind(Bindings.isEmpty(lessons.getItems()));
        lessons.setTooltip(new Tooltip("Lessons"));
        return group(icon(MaterialDesignB.BOOK_OPEN_PAGE_VARIANT_OUTLINE), lessons);
    }

    private Node playPause(BooleanBinding disabled) {
        ToggleButton play = new ToggleButton();
        play.setId("play");
        play.graphicProperty().bind(Bindings.when(play.selectedProperty())
                .then((Node) icon(MaterialDesignP.PAUSE))
                .otherwise((Node) icon(MaterialDesignP.PLAY)));
        play.setTooltip(new Tooltip("Play / Pause"));
        play.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.ACCENT);
        play.disableProperty().bind(disabled);
        return play;
    }

    private static Button button(String id, Ikon glyph, String tip, BooleanBinding disabled) {
        Button b = new Button();
        b.setId(id);
        b.setGraphic(icon(glyph));
        b.setTooltip(new Tooltip(tip));
        b.getStyleClass().add(Styles.BUTTON_ICON);
        b.disableProperty().bind(disabled);
        return b;
    }

    private Node speed(BooleanBinding disabled) {
        Slider speed = new Slider(SPEED_MIN, SPEED_MAX, 1.0);
        speed.setId("speed");
        speed.getStyleClass().addAll(Styles.SMALL, "speed-slider");
        speed.setTooltip(new Tooltip("Playback speed"));
        speed.disableProperty().bind(disabled);
        Label value = valueLabel();
        value.textProperty().bind(Bindings.format("%.2g×", speed.valueProperty()));
        return group(caption("speed", MaterialDesignS.SPEEDOMETER), speed, value);
    }

    private Node cores(BooleanBinding disabled) {
        CoreRange range = model.cores();
        Slider cores = new Slider(CoreRange.MIN, range.max(), range.initial());
        cores.setId("cores");
        cores.getStyleClass().addAll(Styles.SMALL, "cores-slider");
        cores.setMajorTickUnit(1);
        cores.setMinorTickCount(0);
        cores.setSnapToTicks(true);
        cores.setBlockIncrement(1);
        cores.setTooltip(new Tooltip("Cores: GOMAXPROCS, the number of Ps (1 to " + range.max() + ")"));
        cores.disableProperty().bind(disabled);
        Label value = valueLabel();
        value.setId("cores-value");
        value.textProperty().bind(Bindings.createStringBinding(
                () -> Integer.toString((int) Math.round(cores.getValue())), cores.valueProperty()));
        return group(caption("cores", MaterialDesignC.CHIP), cores, value);
    }

    private Node seed(BooleanBinding disabled) {
        Button fresh = new Button();
        fresh.setId("new-seed");
        fresh.setGraphic(icon(MaterialDesignD.DICE_5_OUTLINE));
        fresh.setTooltip(new Tooltip("New random seed"));
        fresh.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, "seed-button");
        fresh.disableProperty().bind(disabled);

        CustomTextField seed = new CustomTextField();
        seed.setId("seed");
        seed.getStyleClass().add("seed-field");
        seed.setPromptText("random");
        seed.setPrefColumnCount(6);
        seed.setRight(fresh);
        seed.setTooltip(new Tooltip("Seed: the same seed replays the same run"));
        seed.disableProperty().bind(disabled);
        return group(caption("seed", MaterialDesignS.SEED_OUTLINE), seed);
    }

    private Node themeToggle() {
        Button toggle = new Button();
        toggle.setId("theme-toggle");
        toggle.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        Runnable show = () -> {
            Theme now = model.theme();
            toggle.setGraphic(icon(now == Theme.DARK ? MaterialDesignW.WHITE_BALANCE_SUNNY : MaterialDesignW.WEATHER_NIGHT));
            toggle.setTooltip(new Tooltip("Switch to " + now.toggled().label().toLowerCase(Locale.ROOT)));
        };
        show.run();
        model.themeProperty().addListener((obs, was, now) -> show.run());
        toggle.setOnAction(e -> model.toggleTheme());
        return toggle;
    }

    private static Label caption(String text, Ikon glyph) {
        Label l = new Label(text);
        l.getStyleClass().add("toolbar-caption");
        l.setGraphic(icon(glyph));
        return l;
    }

    private static Label valueLabel() {
        Label l = new Label();
        l.getStyleClass().add("toolbar-value");
        return l;
    }

    private static HBox group(Node... nodes) {
        HBox box = new HBox(nodes);
        box.getStyleClass().add("toolbar-group");
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static FontIcon icon(Ikon glyph) {
        FontIcon i = new FontIcon(glyph);
        i.getStyleClass().add("toolbar-icon");
        return i;
    }

    private static Separator separator() {
        return new Separator(Orientation.VERTICAL);
    }

    private static Region spacer() {
        Region r = new Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }
}
