package dev.spindle.app;

import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A window test that opens its own stage at a projector's or monitor's size: 1024 px is wider
 * than the headless screen (see ClassroomLayoutTest), so FX exceptions are unchecked while the
 * stage is open and cleared when it closes ({@link FxWait#closeWide}).
 */
abstract class WideWindowTest {
    protected MainWindow window;
    protected Stage stage;

    @BeforeEach
    void openWide() throws Exception {
        FxToolkit.registerPrimaryStage();
        WaitForAsyncUtils.autoCheckException = false;
    }

    @AfterEach
    void closeWide() throws Exception {
        FxWait.closeWide(stage);
    }
}
