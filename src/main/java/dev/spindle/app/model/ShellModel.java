package dev.spindle.app.model;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The state of the window's frame: theme, the cores range, and whether a program is open.
 *
 * <p>Playback controls are enabled by {@link #programOpenProperty()}. Until the engine and
 * the lessons exist nothing opens a program, so they stay disabled: a button that does
 * nothing would be a fake. The lesson picker, the engine and the fold of events will plug
 * in here.
 */
public final class ShellModel {
    private final ThemeStore themes;
    private final CoreRange cores;
    private final ReadOnlyObjectWrapper<Theme> theme;
    private final ReadOnlyBooleanWrapper programOpen = new ReadOnlyBooleanWrapper(this, "programOpen", false);

    public ShellModel(ThemeStore themes, CoreRange cores) {
        this.themes = themes;
        this.cores = cores;
        this.theme = new ReadOnlyObjectWrapper<>(this, "theme", themes.load());
    }

    public ReadOnlyObjectProperty<Theme> themeProperty() {
        return theme.getReadOnlyProperty();
    }

    public Theme theme() {
        return theme.get();
    }

    /** Switches light/dark and remembers the choice for the next run. */
    public void toggleTheme() {
        setTheme(theme().toggled());
    }

    public void setTheme(Theme next) {
        theme.set(next);
        themes.save(next);
    }

    public CoreRange cores() {
        return cores;
    }

    /** True once a program is open; drives the playback controls. */
    public ReadOnlyBooleanProperty programOpenProperty() {
        return programOpen.getReadOnlyProperty();
    }
}
