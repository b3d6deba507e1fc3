/**
 * View models of the window, in plain Java.
 *
 * <p>The window is a fold of engine events (see DESIGN.md): what the screen shows is
 * computed here, and the views in {@code dev.spindle.app.view} only bind to it. Keeping
 * {@code javafx.scene} out of this package (an ArchUnit rule checks it) means the state of
 * the screen can be tested without a window, without pixels and without the FX thread.
 * Observable values from {@code javafx.beans} are allowed: they are the binding surface the
 * views need, and they carry no nodes.
 *
 * <p>Services come in through constructors ({@link dev.spindle.app.model.ThemeStore}), never
 * through static state, so that a test or the screenshot renderer can give its own.
 */
package dev.spindle.app.model;
