package dev.spindle.app.view.yard;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import javafx.animation.Animation;
import javafx.animation.ScaleTransition;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;

/**
 * One goroutine on screen: a round token in its colour, labelled with its id. Its look
 * follows its role and colour through pseudo-classes ({@code :running}, {@code :waiting}
 * outlined, {@code :done} faded, {@code :crash} ringed in red, {@code :g-c0}..{@code :g-c6})
 * and a style class {@code highlighted} (ringed for a lesson); the looks are in the stylesheet.
 * A token both raced and pointed at keeps its red ring on the disc and gets the lesson's ring
 * as a halo around it ({@code .token-halo}), so that neither ring hides the other.
 *
 * <p>The disc and the halo are regions, not circles: a ring and a fill are two background
 * layers (the stylesheet's {@code -disc-ring}, {@code -disc-fill}), which JavaFX draws once
 * per look and size into its region image cache and then copies, where a circle is
 * rasterized anew, fill and stroke, for every token in every frame that redraws the yard.
 * Flat out that was most of a frame's rendering in software (lesson 17 at 300 goroutines:
 * a cold flat-out frame took 0.2-0.6 s to paint, circles most of it, and the frame showing
 * a cores change waited for it).
 *
 * <p>Pseudo-classes, not style classes, because tokens are reused and change role all the
 * time when a program runs flat out: a style class change makes JavaFX match the node and its
 * children against every selector again, a pseudo-class change only switches between styles
 * it already matched. That was about a tenth of the FX thread's time with 100,000 goroutines.
 */
final class Token extends StackPane {
    private static final PseudoClass WIDE = PseudoClass.getPseudoClass("wide");
    private static final Map<YardLayout.Role, PseudoClass> ROLES = new EnumMap<>(YardLayout.Role.class);
    private static final PseudoClass CRASH = PseudoClass.getPseudoClass("crash");

    static {
        for (YardLayout.Role r : YardLayout.Role.values()) {
            ROLES.put(r, PseudoClass.getPseudoClass(r.name().toLowerCase(Locale.ROOT)));
        }
    }

    private long g;
    private final Region disc = new Region();
    /** The lesson's ring drawn outside the disc, for a token whose disc already has the race's (stylesheet: shown only then). */
    private final Region halo = new Region();
    private final Label id = new Label();
    private Animation pulse;
    private YardLayout.Role role;

    Token(long g, double diameter) {
        this.g = g;
        getStyleClass().add("token");
        pseudoClassStateChanged(Palette.pseudoClass(g), true);
        disc.getStyleClass().add("token-disc");
        id.getStyleClass().add("token-id");
        id.setText(label(g));
        setAccessibleText("G" + g);
        halo.getStyleClass().add("token-halo");
        halo.setManaged(false);
        halo.setMouseTransparent(true);
        getChildren().addAll(halo, disc, id);
        setManaged(false);
        // Drawn once into a bitmap and then only moved: with hundreds of tokens sliding at once,
        // redrawing each disc, ring and label every frame is what limits the frame rate (above
        // all with software rendering: projectors' laptops, VMs, Xvfb).
        setCache(true);
        setCacheHint(javafx.scene.CacheHint.SPEED);
        resize(diameter);
    }

    long g() {
        return g;
    }

    /**
     * The id on the disc: the number up to 999; above, abbreviated ({@code 1.2k}, {@code 12k}),
     * so that it stays legible on a projector instead of shrinking to a few pixels. The hover
     * card and the accessible text give the full id.
     */
    static String label(long g) {
        if (g < 1000) {
            return Long.toString(g);
        }
        if (g < 10_000) {
            return String.format(Locale.ROOT, "%.1fk", Math.floor(g / 100.0) / 10.0);
        }
        return (g / 1000) + "k";
    }

    /**
     * Makes this token another goroutine's (the yard reuses the tokens of goroutines that left
     * the screen: flat out, dozens come and go every frame, and building a token's nodes and
     * styling them from scratch each time is what made those frames long).
     */
    void reassign(long newG) {
        if (newG == g) {
            return;
        }
        PseudoClass was = Palette.pseudoClass(g);
        PseudoClass now = Palette.pseudoClass(newG);
        if (was != now) {
            pseudoClassStateChanged(was, false);
            pseudoClassStateChanged(now, true);
        }
        g = newG;
        id.setText(label(newG));
        setAccessibleText("G" + newG);
        id.pseudoClassStateChanged(WIDE, newG >= 100);
        highlight(false, false);
        candidate(false, false, false);
    }

    void resize(double diameter) {
        double out = Math.max(4, diameter * 0.18); // the halo's ring this far outside the disc's edge
        halo.resizeRelocate(-out, -out, diameter + 2 * out, diameter + 2 * out);
        setPrefSize(diameter, diameter);
        setMinSize(diameter, diameter);
        setMaxSize(diameter, diameter);
        resize(diameter, diameter);
        id.pseudoClassStateChanged(WIDE, g >= 100);
    }

    void role(YardLayout.Role role, boolean crash) {
        if (role != this.role) {
            if (this.role != null) {
                pseudoClassStateChanged(ROLES.get(this.role), false);
            }
            pseudoClassStateChanged(ROLES.get(role), true);
            this.role = role;
        }
        pseudoClassStateChanged(CRASH, crash);
    }

    /**
     * Points at this token (a lesson's narration): a ring ({@code highlighted}; its look is in
     * the stylesheet) and three pulses, so that the eye finds it; off removes both.
     */
    void highlight(boolean on, boolean pulsing) {
        if (pulse != null) {
            pulse.stop();
            pulse = null;
            setScaleX(1);
            setScaleY(1);
        }
        getStyleClass().remove("highlighted");
        if (!on) {
            return;
        }
        getStyleClass().add("highlighted");
        toFront();
        if (!pulsing) {
            return;
        }
        ScaleTransition grow = new ScaleTransition(Duration.millis(260), this);
        grow.setFromX(1);
        grow.setFromY(1);
        grow.setToX(1.35);
        grow.setToY(1.35);
        grow.setAutoReverse(true);
        grow.setCycleCount(6);
        grow.setOnFinished(e -> pulse = null);
        pulse = grow;
        grow.play();
    }

    private javafx.animation.Timeline appearing;

    /**
     * Reduced motion's move: the token is put at (x, y) at once and fades in there over
     * {@code millis}, one fade, no slide. Its parts fade, not the token: a finished token's
     * own opacity is the stylesheet's (faded).
     */
    void appearAt(double x, double y, double millis) {
        relocate(x, y);
        if (appearing != null) {
            appearing.stop();
        }
        javafx.animation.Timeline fade = new javafx.animation.Timeline();
        for (javafx.scene.Node part : getChildren()) {
            part.setOpacity(0.25);
            fade.getKeyFrames().add(new javafx.animation.KeyFrame(Duration.millis(millis),
                    new javafx.animation.KeyValue(part.opacityProperty(), 1.0)));
        }
        fade.setOnFinished(e -> appearing = null);
        appearing = fade;
        fade.play();
    }

    private static final PseudoClass CANDIDATE = PseudoClass.getPseudoClass("candidate");
    private static final PseudoClass FOCUSED_CANDIDATE = PseudoClass.getPseudoClass("focused-candidate");
    private Animation candidatePulse;

    /**
     * One of the goroutines a person may pick in "You schedule" mode: a ring
     * ({@code :candidate}; {@code :focused-candidate} for the one Tab has reached) and a slow
     * pulse for as long as the choice waits; off removes both.
     */
    void candidate(boolean on, boolean focused, boolean pulsing) {
        pseudoClassStateChanged(FOCUSED_CANDIDATE, on && focused);
        if (on == isCandidate()) {
            return;
        }
        pseudoClassStateChanged(CANDIDATE, on);
        if (candidatePulse != null) {
            candidatePulse.stop();
            candidatePulse = null;
            setScaleX(1);
            setScaleY(1);
        }
        if (on) {
            toFront();
        }
        if (on && pulsing) {
            ScaleTransition grow = new ScaleTransition(Duration.millis(520), this);
            grow.setFromX(1);
            grow.setFromY(1);
            grow.setToX(1.18);
            grow.setToY(1.18);
            grow.setAutoReverse(true);
            grow.setCycleCount(Animation.INDEFINITE);
            candidatePulse = grow;
            grow.play();
        }
    }

    boolean isCandidate() {
        return getPseudoClassStates().contains(CANDIDATE);
    }

    boolean isFocusedCandidate() {
        return getPseudoClassStates().contains(FOCUSED_CANDIDATE);
    }

    boolean highlighted() {
        return getStyleClass().contains("highlighted");
    }

    /** The disc's ring colour and the halo's as drawn now (tests: a raced token a lesson points at shows both). */
    javafx.scene.paint.Paint[] rings() {
        javafx.scene.layout.Background b = disc.getBackground();
        javafx.scene.layout.Border h = halo.getBorder();
        return new javafx.scene.paint.Paint[] {
            b == null || b.getFills().isEmpty() ? javafx.scene.paint.Color.TRANSPARENT : b.getFills().getFirst().getFill(),
            h == null || h.getStrokes().isEmpty() ? javafx.scene.paint.Color.TRANSPARENT : h.getStrokes().getFirst().getTopStroke()};
    }

}
