package dev.spindle.app;

import org.fxmisc.richtext.CodeArea;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * Warms Ikonli and RichTextFX up on a thread of its own while the FX thread builds the rest of the
 * window: the first CodeArea of a run costs about 130 ms of one core, most of it loading and
 * initialising classes and spinning lambda classes that the AOT cache cannot hold (RichTextFX
 * and ReactFX are automatic modules). A throwaway area made here, concurrently, leaves the
 * window's own code view the cheap second one. Nodes may be made off the FX thread as long
 * as they are not in a showing scene, and this one never is.
 */
final class StartupWarmup {
    private StartupWarmup() {
    }

    /** Starts the warm-up on a daemon thread; call once the toolkit is up (Application.init). */
    static void begin() {
        Thread t = new Thread(StartupWarmup::run, "spindle-warmup");
        t.setDaemon(true);
        t.start();
    }

    private static void run() {
        try {
            // In the order the FX thread needs them: the toolbar's icons (Ikonli finds its icon
            // packs with a ServiceLoader and loads their fonts), then the code view.
            new FontIcon(MaterialDesignP.PLAY);
            new CodeArea("package main\n\nfunc main() {\n}\n").setEditable(true);
        } catch (RuntimeException e) {
            // Only a head start: the window makes its own code view either way.
        }
    }
}
