/**
 * The views: JavaFX nodes built in code, one region of the window per class.
 *
 * <p>A view takes its view model in the constructor, binds to it and exposes its root node.
 * Views add style classes and ids; how anything looks is decided by the stylesheets under
 * {@code resources/styles}, never here (no inline styles, no colours in Java). Ids name the
 * regions for tests and for the stylesheets: {@code #toolbar}, {@code #code}, {@code #yard},
 * {@code #lanes}, {@code #gauges}, {@code #console}, {@code #events}, {@code #stats}.
 *
 * <p>Until a program can be opened the regions show calm empty states that say what will
 * appear there, and the controls that have nothing to drive are disabled.
 */
package dev.spindle.app.view;
