package dev.spindle.app.view.yard;

import dev.spindle.app.fold.Goroutine;
import dev.spindle.app.fold.ObjectLabels;

/** Plain English for a goroutine's state, for the hover (UI.md, "Words on screen"). */
final class Explain {
    private Explain() {
    }

    static String of(Goroutine g, ObjectLabels names) {
        String id = "G" + g.id();
        String on = g.object() != null ? names.of(g.object()) : "";
        return switch (g.status()) {
            case RUNNING -> id + " is running on P" + g.p() + "'s carrier thread.";
            case RUNNABLE -> g.preempted()
                    ? id + " used up its time slice and waits in the global queue for a P."
                    : id + " is ready to run and waits in a run queue for a P.";
            case DEAD -> id + " has returned from " + g.function() + ".";
            case WAITING -> switch (g.reason()) {
                case CHAN_RECEIVE -> id + " is waiting to receive from " + on + "; nobody has sent yet.";
                case CHAN_SEND -> id + " is waiting to send on " + on + "; nobody is receiving and the buffer is full.";
                case CHAN_RECEIVE_NIL, CHAN_SEND_NIL -> id + " is blocked forever on a nil channel.";
                case SELECT -> id + " is waiting in a select until one of its cases can go.";
                case SELECT_NO_CASES -> id + " is blocked forever in an empty select.";
                case WAIT_GROUP_WAIT -> id + " waits until the counter of " + on + " is back to zero.";
                case MUTEX_LOCK, RW_MUTEX_LOCK -> id + " waits for " + on + " to be unlocked.";
                case RW_MUTEX_RLOCK -> id + " waits to read-lock " + on + " while a writer holds or wants it.";
                case COND_WAIT -> id + " waits for a Signal or Broadcast on " + on + ".";
                case SLEEP -> id + " is sleeping; a timer will wake it.";
            };
        };
    }
}
