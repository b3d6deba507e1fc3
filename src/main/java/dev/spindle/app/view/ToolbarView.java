package dev.spindle.app.view;

import atlantafx.base.theme.Styles;
import dev.spindle.app.model.CoreRange;
import dev.spindle.app.model.ShellModel;
import dev.spindle.app.model.Theme;
import dev.spindle.app.play.Playback;
import dev.spindle.app.play.Session;
import dev.spindle.app.play.Speed;
import dev.spindle.app.theme.Stylesheets;
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
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignW;

/**
 * The toolbar: open and run, lesson, playback (Play/Pause, Step, Back, Reset, Run to end),
 * speed, cores (GOMAXPROCS), seed, presentation mode and the theme switch.
 *
 * <p>Playback controls are disabled while no run exists. The cores slider changes GOMAXPROCS
 * of the running program at its next round boundary, and follows the program when it calls
 * {@code runtime.GOMAXPROCS(n)} itself. The lesson picker is disabled while it has no
 * lessons to offer.
 */
public final class ToolbarView {
    /** Below this width (px) the toolbar's captions show their icons only. */
    static final double COMPACT_BELOW = 1300;
    private final ShellModel model;
    private final Session session;
    private final Playback playback;
    private final ToolBar bar = new ToolBar();
    private final ToggleButton reduceMotion = new ToggleButton();
    private final Runnable openFile;
    private final Runnable runEdited;
    private final Runnable togglePresentation;
    private int shownProcs;
    private java.util.List<Node> editing;
    private Node lessons;
    private java.util.List<Node> full;

    public ToolbarView(ShellModel model, Session session, Runnable openFile, Runnable runEdited, Runnable togglePresentation) {
        this.model = model;
        this.session = session;
        this.playback = session.playback();
        this.openFile = openFile;
        this.runEdited = runEdited;
        this.togglePresentation = togglePresentation;
        BooleanBinding noProgram = playback.loadedProperty().not();

        Button step = button("step", MaterialDesignS.STEP_FORWARD, "Step: one event forward (→)", noProgram);
        step.setOnAction(e -> playback.step());
        Button back = button("back", MaterialDesignS.STEP_BACKWARD, "Back: one event back (←)", noProgram);
        back.setOnAction(e -> playback.back());
        Button reset = button("reset", MaterialDesignR.RESTORE, "Reset to the start (R)", noProgram);
        reset.setOnAction(e -> playback.reset());
        Button toEnd = button("run-to-end", MaterialDesignS.SKIP_FORWARD, "Run to the end, flat out (then back to this speed)", noProgram);
        toEnd.setOnAction(e -> playback.runToEnd());
        Button open = button("open", MaterialDesignF.FOLDER_OPEN_OUTLINE, "Open a .go file (Ctrl+O)", null);
        open.setOnAction(e -> openFile.run());
        Button run = button("run", MaterialDesignP.PLAY_CIRCLE_OUTLINE, "Compile the code as edited and start it (Ctrl+Enter)", null);
        run.setText("Run");
        run.getStyleClass().remove(Styles.BUTTON_ICON);
        run.setOnAction(e -> runEdited.run());
        ToggleButton race = new ToggleButton("-race");
        race.setId("race-detector");
        race.setGraphic(icon(org.kordamp.ikonli.materialdesign2.MaterialDesignB.BUG_OUTLINE));
        race.setTooltip(new Tooltip("Race detector: run again with go run -race's checks; races are reported and drawn"));
        race.selectedProperty().bindBidirectional(playback.detectRacesProperty());
        race.setOnAction(e -> playback.reset());
        Button toRace = button("go-to-race", org.kordamp.ikonli.materialdesign2.MaterialDesignS.SHIELD_ALERT_OUTLINE,
                "Go to the race: show the moment the first data race was found", noProgram);
        toRace.setOnAction(e -> playback.seekToRace());
        ToggleButton youSchedule = new ToggleButton("You schedule");
        youSchedule.setId("you-schedule");
        youSchedule.setGraphic(icon(org.kordamp.ikonli.materialdesign2.MaterialDesignG.GESTURE_TAP));
        youSchedule.setTooltip(new Tooltip("You schedule: the run stops at each choice the scheduler makes, and you make it"));
        youSchedule.setAccessibleText("You schedule: make the scheduler's choices yourself");
        youSchedule.selectedProperty().bindBidirectional(session.youSchedule().activeProperty());
        youSchedule.disableProperty().bind(noProgram.and(youSchedule.selectedProperty().not()));
        Button present = button("presentation", MaterialDesignP.PRESENTATION_PLAY, "Presentation mode (F5; there, L turns the laser pointer on and off)", null);
        present.getStyleClass().add(Styles.FLAT);
        present.setOnAction(e -> togglePresentation.run());

        reduceMotion.setId("reduce-motion");
        reduceMotion.setGraphic(icon(org.kordamp.ikonli.materialdesign2.MaterialDesignM.MOTION_PAUSE_OUTLINE));
        reduceMotion.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        reduceMotion.setTooltip(new Tooltip("Reduce motion: tokens fade to their new place instead of sliding, nothing pulses"
                + " (follows the system's setting until changed here)"));
        reduceMotion.setAccessibleText("Reduce motion");
        lessons = lessonPicker();
        Node openSep = separator();
        Node lessonSep = separator();
        Node seedGroup = seed(noProgram);
        Node seedSep = separator();
        // The seed stays in presentation mode: with the cores and Play, it is what a teacher
        // works the demonstration with (issue 17: in view at 1024 px).
        editing = java.util.List.of(open, run, openSep, lessons, lessonSep);
        bar.setId("toolbar");
        // Narrow windows: the captions keep their icons and drop their words (CSS: .compact).
        bar.widthProperty().addListener((obs, was, now) -> {
            boolean compact = now.doubleValue() > 0 && now.doubleValue() < COMPACT_BELOW;
            if (compact != bar.getStyleClass().contains("compact")) {
                if (compact) {
                    bar.getStyleClass().add("compact");
                } else {
                    bar.getStyleClass().remove("compact");
                }
            }
        });
        bar.getItems().addAll(
                open,
                run,
                openSep,
                lessons,
                lessonSep,
                playPause(noProgram),
                step,
                back,
                reset,
                toEnd,
                race,
                toRace,
                youSchedule,
                separator(),
                // Cores and seed before speed: a toolbar too narrow for everything (a 1024 px
                // projector) moves its last items into the overflow menu, and these two the
                // class must see.
                cores(noProgram),
                seedSep,
                seedGroup,
                separator(),
                speed(noProgram),
                spacer(),
                reduceMotion,
                present,
                themeToggle());
    }

    public Node root() {
        return bar;
    }

    /** The "reduce motion" toggle (the window ties it to the scene's reduced-motion preference). */
    public javafx.beans.property.BooleanProperty reduceMotionProperty() {
        return reduceMotion.selectedProperty();
    }

    /** Puts {@code picker} where the lesson picker is (the lessons package fills it). */
    public void replaceLessonPicker(Node picker) {
        int at = bar.getItems().indexOf(lessons);
        if (at >= 0) {
            bar.getItems().set(at, picker);
        }
        if (full != null) {
            full = full.stream().map(n -> n == lessons ? picker : n).toList();
        }
        editing = editing.stream().map(n -> n == lessons ? picker : n).toList();
        lessons = picker;
    }

    /** Presentation mode keeps playback, cores, seed and speed; the file and lesson controls step aside. */
    public void presentation(boolean on) {
        if (full == null) {
            full = java.util.List.copyOf(bar.getItems());
        }
        if (on) {
            bar.getItems().removeAll(editing);
        } else {
            bar.getItems().setAll(full);
        }
    }

    private Node lessonPicker() {
        ComboBox<String> lessons = new ComboBox<>();
        lessons.setId("lesson-picker");
        lessons.getStyleClass().add("lesson-picker");
        lessons.setPromptText("Lesson");
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
        play.setTooltip(new Tooltip("Play / Pause (Space)"));
        play.setAccessibleText("Play / Pause (Space)");
        play.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.ACCENT);
        play.disableProperty().bind(disabled);
        play.setOnAction(e -> {
            playback.togglePlay();
            play.setSelected(playback.isPlaying());
        });
        playback.playingProperty().addListener((obs, was, now) -> play.setSelected(now));
        return play;
    }

    private static Button button(String id, Ikon glyph, String tip, BooleanBinding disabled) {
        Button b = new Button();
        b.setId(id);
        b.setGraphic(icon(glyph));
        b.setTooltip(new Tooltip(tip));
        // An icon has no words for a screen reader: the tooltip's are its name.
        b.setAccessibleText(tip);
        b.getStyleClass().add(Styles.BUTTON_ICON);
        if (disabled != null) {
            b.disableProperty().bind(disabled);
        }
        return b;
    }

    private Node speed(BooleanBinding disabled) {
        Slider speed = new Slider(0, 1, Speed.position(playback.speedProperty().get()));
        speed.setId("speed");
        speed.getStyleClass().addAll(Styles.SMALL, "speed-slider");
        speed.setTooltip(new Tooltip("Playback speed: from one event per second to flat out"));
        speed.setAccessibleText("Playback speed");
        speed.disableProperty().bind(disabled);
        speed.valueProperty().addListener((obs, was, now) -> playback.speedProperty().set(Speed.eventsPerSecond(now.doubleValue())));
        playback.speedProperty().addListener((obs, was, now) -> {
            double pos = Speed.position(now.doubleValue());
            if (Math.abs(pos - speed.getValue()) > 1e-6) {
                speed.setValue(pos);
            }
        });
        Label value = valueLabel();
        value.setId("speed-value");
        value.getStyleClass().add("speed-value");
        value.textProperty().bind(Bindings.createStringBinding(() -> Speed.label(playback.speedProperty().get()),
                playback.speedProperty()));
        return group(caption("speed", MaterialDesignS.SPEEDOMETER), speed, value);
    }

    private Node cores(BooleanBinding disabled) {
        CoreRange range = model.cores();
        Slider cores = new Slider(CoreRange.MIN, range.max(), session.coresProperty().get());
        cores.setId("cores");
        cores.getStyleClass().addAll(Styles.SMALL, "cores-slider");
        cores.setMajorTickUnit(1);
        cores.setMinorTickCount(0);
        cores.setSnapToTicks(true);
        cores.setBlockIncrement(1);
        String coresTip = "Cores: GOMAXPROCS, the number of Ps (1 to " + range.max() + "; keys 1-9)";
        cores.setTooltip(new Tooltip(coresTip));
        cores.setAccessibleText(coresTip);
        cores.disableProperty().bind(disabled);
        Label value = valueLabel();
        value.setId("cores-value");
        value.textProperty().bind(Bindings.createStringBinding(
                () -> Integer.toString((int) Math.round(cores.getValue())), cores.valueProperty()));
        cores.valueProperty().addListener((obs, was, now) -> {
            int n = (int) Math.round(now.doubleValue());
            if (n != session.coresProperty().get()) {
                session.coresProperty().set(n);
            }
        });
        session.coresProperty().addListener((obs, was, now) -> {
            if ((int) Math.round(cores.getValue()) != now.intValue()) {
                cores.setValue(now.intValue());
            }
            playback.setProcs(now.intValue());
        });
        // The program's own runtime.GOMAXPROCS(n), or a resize reaching the screen, moves the slider.
        playback.revisionProperty().addListener(o -> {
            int procs = playback.state().procs();
            if (procs > 0 && procs != shownProcs) {
                shownProcs = procs;
                if (procs != session.coresProperty().get()) {
                    session.coresProperty().set(procs);
                }
            }
        });
        return group(caption("cores", MaterialDesignC.CHIP), cores, value);
    }

    private Node seed(BooleanBinding disabled) {
        Button fresh = new Button();
        fresh.setId("new-seed");
        fresh.setGraphic(icon(MaterialDesignD.DICE_5_OUTLINE));
        fresh.setTooltip(new Tooltip("New random seed"));
        fresh.setAccessibleText("New random seed");
        fresh.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, "seed-button");
        fresh.disableProperty().bind(disabled);
        fresh.setOnAction(e -> session.newSeed());

        CustomTextField seed = new CustomTextField();
        seed.setId("seed");
        seed.getStyleClass().add("seed-field");
        seed.setPromptText("random");
        seed.setPrefColumnCount(6);
        seed.setRight(fresh);
        seed.setTooltip(new Tooltip("Seed: the same seed replays the same run (Enter to rerun; mid-run, the run goes on"
                + " from the event on screen with the new seed's scheduling choices)"));
        seed.setAccessibleText("Seed");
        seed.disableProperty().bind(disabled);
        seed.setText(Long.toString(session.seedProperty().get()));
        session.seedProperty().addListener((obs, was, now) -> seed.setText(Long.toString(now.longValue())));
        seed.setOnAction(e -> {
            try {
                long v = Long.parseLong(seed.getText().strip());
                session.seedProperty().set(v);
                playback.reseed(v, session.coresProperty().get());
            } catch (NumberFormatException ex) {
                seed.setText(Long.toString(session.seedProperty().get()));
            }
        });
        HBox group = group(caption("seed", MaterialDesignS.SEED_OUTLINE), seed);
        // The field is a ControlsFX one, whose own sheet names Modena's -fx-text-inner-color
        // (AtlantaFX has none): the scene's ControlsFX sheet overrides it, but a narrow toolbar
        // moves this group into its overflow menu, another scene, where those rules were not
        // there and five CSS warnings were logged. A sheet of the group goes where it goes.
        group.getStylesheets().add(Stylesheets.controlsFx());
        return group;
    }

    private Node themeToggle() {
        Button toggle = new Button();
        toggle.setId("theme-toggle");
        toggle.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        Runnable show = () -> {
            Theme now = model.theme();
            toggle.setGraphic(icon(now == Theme.DARK ? MaterialDesignW.WHITE_BALANCE_SUNNY : MaterialDesignW.WEATHER_NIGHT));
            toggle.setTooltip(new Tooltip("Switch to " + now.toggled().label().toLowerCase(Locale.ROOT)));
            toggle.setAccessibleText(toggle.getTooltip().getText());
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
