package dev.spindle.app.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** java.util.prefs under target/prefs (surefire's argLine), in a node of its own. */
class PreferencesThemeStoreTest {
    private Preferences node;

    @BeforeEach
    void freshNode() throws BackingStoreException {
        assertThat(System.getProperty("java.util.prefs.userRoot")).contains("target");
        node = Preferences.userRoot().node("dev/spindle-test/" + getClass().getSimpleName());
        node.clear();
    }

    @AfterEach
    void removeNode() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void nothingRememberedMeansLight() {
        assertThat(new PreferencesThemeStore(node).load()).isEqualTo(Theme.LIGHT);
    }

    @Test
    void aSavedThemeIsReadBackByANewStore() {
        new PreferencesThemeStore(node).save(Theme.DARK);
        assertThat(node.get("theme", null)).isEqualTo("DARK");
        assertThat(new PreferencesThemeStore(node).load()).isEqualTo(Theme.DARK);
    }

    @Test
    void aHandEditedValueFallsBackToLight() {
        node.put("theme", "purple");
        assertThat(new PreferencesThemeStore(node).load()).isEqualTo(Theme.LIGHT);
    }

    @Test
    void theAppsNodeIsDevSpindle() {
        assertThat(PreferencesThemeStore.userNode().absolutePath()).isEqualTo("/dev/spindle");
    }
}
