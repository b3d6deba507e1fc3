package dev.spindle.app.model;

/**
 * Where the theme choice is remembered between runs. The app uses
 * {@link PreferencesThemeStore}; the screenshot renderer uses {@link MemoryThemeStore} so
 * that rendering never changes the user's own choice.
 */
public interface ThemeStore {
    /** The remembered theme, or {@link Theme#LIGHT} when nothing was remembered yet. */
    Theme load();

    /** Remembers {@code theme} for the next run. */
    void save(Theme theme);
}
