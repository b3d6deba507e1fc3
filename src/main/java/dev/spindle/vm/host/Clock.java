package dev.spindle.vm.host;

import java.util.PriorityQueue;

/**
 * Virtual time: it stands still while goroutines run and jumps to the next timer when every
 * goroutine waits (as Go's testing/synctest does), so sleeps cost no wall time and runs repeat.
 * Starts at the Go playground's epoch, 2009-11-10 23:00:00 UTC.
 */
final class Clock {
    long now = 1_257_894_000_000_000_000L;
    private long seq;
    final PriorityQueue<Timer> timers = new PriorityQueue<>((a, b) -> a.when != b.when
            ? Long.compare(a.when, b.when) : Long.compare(a.seq, b.seq));

    /** A pending timer: what happens when virtual time reaches {@code when}. */
    static final class Timer {
        long when;
        long seq;
        long period;
        boolean active = true;
        final Runnable fire;
        /** The channel it sends on, when it has one (to tell whether anyone waits for it). */
        final Channel chan;
        /** Whether it wakes something by itself (a sleeper, an AfterFunc). */
        final boolean strong;

        Timer(long when, Runnable fire, Channel chan, boolean strong) {
            this.when = when;
            this.fire = fire;
            this.chan = chan;
            this.strong = strong;
        }
    }

    Timer add(long delay, Runnable fire, Channel chan, boolean strong) {
        Timer t = new Timer(now + Math.max(0, delay), fire, chan, strong);
        t.seq = seq++;
        timers.add(t);
        return t;
    }

    void reschedule(Timer t, long when) {
        timers.remove(t);
        t.when = when;
        t.seq = seq++;
        t.active = true;
        timers.add(t);
    }
}
