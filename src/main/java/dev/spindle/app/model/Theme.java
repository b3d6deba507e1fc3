package dev.spindle.app.model;

/**
 * The colour themes of the window. Each maps to an AtlantaFX theme in the view layer; the
 * model only knows the choice and how to name it on screen and in the preferences.
 */
public enum Theme {
    LIGHT("Light theme"),
    DARK("Dark theme");

    private final String label;

    Theme(String label) {
        this.label = label;
    }

    /** Words for a tooltip or a menu. */
    public String label() {
        return label;
    }

    /** The other theme: the toolbar switches between two. */
    public Theme toggled() {
        return this == LIGHT ? DARK : LIGHT;
    }

    /** Parses a stored name, falling back to {@code fallback} for anything unknown (old or hand-edited prefs). */
    public static Theme parse(String name, Theme fallback) {
        if (name != null) {
            for (Theme t : values()) {
                if (t.name().equalsIgnoreCase(name.strip())) {
                    return t;
                }
            }
        }
        return fallback;
    }
}
