package dev.spindle.app.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The window's frame state, without a window. */
class ShellModelTest {
    @Test
    void startsWithTheRememberedTheme() {
        ShellModel model = new ShellModel(new MemoryThemeStore(Theme.DARK), CoreRange.forHost(4));
        assertThat(model.theme()).isEqualTo(Theme.DARK);
    }

    @Test
    void toggleChangesTheThemeNotifiesAndRemembers() {
        MemoryThemeStore store = new MemoryThemeStore(Theme.LIGHT);
        ShellModel model = new ShellModel(store, CoreRange.forHost(4));
        List<Theme> seen = new ArrayList<>();
        model.themeProperty().addListener((obs, was, now) -> seen.add(now));

        model.toggleTheme();
        assertThat(model.theme()).isEqualTo(Theme.DARK);
        assertThat(store.load()).isEqualTo(Theme.DARK);

        model.toggleTheme();
        assertThat(seen).containsExactly(Theme.DARK, Theme.LIGHT);
        assertThat(store.load()).isEqualTo(Theme.LIGHT);
    }

    @Test
    void noProgramIsOpenAtFirstSoPlaybackHasNothingToDrive() {
        ShellModel model = new ShellModel(new MemoryThemeStore(Theme.LIGHT), CoreRange.forHost(4));
        assertThat(model.programOpenProperty().get()).isFalse();
        assertThat(model.cores().max()).isEqualTo(8);
    }
}
