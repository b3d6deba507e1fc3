package dev.spindle.app.history;

import dev.spindle.trace.VirtualTime;
import dev.spindle.trace.ObjectRef;
import dev.spindle.trace.WaitReason;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * Why goroutine {@code g} is where it is after the first {@code cursor} events: for one that
 * was woken, who woke it, with what statement at which line, and how long it had waited
 * ({@code G1's `jobs <- j` at line 27 woke G7, waiting since 7 ns on `chan receive · jobs`});
 * for one that waits, on what, and which goroutines could end the wait (those that use the
 * same channel, mutex or WaitGroup and are alive and not waiting on it themselves).
 *
 * @param sentence the explanation in words
 * @param wake the wake it explains (null unless the goroutine was woken): the timeline draws its arrow
 * @param couldEnd for a waiting goroutine, who could end the wait
 */
public record Why(String sentence, Wake wake, List<Long> couldEnd) {
    /** At most this many goroutines are named as able to end a wait. */
    static final int MAX_NAMED = 8;
    /** At most this many users of an object are looked at (the sentence is made every frame while a run plays). */
    static final int MAX_LOOKED = 2_000;

    /**
     * Explains {@code g} after {@code cursor} events of {@code history}; {@code names} names
     * objects as the screen does, {@code sourceLine} gives a line's text (1-based; "" if unknown).
     */
    public static Why of(History history, long g, int cursor, Function<ObjectRef, String> names, IntFunction<String> sourceLine) {
        StateRow row = history.rowOf(g);
        int span = row == null ? -1 : row.atSeq(cursor - 1);
        if (span < 0) {
            return new Why("G" + g + " does not exist yet at this point of the run.", null, List.of());
        }
        byte state = row.state(span);
        long since = row.time(span);
        if (state == StateRow.DEAD) {
            return new Why("G" + g + " finished at " + VirtualTime.format(since) + ".", null, List.of());
        }
        if (state >= StateRow.WAITING) {
            return waiting(history, g, cursor, StateRow.reason(state), row.seq(span), since, names, sourceLine);
        }
        Wake w = history.lastWakeBefore(g, cursor);
        if (w == null) {
            String where = state == StateRow.RUNNING ? " is running" : " is runnable, waiting for a P";
            return new Why("G" + g + where + "; nothing has woken it: it has not waited yet.", null, List.of());
        }
        return new Why(woke(w, names, sourceLine), w, List.of());
    }

    /** {@code G1's `jobs <- j` at line 27 woke G7, waiting since 7 ns (for 2 ns) on `chan receive · jobs`}. */
    static String woke(Wake w, Function<ObjectRef, String> names, IntFunction<String> sourceLine) {
        String who;
        if (w.waker() == 0) {
            who = w.reason() == WaitReason.SLEEP ? "A timer" : "The runtime";
        } else {
            String code = w.wakerLine() > 0 ? sourceLine.apply(w.wakerLine()).strip() : "";
            who = "G" + w.waker() + (code.isEmpty() ? "" : "'s `" + code + "`")
                    + (w.wakerLine() > 0 ? " at line " + w.wakerLine() : "");
        }
        return who + " woke G" + w.g() + ", waiting since " + VirtualTime.format(w.since())
                + " (for " + VirtualTime.format(w.time() - w.since()) + ")"
                + (w.reason() != null ? " on `" + reasonText(w.reason(), w.object(), names) + "`" : "") + ".";
    }

    private static Why waiting(History history, long g, int cursor, WaitReason reason, int blockSeq, long since,
            Function<ObjectRef, String> names, IntFunction<String> sourceLine) {
        ObjectRef object = history.objectOfBlock(g, blockSeq);
        StringBuilder b = new StringBuilder("G" + g + " waits on `" + reasonText(reason, object, names) + "` since "
                + VirtualTime.format(since) + ".");
        List<Long> could = new ArrayList<>();
        if (object != null) {
            // A WaitGroup of a 100,000-goroutine run has 100,000 users: name a few, look at a bounded number.
            int looked = 0;
            boolean more = false;
            for (long u : history.usersOf(object)) {
                if (++looked > MAX_LOOKED || could.size() == MAX_NAMED) {
                    more = true;
                    break;
                }
                if (u != g && canAct(history, u, cursor, object)) {
                    could.add(u);
                }
            }
            if (could.isEmpty() && !more) {
                b.append(" No live goroutine uses ").append(names.apply(object)).append(": nobody can end the wait.");
            } else if (!could.isEmpty()) {
                b.append(" Who could end the wait: ").append(String.join(", ", could.stream().map(u -> "G" + u).toList()))
                        .append(more ? " and others" : "").append(" (they use ").append(names.apply(object)).append(").");
            }
        } else if (reason == WaitReason.SLEEP) {
            b.append(" A timer ends the wait.");
        }
        Wake next = history.firstWakeFrom(g, cursor);
        if (next != null) {
            b.append(" Later in the log: ").append(woke(next, names, sourceLine));
        }
        return new Why(b.toString(), null, List.copyOf(could));
    }

    /** Alive after {@code cursor} events and not parked on {@code object} itself. */
    private static boolean canAct(History history, long u, int cursor, ObjectRef object) {
        StateRow r = history.rowOf(u);
        int span = r == null ? -1 : r.atSeq(cursor - 1);
        if (span < 0 || r.state(span) == StateRow.DEAD) {
            return false;
        }
        return r.state(span) < StateRow.WAITING || !object.equals(history.objectOfBlock(u, r.seq(span)));
    }

    private static String reasonText(WaitReason reason, ObjectRef object, Function<ObjectRef, String> names) {
        return object == null ? reason.text() : reason.text() + " · " + names.apply(object);
    }
}
