package dev.spindle.app.view.yard;

import java.util.List;
import javafx.css.PseudoClass;

/**
 * Goroutine colours: the Okabe–Ito palette (colour-blind safe), as style classes
 * {@code g-c0} .. {@code g-c6} whose colours live in the stylesheet (and, for the yard's
 * tokens, as pseudo-classes of the same names). Main (G1) always gets {@code g-c0}; the
 * others cycle through the remaining six by id, so neighbours differ.
 */
public final class Palette {
    public static final int SIZE = 7;
    private static final List<String> CLASSES = List.of("g-c0", "g-c1", "g-c2", "g-c3", "g-c4", "g-c5", "g-c6");
    private static final List<PseudoClass> PSEUDO_CLASSES = CLASSES.stream().map(PseudoClass::getPseudoClass).toList();

    private Palette() {
    }

    public static int index(long g) {
        if (g <= 1) {
            return 0;
        }
        return 1 + (int) (g % (SIZE - 1));
    }

    /** The colour's style class for goroutine {@code g} (0, the runtime, gets main's). */
    public static String styleClass(long g) {
        return CLASSES.get(index(g));
    }

    /**
     * The colour as a pseudo-class ({@code .token:g-c3}): a token that changes goroutine then
     * changes state instead of classes, which JavaFX restyles without matching its selectors again.
     */
    static PseudoClass pseudoClass(long g) {
        return PSEUDO_CLASSES.get(index(g));
    }

    public static List<String> all() {
        return CLASSES;
    }
}
