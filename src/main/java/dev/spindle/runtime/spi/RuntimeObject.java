package dev.spindle.runtime.spi;

/**
 * A Go runtime object a goroutine can operate on: channel, WaitGroup, Mutex, RWMutex, Once,
 * Cond, Timer. The VM creates these handles (a {@code var wg sync.WaitGroup} zero value is
 * {@code new WaitGroup("wg")}) and passes them in {@link RuntimeOp}s; the engine attaches
 * its own state lazily on first use. A handle has identity semantics, like a Go pointer.
 */
public abstract sealed class RuntimeObject permits Chan, WaitGroup, Mutex, RWMutex, Once, Cond, Timer {

    private final String name;
    private Object engineState;
    /** For a Go copy of another object: the state the copy starts with (see {@link CopiedState}). */
    private Object seed;

    protected RuntimeObject(String name) {
        this.name = name;
    }

    /** The program's variable name for this object when the compiler knows it, else null. */
    public final String name() {
        return name;
    }

    /** The engine's state for this object, null before first use. Only the engine's coordinator calls this. */
    public final Object engineState() {
        return engineState;
    }

    /**
     * For an object made by copying a Go value (a WaitGroup passed by value): the original's
     * state at the copy, which the engine starts this object's own state from; else null.
     */
    public final Object seed() {
        return seed;
    }

    /**
     * A Go copy of the sync value this object is the state of (a WaitGroup passed by value):
     * a new object of the same kind seeded with this one's state, or null when the copy
     * starts afresh. Channels and timers are references in Go and are never copied.
     */
    public RuntimeObject copied() {
        return null;
    }

    /** Gives {@code copy} this object's current state as its seed, and returns it. */
    protected final <T extends RuntimeObject> T seeded(T copy) {
        ((RuntimeObject) copy).seed = engineState instanceof CopiedState s ? s.snapshot() : seed;
        return copy;
    }

    /** Attaches the engine's state. Only the engine's coordinator calls this, once. */
    public final void engineState(Object state) {
        this.engineState = state;
    }
}
