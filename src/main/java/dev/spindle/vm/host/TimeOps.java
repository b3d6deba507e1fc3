package dev.spindle.vm.host;

import dev.spindle.lang.compile.ElemInfo;
import dev.spindle.vm.GoFatal;
import dev.spindle.vm.stdlib.lib.TimeValue;
import dev.spindle.vm.value.FuncValue;
import dev.spindle.vm.value.StructShape;
import dev.spindle.vm.value.StructValue;
import java.util.Iterator;

/**
 * time's runtime side: Sleep, the virtual clock (Now, Since), and timers and tickers that
 * send on channels or start functions. Go 1.23 rules: a timer nobody waits on does not keep
 * a deadlocked program alive.
 */
final class TimeOps {
    private static final StructShape TIMER = StructShape.flat("time.Timer", "C", "r");
    private static final ElemInfo TIME_ELEM = new ElemInfo(24, null, true, dev.spindle.lang.compile.Kind.REF, "time.Time");

    private final SimpleHost host;

    TimeOps(SimpleHost host) {
        this.host = host;
    }

    private StructValue now() {
        return TimeValue.now(host.clock.now);
    }

    boolean call(GState cur, String name, Object[] a, int results) {
        Clock clock = host.clock;
        switch (name) {
            case "time.Sleep" -> {
                long d = (Long) a[0];
                if (d <= 0) {
                    return true;
                }
                clock.add(d, () -> host.ready(cur), null, true);
                host.park(cur, "sleep");
                return false;
            }
            case "time.Now" -> cur.g.pushResult(now());
            case "time.Since" -> cur.g.pushResult(TimeValue.since(clock.now, a[0]));
            case "time.Until" -> cur.g.pushResult(-TimeValue.since(clock.now, a[0]));
            case "time.After", "time.Tick" -> {
                long d = (Long) a[0];
                Channel c = new Channel(1, TIME_ELEM);
                Clock.Timer t = clock.add(d, sendTime(c), c, false);
                if (name.equals("time.Tick")) {
                    t.period = Math.max(1, d);
                }
                cur.g.pushResult(c);
            }
            case "time.NewTimer", "time.NewTicker" -> {
                long d = (Long) a[0];
                if (name.equals("time.NewTicker") && d <= 0) {
                    cur.g.panicWith("non-positive interval for NewTicker", false);
                    return true;
                }
                Channel c = new Channel(1, TIME_ELEM);
                Clock.Timer t = clock.add(d, sendTime(c), c, false);
                if (name.equals("time.NewTicker")) {
                    t.period = d;
                }
                cur.g.pushResult(new StructValue(TIMER, new Object[] {c, t}));
            }
            case "time.AfterFunc" -> {
                long d = (Long) a[0];
                FuncValue fn = (FuncValue) a[1];
                Clock.Timer t = clock.add(d, () -> host.spawn(fn, new Object[0], null), null, true);
                cur.g.pushResult(new StructValue(TIMER, new Object[] {null, t}));
            }
            case "time.Timer.Stop", "time.Ticker.Stop" -> {
                Clock.Timer t = (Clock.Timer) ((StructValue) a[0]).fields[1];
                boolean wasActive = t != null && t.active;
                if (t != null) {
                    t.active = false;
                    clock.timers.remove(t);
                }
                if (results > 0) {
                    cur.g.pushResult(wasActive);
                }
            }
            case "time.Timer.Reset", "time.Ticker.Reset" -> {
                Clock.Timer t = (Clock.Timer) ((StructValue) a[0]).fields[1];
                boolean wasActive = t.active;
                long d = (Long) a[1];
                if (name.equals("time.Ticker.Reset")) {
                    t.period = d;
                }
                clock.reschedule(t, clock.now + d);
                if (results > 0) {
                    cur.g.pushResult(wasActive);
                }
            }
            default -> throw new GoFatal("spindle: the runtime has no " + name);
        }
        return true;
    }

    private Runnable sendTime(Channel c) {
        return () -> {
            // A timer's channel has room for one value; a full buffer drops the tick, as Go's tickers do.
            if (c.buffer.size() < c.cap || c.hasWaitingReceiver()) {
                host.chans.sendFromTimer(c, now());
            }
        };
    }

    /**
     * Advances the clock to the next timer that can wake someone and fires it. Returns false
     * when no such timer exists (then every goroutine is blocked for good).
     */
    boolean fireNext() {
        Clock clock = host.clock;
        Iterator<Clock.Timer> it = clock.timers.iterator();
        Clock.Timer best = null;
        while (it.hasNext()) {
            Clock.Timer t = it.next();
            boolean useful = t.strong || (t.chan != null && t.chan.hasWaitingReceiver());
            if (useful && (best == null || t.when < best.when || (t.when == best.when && t.seq < best.seq))) {
                best = t;
            }
        }
        if (best == null) {
            return false;
        }
        // Fire every timer due up to best.when in order, useful or not, so channels fill as Go's would.
        while (!clock.timers.isEmpty() && clock.timers.peek().when <= best.when) {
            Clock.Timer t = clock.timers.poll();
            clock.now = Math.max(clock.now, t.when);
            if (t.period > 0) {
                t.when = t.when + t.period;
                clock.timers.add(t);
            } else {
                t.active = false;
            }
            t.fire.run();
            if (t == best) {
                break;
            }
        }
        return true;
    }
}
