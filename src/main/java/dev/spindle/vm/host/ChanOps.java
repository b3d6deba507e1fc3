package dev.spindle.vm.host;

import dev.spindle.lang.compile.SelectDesc;
import dev.spindle.vm.value.ArrayValue;
import dev.spindle.vm.value.StructValue;
import java.util.ArrayList;
import java.util.List;

/**
 * Channel operations (chan.go): direct hand-off to a waiting partner, else the buffer, else
 * block; close wakes every waiter, receivers first; select polls its cases in a random order
 * drawn from the run's seed. Each method returns whether the calling goroutine keeps running.
 */
final class ChanOps {
    private final SimpleHost host;

    ChanOps(SimpleHost host) {
        this.host = host;
    }

    boolean send(GState cur, Object chObj, Object v) {
        if (chObj == null) {
            host.park(cur, "chan send (nil chan)");
            return false;
        }
        Channel c = (Channel) chObj;
        if (c.closed) {
            cur.g.panicWith("send on closed channel", false);
            return true;
        }
        Waiter r = Channel.dequeue(c.recvq);
        if (r != null) {
            deliver(r, v, true);
            return true;
        }
        if (c.buffer.size() < c.cap) {
            c.buffer.addLast(v);
            return true;
        }
        c.sendq.addLast(new Waiter(cur, -1, v, false, null));
        host.park(cur, "chan send");
        return false;
    }

    boolean recv(GState cur, Object chObj, boolean withOk) {
        if (chObj == null) {
            host.park(cur, "chan receive (nil chan)");
            return false;
        }
        Channel c = (Channel) chObj;
        Object[] got = tryRecv(c);
        if (got != null) {
            cur.g.pushResult(got[0]);
            if (withOk) {
                cur.g.pushResult(got[1]);
            }
            return true;
        }
        c.recvq.addLast(new Waiter(cur, -1, null, withOk, null));
        host.park(cur, "chan receive");
        return false;
    }

    /** A receive that does not block: {value, ok} or null. */
    private Object[] tryRecv(Channel c) {
        if (!c.buffer.isEmpty()) {
            Object v = c.buffer.pollFirst();
            Waiter s = Channel.dequeue(c.sendq);
            if (s != null) {
                c.buffer.addLast(s.value);
                wakeSender(s);
            }
            return new Object[] {v, Boolean.TRUE};
        }
        Waiter s = Channel.dequeue(c.sendq);
        if (s != null) {
            wakeSender(s);
            return new Object[] {s.value, Boolean.TRUE};
        }
        if (c.closed) {
            return new Object[] {zero(c), Boolean.FALSE};
        }
        return null;
    }

    boolean close(GState cur, Object chObj) {
        if (chObj == null) {
            cur.g.panicWith("close of nil channel", false);
            return true;
        }
        Channel c = (Channel) chObj;
        if (c.closed) {
            cur.g.panicWith("close of closed channel", false);
            return true;
        }
        c.closed = true;
        List<Waiter> receivers = new ArrayList<>();
        for (Waiter w; (w = Channel.dequeue(c.recvq)) != null; ) {
            receivers.add(w);
        }
        List<Waiter> senders = new ArrayList<>();
        for (Waiter w; (w = Channel.dequeue(c.sendq)) != null; ) {
            senders.add(w);
        }
        // Go collects the waiters on a stack (gList) and readies them popping it: senders
        // in reverse, then receivers in reverse; each goes to runnext in turn.
        for (int i = senders.size() - 1; i >= 0; i--) {
            Waiter s = senders.get(i);
            if (s.group != null) {
                s.group[0] = true;
                pushSelect(s, null, true);
            }
            s.state.g.panicWith("send on closed channel", false);
            host.ready(s.state);
        }
        for (int i = receivers.size() - 1; i >= 0; i--) {
            deliver(receivers.get(i), zero(c), false);
        }
        return true;
    }

    boolean select(GState cur, SelectDesc d, Object[] chans, Object[] values) {
        int n = d.cases();
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = host.randomIndex(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        for (int i : order) {
            if (chans[i] == null) {
                continue;
            }
            Channel c = (Channel) chans[i];
            if (d.sends()[i]) {
                if (c.closed) {
                    cur.g.panicWith("send on closed channel", false);
                    return true;
                }
                Waiter r = Channel.dequeue(c.recvq);
                if (r != null) {
                    deliver(r, values[i], true);
                    result(cur, i, null, true);
                    return true;
                }
                if (c.buffer.size() < c.cap) {
                    c.buffer.addLast(values[i]);
                    result(cur, i, null, true);
                    return true;
                }
            } else {
                Object[] got = tryRecv(c);
                if (got != null) {
                    result(cur, i, got[0], (Boolean) got[1]);
                    return true;
                }
            }
        }
        if (d.hasDefault()) {
            result(cur, -1, null, false);
            return true;
        }
        boolean any = false;
        boolean[] group = new boolean[1];
        for (int i = 0; i < n; i++) {
            if (chans[i] == null) {
                continue;
            }
            any = true;
            Channel c = (Channel) chans[i];
            Waiter w = new Waiter(cur, i, values[i], true, group);
            (d.sends()[i] ? c.sendq : c.recvq).addLast(w);
        }
        host.park(cur, n == 0 ? "select (no cases)" : "select");
        return false;
    }

    private void result(GState g, int index, Object v, boolean ok) {
        g.g.pushResult((long) index);
        g.g.pushResult(v);
        g.g.pushResult(ok);
    }

    /** Completes a blocked receiver with v and readies it. */
    private void deliver(Waiter r, Object v, boolean ok) {
        if (r.group != null) {
            r.group[0] = true;
            pushSelect(r, v, ok);
        } else {
            r.state.g.pushResult(v);
            if (r.withOk) {
                r.state.g.pushResult(ok);
            }
        }
        host.ready(r.state);
    }

    private void wakeSender(Waiter s) {
        if (s.group != null) {
            s.group[0] = true;
            pushSelect(s, null, true);
        }
        host.ready(s.state);
    }

    private void pushSelect(Waiter w, Object v, boolean ok) {
        result(w.state, w.caseIndex, v, ok);
    }

    private static Object zero(Channel c) {
        Object z = c.elem.zero();
        if (z instanceof StructValue s) {
            return s.copy();
        }
        if (z instanceof ArrayValue a) {
            return a.copy();
        }
        return z;
    }

    /** Whether a goroutine waits to receive from this channel (timers fire only then). */
    static boolean awaited(Channel c) {
        return c.hasWaitingReceiver();
    }


    /** A timer sends on its channel (never blocks: the caller checked there is room or a receiver). */
    void sendFromTimer(Channel c, Object v) {
        Waiter r = Channel.dequeue(c.recvq);
        if (r != null) {
            deliver(r, v, true);
        } else if (c.buffer.size() < c.cap) {
            c.buffer.addLast(v);
        }
    }
}
