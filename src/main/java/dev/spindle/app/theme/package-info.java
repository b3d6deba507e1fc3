/**
 * Themes: which stylesheets the window wears.
 *
 * <p>AtlantaFX gives the base look (Primer light and dark) as the application's user-agent
 * stylesheet. Spindle's own sheets under {@code resources/styles} sit on top of it and use
 * only AtlantaFX's looked-up colours ({@code -color-bg-default}, {@code -color-fg-muted}, ...),
 * so one sheet serves both themes and no colour is ever written in Java. A third sheet makes
 * ControlsFX controls, which ship their own Modena-flavoured CSS, speak the same colours.
 */
package dev.spindle.app.theme;
