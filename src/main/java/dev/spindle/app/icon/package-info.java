/**
 * The application icon: a spindle wound with three coloured threads, for the goroutines it
 * carries.
 *
 * <p>The source is {@code packaging/icon.svg}, written by hand. {@link
 * dev.spindle.app.icon.IconRenderer} turns it into the PNGs under {@code resources/icons}
 * with JavaFX's own renderer, headless ({@code ./mvnw -Picons}), so no image tool is needed
 * and the PNGs are reproducible from the SVG. {@link dev.spindle.app.icon.SvgShapes} reads
 * the small SVG subset the icon uses; {@link dev.spindle.app.icon.AppIcon} loads the PNGs for
 * the window.
 */
package dev.spindle.app.icon;
