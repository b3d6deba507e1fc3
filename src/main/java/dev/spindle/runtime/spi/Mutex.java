package dev.spindle.runtime.spi;

/** A {@code sync.Mutex}; its zero value is {@code new Mutex(name)}. */
public final class Mutex extends RuntimeObject implements Locker {

    public Mutex(String name) {
        super(name);
    }

    /** Go's copy of the value: a new Mutex with this one's state. */
    @Override
    public Mutex copied() {
        return seeded(new Mutex(name()));
    }
}
