package dev.spindle.runtime;

import dev.spindle.runtime.spi.Resume;
import dev.spindle.trace.Event;
import dev.spindle.trace.ObjectRef;
import dev.spindle.trace.WaitReason;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * The engine's side of a channel, after Go's chan.go. Invariants (as chan.go states them):
 * <ul>
 *   <li>at least one of {@code sendq} and {@code recvq} has no live waiter;</li>
 *   <li>for a buffered channel, {@code buf} non-empty implies no live receiver waits, and
 *       {@code buf} not full implies no live sender waits;</li>
 *   <li>once closed, no sender waits.</li>
 * </ul>
 * Waiters are served FIFO. Coordinator only.
 */
final class ChanState {

    /** ArrayDeque holds no nulls; Go's nil values are stored as this. */
    private static final Object NIL = new Object();

    final ObjectRef ref;
    final int capacity;
    final Object zero;
    private final ArrayDeque<Object> buf = new ArrayDeque<>();
    final ArrayDeque<Waiter> recvq = new ArrayDeque<>();
    final ArrayDeque<Waiter> sendq = new ArrayDeque<>();
    boolean closed;
    /**
     * Values taken from the buffer so far: its head is buffer slot {@code received % capacity}
     * (Go's recvx). The race detector's edges go through the slots: the k-th send happens
     * before the k-th receive completes, the k-th receive before the (k+C)-th send completes.
     */
    private long received;

    private final dev.spindle.runtime.spi.Chan handle;

    ChanState(dev.spindle.runtime.spi.Chan handle, ObjectRef ref, int capacity, Object zero) {
        this.handle = handle;
        this.ref = ref;
        this.capacity = capacity;
        this.zero = zero;
    }

    int len() {
        return buf.size();
    }

    /** Publishes the buffer length on the handle (for len(ch) inside a running goroutine). */
    private void published() {
        handle.engineLength(buf.size());
    }

    /** The first live waiter of {@code q}, removed; stale entries ahead of it are dropped. */
    static Waiter pollLive(ArrayDeque<Waiter> q) {
        Waiter w;
        while ((w = q.pollFirst()) != null) {
            if (w.live()) {
                return w;
            }
        }
        return null;
    }

    static boolean hasLive(ArrayDeque<Waiter> q) {
        while (!q.isEmpty() && !q.peekFirst().live()) {
            q.pollFirst();
        }
        return !q.isEmpty();
    }

    boolean canSendNow() {
        return closed || hasLive(recvq) || buf.size() < capacity;
    }

    boolean canRecvNow() {
        return closed || hasLive(sendq) || !buf.isEmpty();
    }

    /**
     * A send by {@code g} that can complete now ({@link #canSendNow()}), for case {@code caseIndex}
     * (-1: plain send). Sets g's resume. A closed channel makes the send panic.
     */
    void sendNow(Coordinator c, G g, Object value, int caseIndex) {
        if (closed) {
            g.resume = new Resume.Panic("send on closed channel", true);
            return;
        }
        Waiter receiver = pollLive(recvq);
        if (receiver != null) {
            if (c.race != null) {
                handOff(c, g, receiver.g());
            }
            if (capacity > 0) {
                received++; // Go's recvx moves on: the value went through the head slot
            }
            c.tracer.chanSend(c.opP, g.id, ref, buf.size(), show(c, value));
            deliver(c, receiver, value, true);
            c.ready(receiver.g(), g.id);
        } else {
            if (c.race != null) {
                c.race.slot(g.id, this, slotOf(received + buf.size()));
            }
            buf.addLast(value == null ? NIL : value);
            published();
            c.tracer.chanSend(c.opP, g.id, ref, buf.size(), show(c, value));
        }
        g.resume = caseIndex < 0 ? Resume.None.INSTANCE : new Resume.Selected(caseIndex, null, false);
    }

    /** A receive by {@code g} that can complete now ({@link #canRecvNow()}). Sets g's resume. */
    void recvNow(Coordinator c, G g, int caseIndex) {
        Waiter sender = pollLive(sendq);
        Object value;
        boolean ok = true;
        if (sender != null) {
            if (c.race != null) {
                handOff(c, g, sender.g());
            }
            if (capacity == 0) {
                value = sender.value();
            } else {
                received++;
                value = unwrap(buf.pollFirst());
                buf.addLast(sender.value() == null ? NIL : sender.value());
                published();
            }
            c.tracer.chanRecv(c.opP, g.id, ref, buf.size(), true, show(c, value));
            c.tracer.chanSend(c.opP, sender.g().id, ref, buf.size(), show(c, sender.value()));
            sender.g().resume = sender.caseIndex() < 0 ? Resume.None.INSTANCE
                    : new Resume.Selected(sender.caseIndex(), null, false);
            c.ready(sender.g(), g.id);
        } else if (!buf.isEmpty()) {
            if (c.race != null) {
                c.race.slot(g.id, this, slotOf(received));
            }
            received++;
            value = unwrap(buf.pollFirst());
            published();
            c.tracer.chanRecv(c.opP, g.id, ref, buf.size(), true, show(c, value));
        } else {
            if (c.race != null) {
                c.race.acquire(g.id, ref); // close happens before a receive that sees it
            }
            value = zero;
            ok = false;
            c.tracer.chanRecv(c.opP, g.id, ref, 0, false, show(c, value));
        }
        g.resume = caseIndex < 0 ? new Resume.Received(value, ok) : new Resume.Selected(caseIndex, value, ok);
    }

    /**
     * The race detector's edges of a send and a receive that meet (one of them parked): on an
     * unbuffered channel each happens before the other completes (Go's racesync); on a
     * buffered one both go through the head slot (Go's racenotify twice).
     */
    private void handOff(Coordinator c, G g, G other) {
        int slot = slotOf(received);
        c.race.slot(g.id, this, slot);
        c.race.slot(other.id, this, slot);
        c.race.slot(g.id, this, slot);
    }

    /** The buffer slot of the k-th value through the channel (a timer's unbuffered channel has one). */
    private int slotOf(long k) {
        return capacity == 0 ? 0 : (int) (k % capacity);
    }

    /** Hands {@code value} to a parked receiver (Go's send -> sendDirect). */
    private void deliver(Coordinator c, Waiter receiver, Object value, boolean ok) {
        c.tracer.chanRecv(c.opP, receiver.g().id, ref, buf.size(), ok, show(c, value));
        receiver.g().resume = receiver.caseIndex() < 0 ? new Resume.Received(value, ok)
                : new Resume.Selected(receiver.caseIndex(), value, ok);
        c.unparkedFromSelect(receiver.g());
    }

    /**
     * A value sent by the runtime (a timer), never blocking: to a waiting receiver, else into
     * the buffer if there is room, else dropped. Returns the woken receiver or null.
     */
    G offerFromRuntime(Coordinator c, Object value) {
        Waiter receiver = pollLive(recvq);
        if (receiver != null) {
            deliver(c, receiver, value, true);
            c.ready(receiver.g(), 0);
            return receiver.g();
        }
        if (buf.size() < Math.max(capacity, 1)) {
            buf.addLast(value == null ? NIL : value);
            published();
        }
        return null;
    }

    /** Go 1.23 timers: Stop and Reset discard a tick not yet received. */
    void discardBuffered() {
        received += buf.size();
        buf.clear();
        published();
    }

    /**
     * close(ch): wakes every receiver (zero value, ok false) and every sender (they panic),
     * readied in the reverse order of Go's closechan glist (a stack), so the first waiter ends
     * in runnext.
     */
    void close(Coordinator c, G g) {
        closed = true;
        if (c.race != null) {
            c.race.release(g.id, ref);
        }
        c.tracer.chanClose(c.opP, g.id, ref, buf.size());
        List<G> woken = new ArrayList<>();
        Waiter w;
        while ((w = pollLive(recvq)) != null) {
            if (c.race != null) {
                c.race.acquire(w.g().id, ref);
            }
            deliver(c, w, zero, false);
            woken.add(w.g());
        }
        while ((w = pollLive(sendq)) != null) {
            w.g().resume = new Resume.Panic("send on closed channel", true);
            c.unparkedFromSelect(w.g());
            woken.add(w.g());
        }
        for (int i = woken.size() - 1; i >= 0; i--) {
            c.ready(woken.get(i), g.id);
        }
        g.resume = Resume.None.INSTANCE;
    }

    /** Parks {@code g} on this channel for a plain send or receive. */
    void parkPlain(Coordinator c, G g, boolean send, Object value) {
        c.park(g, send ? WaitReason.CHAN_SEND : WaitReason.CHAN_RECEIVE, ref);
        (send ? sendq : recvq).addLast(new Waiter(g, g.parkGeneration, -1, value));
    }

    /** The value's short text for the log (the UI's channel widget shows it in the buffer slots). */
    private String show(Coordinator c, Object value) {
        return c.tracer.details ? handle.show(value, Event.VALUE_TEXT_MAX) : null;
    }

    private static Object unwrap(Object o) {
        return o == NIL ? null : o;
    }
}
