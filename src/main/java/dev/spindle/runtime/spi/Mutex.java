package dev.spindle.runtime.spi;

/** A {@code sync.Mutex}; its zero value is {@code new Mutex(name)}. */
public final class Mutex extends RuntimeObject implements Locker {

    public Mutex(String name) {
        super(name);
    }
}
