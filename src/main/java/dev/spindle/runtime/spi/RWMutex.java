package dev.spindle.runtime.spi;

/** A {@code sync.RWMutex}; its zero value is {@code new RWMutex(name)}. */
public final class RWMutex extends RuntimeObject implements Locker {

    public RWMutex(String name) {
        super(name);
    }

    /** Go's copy of the value: a new RWMutex with this one's state. */
    @Override
    public RWMutex copied() {
        return seeded(new RWMutex(name()));
    }
}
