/**
 * Spindle: a Go subset compiler, a bytecode VM, an M:N scheduler and a JavaFX visualizer.
 * The package map and the arrows between packages are described in DESIGN.md; only
 * {@code dev.spindle.app} uses JavaFX (dev.spindle.ArchitectureTest keeps it so).
 *
 * <p>Nothing is exported to everybody: Spindle is an application, not a library. Packages
 * are opened or exported only to the framework that needs to reach in.
 */
module dev.spindle {
    requires java.prefs;      // the remembered theme
    requires java.logging;    // to quiet java.util.prefs on a first run
    requires java.desktop;    // javax.imageio, to write screenshots and icons as PNG
    requires java.xml;        // reading packaging/icon.svg
    requires javafx.controls;
    requires org.controlsfx.controls;
    requires org.kordamp.ikonli.core;
    requires org.kordamp.ikonli.javafx;
    requires org.kordamp.ikonli.materialdesign2;
    requires atlantafx.base;
    requires org.fxmisc.richtext;
    requires org.fxmisc.flowless;
    requires info.picocli;
    // lessons: lesson.yaml read with Jackson's streaming YAML parser (it reports line and column).
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.dataformat.yaml;

    // JavaFX's launcher instantiates SpindleApp reflectively.
    exports dev.spindle.app to javafx.graphics;
    // picocli reads the command classes' annotations and sets their fields.
    opens dev.spindle.cli to info.picocli;
}
