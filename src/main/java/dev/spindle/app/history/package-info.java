/**
 * A run's history as the timeline shows it: who ran on which P when, each goroutine's states
 * over time, the marks worth pointing at (steal, preemption, panic, deadlock) and who woke
 * whom. Plain Java, no JavaFX (a test keeps it so).
 *
 * <p>{@link dev.spindle.app.history.History} is a second fold of the same event log the yard
 * folds ({@code app.fold}), but where the yard's fold keeps only <em>now</em>, this one keeps
 * everything, indexed for drawing: per P, its runs ("slices") in time order in primitive
 * arrays, so that the view finds the first visible slice by binary search and skips over
 * runs narrower than a pixel the same way. It is built once per event as the log is read
 * (never per frame) and only grows: Back and seeking move the playhead over it, they do not
 * change it. Rejected: deriving the slices from fold snapshots (they hold no history) and
 * one object per slice (a 100,000-goroutine run has hundreds of thousands of them).
 */
package dev.spindle.app.history;
