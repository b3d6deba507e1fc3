/**
 * The JavaFX application: the one place in Spindle that may touch JavaFX.
 *
 * <p>The engine never sees a node. The app folds the engine's event log into view models
 * ({@code app.model}, plain Java), and the views ({@code app.view}) bind to those models;
 * themes and stylesheets live in {@code app.theme}, the application icon in
 * {@code app.icon}, and offscreen rendering for screenshots in {@code app.render}.
 *
 * <p>{@link dev.spindle.app.SpindleApp} starts the window for a user (it launches
 * {@link dev.spindle.app.DesktopApp}, the JavaFX application);
 * {@link dev.spindle.app.MainWindow} builds it, so that tests and the screenshot renderer
 * get exactly the window the user gets, with their own preferences store.
 */
package dev.spindle.app;
