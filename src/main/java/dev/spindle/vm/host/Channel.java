package dev.spindle.vm.host;

import dev.spindle.lang.compile.ElemInfo;
import dev.spindle.vm.ChannelLike;
import java.util.ArrayDeque;

/**
 * A channel: a ring buffer of {@code cap} values and FIFO queues of blocked senders and
 * receivers (chan.go's invariants: a receiver waits only when the buffer is empty, a sender
 * only when it is full; an unbuffered channel hands values over directly).
 */
final class Channel implements ChannelLike {
    final int cap;
    final ElemInfo elem;
    final ArrayDeque<Object> buffer = new ArrayDeque<>();
    final ArrayDeque<Waiter> recvq = new ArrayDeque<>();
    final ArrayDeque<Waiter> sendq = new ArrayDeque<>();
    boolean closed;

    Channel(int cap, ElemInfo elem) {
        this.cap = cap;
        this.elem = elem;
    }

    @Override
    public int len() {
        return buffer.size();
    }

    @Override
    public int cap() {
        return cap;
    }

    /** The first waiter still waiting (select waiters that already fired elsewhere are dropped). */
    static Waiter dequeue(ArrayDeque<Waiter> q) {
        while (!q.isEmpty()) {
            Waiter w = q.pollFirst();
            if (!w.stale()) {
                return w;
            }
        }
        return null;
    }

    boolean hasWaitingReceiver() {
        for (Waiter w : recvq) {
            if (!w.stale()) {
                return true;
            }
        }
        return false;
    }
}
