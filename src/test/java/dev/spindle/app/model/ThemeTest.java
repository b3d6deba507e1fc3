package dev.spindle.app.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ThemeTest {
    @Test
    void togglesBetweenLightAndDark() {
        assertThat(Theme.LIGHT.toggled()).isEqualTo(Theme.DARK);
        assertThat(Theme.DARK.toggled()).isEqualTo(Theme.LIGHT);
    }

    @Test
    void parsesStoredNamesAndFallsBackOnAnythingElse() {
        assertThat(Theme.parse("DARK", Theme.LIGHT)).isEqualTo(Theme.DARK);
        assertThat(Theme.parse(" dark ", Theme.LIGHT)).isEqualTo(Theme.DARK);
        assertThat(Theme.parse("LIGHT", Theme.DARK)).isEqualTo(Theme.LIGHT);
        assertThat(Theme.parse("solarized", Theme.LIGHT)).isEqualTo(Theme.LIGHT);
        assertThat(Theme.parse(null, Theme.DARK)).isEqualTo(Theme.DARK);
    }
}
