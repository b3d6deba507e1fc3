package dev.spindle.runtime;

import dev.spindle.runtime.spi.Chan;
import dev.spindle.runtime.spi.Cond;
import dev.spindle.runtime.spi.Mutex;
import dev.spindle.runtime.spi.Once;
import dev.spindle.runtime.spi.RWMutex;
import dev.spindle.runtime.spi.RuntimeObject;
import dev.spindle.runtime.spi.Timer;
import dev.spindle.runtime.spi.WaitGroup;
import dev.spindle.trace.ObjectRef;

/**
 * The engine's state of each runtime object, attached to the object's handle on first use,
 * and the ids that name objects in the event log (per kind, in order of first use, so they
 * are the same in every run). Coordinator only.
 */
final class RuntimeObjects {

    private final long[] nextObjectId = new long[ObjectRef.Kind.values().length];

    /** A fresh reference for an object without a handle (a sleep's timer). */
    ObjectRef anonymous(ObjectRef.Kind kind) {
        return new ObjectRef(kind, ++nextObjectId[kind.ordinal()], null);
    }

    private ObjectRef ref(ObjectRef.Kind kind, RuntimeObject o) {
        return new ObjectRef(kind, ++nextObjectId[kind.ordinal()], o.name());
    }

    ChanState chan(Chan ch) {
        if (ch.engineState() instanceof ChanState st) {
            return st;
        }
        ChanState st = new ChanState(ch, ref(ObjectRef.Kind.CHAN, ch), ch.capacity(), ch.zero());
        ch.engineState(st);
        return st;
    }

    WaitGroupState wg(WaitGroup wg) {
        if (wg.engineState() instanceof WaitGroupState st) {
            return st;
        }
        WaitGroupState st = new WaitGroupState(ref(ObjectRef.Kind.WAIT_GROUP, wg));
        wg.engineState(st);
        return st;
    }

    MutexState mutex(Mutex m) {
        if (m.engineState() instanceof MutexState st) {
            return st;
        }
        MutexState st = new MutexState(ref(ObjectRef.Kind.MUTEX, m));
        m.engineState(st);
        return st;
    }

    RWMutexState rw(RWMutex m) {
        if (m.engineState() instanceof RWMutexState st) {
            return st;
        }
        RWMutexState st = new RWMutexState(ref(ObjectRef.Kind.RW_MUTEX, m));
        m.engineState(st);
        return st;
    }

    OnceState once(Once o) {
        if (o.engineState() instanceof OnceState st) {
            return st;
        }
        OnceState st = new OnceState(ref(ObjectRef.Kind.ONCE, o));
        o.engineState(st);
        return st;
    }

    CondState cond(Cond c) {
        if (c.engineState() instanceof CondState st) {
            return st;
        }
        CondState st = new CondState(ref(ObjectRef.Kind.COND, c));
        c.engineState(st);
        return st;
    }

    TimerState timer(Timer t, int p) {
        if (t.engineState() instanceof TimerState st) {
            return st;
        }
        TimerState st = new TimerState(ref(ObjectRef.Kind.TIMER, t), t, null, p);
        t.engineState(st);
        return st;
    }
}
