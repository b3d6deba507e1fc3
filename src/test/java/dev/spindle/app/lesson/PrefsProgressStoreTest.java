package dev.spindle.app.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spindle.scenario.ProgressStore.Status;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Progress survives a new store on the same node (a restart), and bad values read as "not started". */
class PrefsProgressStoreTest {
    private final Preferences node = Preferences.userRoot().node("dev/spindle/test-lessons-" + ProcessHandle.current().pid());

    @AfterEach
    void clean() throws Exception {
        node.removeNode();
    }

    @Test
    void remembersStatusAndPredictionAcrossStores() {
        PrefsProgressStore first = new PrefsProgressStore(node);
        assertThat(first.status("02-waitgroup")).isEqualTo(Status.NOT_STARTED);
        assertThat(first.prediction("02-waitgroup")).isEmpty();
        first.started("02-waitgroup");
        first.setPrediction("02-waitgroup", 2);
        first.setStatus("01-first-goroutine", Status.COMPLETED);
        first.started("01-first-goroutine");

        PrefsProgressStore again = new PrefsProgressStore(node);
        assertThat(again.status("02-waitgroup")).isEqualTo(Status.STARTED);
        assertThat(again.prediction("02-waitgroup")).hasValue(2);
        assertThat(again.status("01-first-goroutine")).isEqualTo(Status.COMPLETED);
    }

    @Test
    void aValueFromAnotherVersionReadsAsNotStarted() {
        node.put("03-defer-done.status", "HALF_DONE");
        assertThat(new PrefsProgressStore(node).status("03-defer-done")).isEqualTo(Status.NOT_STARTED);
    }
}
