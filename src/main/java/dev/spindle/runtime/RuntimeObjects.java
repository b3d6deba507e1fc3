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
        return ch.engineState() instanceof ChanState st ? st
                : attach(ch, new ChanState(ch, ref(ObjectRef.Kind.CHAN, ch), ch.capacity(), ch.zero()));
    }

    WaitGroupState wg(WaitGroup wg) {
        return wg.engineState() instanceof WaitGroupState st ? st
                : attach(wg, new WaitGroupState(ref(ObjectRef.Kind.WAIT_GROUP, wg), wg.seed()));
    }

    MutexState mutex(Mutex m) {
        return m.engineState() instanceof MutexState st ? st : attach(m, new MutexState(ref(ObjectRef.Kind.MUTEX, m), m.seed()));
    }

    RWMutexState rw(RWMutex m) {
        return m.engineState() instanceof RWMutexState st ? st : attach(m, new RWMutexState(ref(ObjectRef.Kind.RW_MUTEX, m), m.seed()));
    }

    OnceState once(Once o) {
        return o.engineState() instanceof OnceState st ? st : attach(o, new OnceState(ref(ObjectRef.Kind.ONCE, o), o.seed()));
    }

    CondState cond(Cond c) {
        return c.engineState() instanceof CondState st ? st : attach(c, new CondState(ref(ObjectRef.Kind.COND, c)));
    }

    TimerState timer(Timer t, int p) {
        return t.engineState() instanceof TimerState st ? st
                : attach(t, new TimerState(ref(ObjectRef.Kind.TIMER, t), t, null, p));
    }

    /**
     * Attaches the engine's state to its handle on the object's first use; the id in its
     * ObjectRef is taken only then, so ids follow the order in which the program uses objects.
     */
    private static <S> S attach(RuntimeObject o, S state) {
        o.engineState(state);
        return state;
    }
}
