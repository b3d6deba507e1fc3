package dev.spindle.app.model;

import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * Remembers the theme in {@link java.util.prefs}, under the node the app is given
 * (the app passes {@code dev/spindle} of the user root; see {@link #userNode()}).
 *
 * <p>A failing backing store (read-only home, odd container) must not stop the window from
 * opening: the theme is cosmetic, so failures fall back to the default quietly.
 */
public final class PreferencesThemeStore implements ThemeStore {
    /** The node path under the user root, as documented in the README. */
    public static final String NODE = "dev/spindle";
    static final String KEY = "theme";

    private final Preferences node;

    public PreferencesThemeStore(Preferences node) {
        this.node = node;
    }

    /** The user's own node, {@code dev/spindle} under {@link Preferences#userRoot()}. */
    public static Preferences userNode() {
        return Preferences.userRoot().node(NODE);
    }

    @Override
    public Theme load() {
        try {
            return Theme.parse(node.get(KEY, null), Theme.LIGHT);
        } catch (IllegalStateException e) { // node removed under us
            return Theme.LIGHT;
        }
    }

    @Override
    public void save(Theme theme) {
        try {
            node.put(KEY, theme.name());
            node.flush();
        } catch (BackingStoreException | IllegalStateException e) {
            // Not remembered this time; the choice still applies to the open window.
        }
    }
}
