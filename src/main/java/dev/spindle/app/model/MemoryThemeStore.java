package dev.spindle.app.model;

/** A theme store that remembers only for the life of the object: for renders and tests. */
public final class MemoryThemeStore implements ThemeStore {
    private Theme theme;

    public MemoryThemeStore(Theme initial) {
        this.theme = initial;
    }

    @Override
    public Theme load() {
        return theme;
    }

    @Override
    public void save(Theme theme) {
        this.theme = theme;
    }
}
