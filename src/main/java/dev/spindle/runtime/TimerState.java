package dev.spindle.runtime;

import dev.spindle.runtime.spi.Timer;
import dev.spindle.trace.ObjectRef;

/**
 * One timer: a sleeping goroutine ({@link #sleeper}) or a time.Timer / Ticker / After /
 * AfterFunc ({@link #handle}). {@link #generation} invalidates queue entries of an earlier
 * arming, so Stop and Reset need not search the heap. Coordinator only.
 */
final class TimerState {

    final ObjectRef ref;
    final Timer handle;
    final G sleeper;
    /** The P whose goroutine started the timer; woken goroutines go to its runnext. */
    int p;
    long when;
    boolean active;
    int generation;

    TimerState(ObjectRef ref, Timer handle, G sleeper, int p) {
        this.ref = ref;
        this.handle = handle;
        this.sleeper = sleeper;
        this.p = p;
    }
}
