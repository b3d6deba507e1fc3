package dev.spindle.app.history;

import dev.spindle.trace.ObjectRef;
import dev.spindle.trace.WaitReason;

/**
 * Goroutine {@code g} was made runnable by event {@code seq} at {@code time}, woken by
 * {@code waker} (0: the runtime, a timer) which ran on P {@code wakerP} (-1: none) and was last
 * at source line {@code wakerLine} (0: unknown) doing its waking operation; {@code g} had been
 * waiting since {@code since} for {@code reason} on {@code object} (null: sleep, select).
 */
public record Wake(int seq, long time, long g, long waker, int wakerP, int wakerLine,
        long since, WaitReason reason, ObjectRef object) {
}
