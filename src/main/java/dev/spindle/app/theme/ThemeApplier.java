package dev.spindle.app.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.spindle.app.model.Theme;
import javafx.application.Application;
import javafx.css.PseudoClass;
import javafx.scene.Parent;

/**
 * Puts a {@link Theme} on screen: the AtlantaFX user-agent stylesheet plus a {@code :dark}
 * pseudo-class on the root, for the few rules of Spindle's sheets that differ by theme.
 *
 * <p>The user-agent stylesheet is per application, not per scene; that is how AtlantaFX is
 * meant to be used, and Spindle has one window.
 */
public final class ThemeApplier {
    /** Set on the scene root while the dark theme is on. */
    public static final PseudoClass DARK = PseudoClass.getPseudoClass("dark");

    private ThemeApplier() {
    }

    /** The AtlantaFX stylesheet that renders {@code theme}. */
    public static String userAgentStylesheet(Theme theme) {
        return switch (theme) {
            case LIGHT -> new PrimerLight().getUserAgentStylesheet();
            case DARK -> new PrimerDark().getUserAgentStylesheet();
        };
    }

    /** Applies {@code theme} to the application and to {@code root}. FX thread only. */
    public static void apply(Theme theme, Parent root) {
        applyToApplication(theme);
        root.pseudoClassStateChanged(DARK, theme == Theme.DARK);
    }

    /** Sets the application's user-agent stylesheet for {@code theme}, unless it is set already. */
    public static void applyToApplication(Theme theme) {
        String sheet = userAgentStylesheet(theme);
        if (!sheet.equals(Application.getUserAgentStylesheet())) {
            Application.setUserAgentStylesheet(sheet);
        }
    }
}
