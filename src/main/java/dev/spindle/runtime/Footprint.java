package dev.spindle.runtime;

import dev.spindle.runtime.spi.RuntimeOp;
import dev.spindle.runtime.spi.SelectCase;
import dev.spindle.runtime.spi.Slice;

/**
 * What a visible operation touches, so that an explorer can tell two operations apart that
 * commute: a send on one channel and a {@code wg.Done()} on a WaitGroup end in the same state
 * whichever goes first, so a search need not try both orders (sleep sets, Godefroid 1996).
 * Two footprints are <em>independent</em> when neither is {@link #GLOBAL} and they share no
 * object. Everything the engine cannot vouch for is GLOBAL, dependent on every other
 * operation: starting a goroutine (it changes the run queues), time, Gosched, GOMAXPROCS,
 * panics, main returning, atomics and anything not listed — a coarse footprint costs only
 * extra schedules, a wrong one would lose outcomes.
 *
 * <p>Every print is one object (the terminal): two prints never commute, their order is the
 * output.
 */
public record Footprint(Object[] objects) {

    /** Dependent on every operation. */
    public static final Footprint GLOBAL = new Footprint(null);

    /** The terminal both output streams share. */
    private static final Object OUTPUT = new Object();

    /** Whether the two operations commute (each leaves the other's objects alone). */
    public static boolean independent(Footprint a, Footprint b) {
        if (a.objects == null || b.objects == null) {
            return false;
        }
        for (Object x : a.objects) {
            for (Object y : b.objects) {
                if (x == y) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The footprint of the visible operation a slice ended at. */
    static Footprint of(Slice s) {
        return s instanceof Slice.Request r ? of(r.op()) : GLOBAL;
    }

    private static Footprint of(RuntimeOp op) {
        return switch (op) {
            case RuntimeOp.Print p -> on(OUTPUT);
            case RuntimeOp.ChanSend c -> on(c.chan());
            case RuntimeOp.ChanRecv c -> on(c.chan());
            case RuntimeOp.ChanClose c -> on(c.chan());
            case RuntimeOp.ChanLen c -> on(c.chan());
            case RuntimeOp.Select s -> select(s);
            case RuntimeOp.WgAdd w -> on(w.wg());
            case RuntimeOp.WgWait w -> on(w.wg());
            case RuntimeOp.Lock l -> on(l.locker());
            case RuntimeOp.Unlock l -> on(l.locker());
            case RuntimeOp.TryLock l -> on(l.locker());
            case RuntimeOp.RLock l -> on(l.rw());
            case RuntimeOp.RUnlock l -> on(l.rw());
            case RuntimeOp.OnceDo o -> on(o.once());
            case RuntimeOp.OnceDone o -> on(o.once());
            // A grant changes only the object's owner; what the goroutine then does to it
            // before its next visible operation only it can see (vm.value.Owned).
            case RuntimeOp.Access a -> on(a.location());
            default -> GLOBAL;
        };
    }

    /** A nil channel (null) blocks for ever: no object, but say GLOBAL rather than reason about it. */
    private static Footprint on(Object o) {
        return o == null ? GLOBAL : new Footprint(new Object[] {o});
    }

    private static Footprint select(RuntimeOp.Select s) {
        Object[] chans = new Object[s.cases().size()];
        for (int i = 0; i < chans.length; i++) {
            SelectCase c = s.cases().get(i);
            if (c.chan() == null) {
                return GLOBAL;
            }
            chans[i] = c.chan();
        }
        return new Footprint(chans);
    }
}
