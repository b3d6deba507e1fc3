/**
 * The yard: goroutines as tokens in run queues, carrier lanes, waiting rooms and the done
 * pile, moved by the engine's events.
 *
 * <p>{@link dev.spindle.app.view.yard.YardLayout} is a pure function from a folded state to
 * places (no nodes), so what goes where is testable without pixels;
 * {@link dev.spindle.app.view.yard.YardView} keeps one {@link
 * dev.spindle.app.view.yard.Token} per visible goroutine and animates it from its old place
 * to its new one. Every move is therefore an event's consequence, with one path for all
 * kinds (spawn from the parent, start, park, wake, steal, preempt, exit), and at high speed
 * the move becomes a jump so that the yard never lags behind the log.
 */
package dev.spindle.app.view.yard;
