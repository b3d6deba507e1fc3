package dev.spindle.runtime.spi;

/** A {@code sync.WaitGroup}; its zero value is {@code new WaitGroup(name)}. */
public final class WaitGroup extends RuntimeObject {

    public WaitGroup(String name) {
        super(name);
    }

    /** Go's copy of the value: a new WaitGroup with this one's state. */
    @Override
    public WaitGroup copied() {
        return seeded(new WaitGroup(name()));
    }
}
