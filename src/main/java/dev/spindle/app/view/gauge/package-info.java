/**
 * Controls for the program's synchronisation objects, as Control + Skin pairs in the manner
 * of AtlantaFX's {@code RingProgressIndicator}: {@link dev.spindle.app.view.gauge.WaitGroupGauge}
 * (a dial with the counter, ticks for every Add and Done, the goroutines in Wait, a flash at
 * zero, red with Go's message when negative) and {@link dev.spindle.app.view.gauge.ChannelWidget}
 * (buffer slots, len/cap, the goroutines queued to send and to receive). The controls hold
 * plain properties; the skins draw them, add style classes, and remove their listeners on
 * dispose. Colours are in the stylesheet.
 */
package dev.spindle.app.view.gauge;
