package dev.spindle.runtime.spi;

/** A {@code sync.RWMutex}; its zero value is {@code new RWMutex(name)}. */
public final class RWMutex extends RuntimeObject implements Locker {

    public RWMutex(String name) {
        super(name);
    }
}
