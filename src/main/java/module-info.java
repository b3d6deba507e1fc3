/**
 * Spindle: a Go subset compiler, a bytecode VM, an M:N scheduler and a JavaFX visualizer.
 * The package map and the arrows between packages are described in DESIGN.md.
 */
module dev.spindle {
    requires java.prefs;
    requires java.desktop;
    requires javafx.controls;
    requires org.controlsfx.controls;
    requires org.kordamp.ikonli.core;
    requires org.kordamp.ikonli.javafx;
    requires org.kordamp.ikonli.materialdesign2;
    requires atlantafx.base;
    requires org.fxmisc.richtext;
    requires info.picocli;

    exports dev.spindle.cli;
    opens dev.spindle.cli to info.picocli;
}
