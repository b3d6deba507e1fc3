/**
 * The view model of a run: what the screen shows, as plain Java, folded from the engine's
 * event log.
 *
 * <p>DESIGN.md's rule is {@code state(n) = fold(events[0..n])}: nothing on screen comes from
 * anywhere but the log. {@link dev.spindle.app.fold.RunState} is the accumulator (carriers
 * with their running goroutine, runnext and local queue; the global queue; waiting rooms
 * grouped by what they wait on; WaitGroups; channels; console; counters) and
 * {@link dev.spindle.app.fold.RunState#apply} is the fold step. Queue order is rebuilt
 * from Go's policy (a new or woken goroutine goes to its P's runnext, the old one to the
 * tail; preemption and Gosched go to the global tail; a dropped P's queue goes to the global
 * head; a steal takes half from the victim's head), because the events say who moved, not
 * where every bystander ended up.
 *
 * <p>{@link dev.spindle.app.fold.Timeline} keeps copies of the state every few hundred
 * events, so that stepping back or clicking an old event refolds at most one interval.
 * Nothing here imports JavaFX (a test keeps it so): the views bind to these values on the
 * FX thread, and tests of what the screen shows need no pixels.
 */
package dev.spindle.app.fold;
