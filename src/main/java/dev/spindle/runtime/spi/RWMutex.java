package dev.spindle.runtime.spi;

/** A {@code sync.RWMutex}; its zero value is {@code new RWMutex(name)}. */
public final class RWMutex extends RuntimeObject implements Locker, dev.spindle.vm.value.CopiedByValue {

    public RWMutex(String name) {
        super(name);
    }

    /** Go's copy of the value: a new RWMutex with this one's state (see CopiedByValue). */
    @Override
    public RWMutex copyValue() {
        return seeded(new RWMutex(name()));
    }
}
