package dev.spindle.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spindle.app.model.CoreRange;
import dev.spindle.app.model.MemoryThemeStore;
import dev.spindle.app.model.ShellModel;
import dev.spindle.app.model.Theme;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * On a 1024x768 projector the window opens with the timeline folded, so the console shows the
 * program's lines; on a taller screen it opens unfolded.
 */
class ShortWindowTimelineTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void aProjectorSizedWindowOpensWithTheTimelineFolded() throws Exception {
        assertThat(open(1024, 740)).isTrue();
    }

    @Test
    void aTallWindowOpensWithTheTimelineOpen() throws Exception {
        assertThat(open(1000, 900)).isFalse();
    }

    /** Opens a window of that size (as the app does: sized first, then shown); whether its timeline is folded. */
    private static boolean open(double width, double height) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            Stage stage = new Stage();
            stage.setWidth(width);
            stage.setHeight(height);
            MainWindow window = new MainWindow(new ShellModel(new MemoryThemeStore(Theme.LIGHT), CoreRange.forHost(4)));
            window.showIn(stage);
            boolean folded = window.view().timeline().collapsedProperty().get();
            stage.close();
            return folded;
        }).get(20, TimeUnit.SECONDS);
    }
}
