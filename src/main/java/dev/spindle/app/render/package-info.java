/**
 * Offscreen rendering: the real window drawn without a display.
 *
 * <p>Run with JavaFX's headless glass platform and the software pipeline
 * ({@code -Dglass.platform=Headless -Dprism.order=sw}), a stage renders into memory and a
 * scene snapshot gives its pixels. {@link dev.spindle.app.render.PngWriter} writes them with
 * {@code javax.imageio}, so {@code javafx-swing} is not needed. Used by
 * {@link dev.spindle.app.render.Screenshots} ({@code ./mvnw -Pscreenshots}) and the icon
 * renderer.
 */
package dev.spindle.app.render;
