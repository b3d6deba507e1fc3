/**
 * Playback: the engine on its own threads, the FX thread walking its event log.
 *
 * <p>{@link dev.spindle.app.play.Playback} owns one run: it starts the {@link
 * dev.spindle.runtime.Engine} (carriers are the engine's threads, never the FX thread), and
 * an {@link javafx.animation.AnimationTimer} drains the log in batches each frame, folds them
 * into the shown {@link dev.spindle.app.fold.RunState} at the chosen speed, and keeps the
 * engine at most a little ahead through its pacer. The FX thread never waits on the engine:
 * reading the log is two volatile reads, and every control (pause, step, cores, stop) is a
 * non-blocking call on the pacer or the engine. Pause is immediate on screen (the shown
 * cursor stops) and reaches the engine at its next round boundary, well within 100 ms.
 *
 * <p>The FX thread's work per pulse is bounded, so that input is handled at once even while
 * 100,000 goroutines run flat out: events are folded for at most a few milliseconds per
 * pulse (the rest waits for the next one), each event is folded once (the shown state is the
 * timeline's head whenever the cursor is at its end), and the views hear of a pulse's events
 * through one revision change, whatever their number, and update their existing nodes.
 *
 * <p>{@link dev.spindle.app.play.Compiler} compiles Go source off the FX thread and hands
 * the outcome back through {@link dev.spindle.app.play.UiThread}, the one door by which
 * work from other threads reaches the UI.
 */
package dev.spindle.app.play;
