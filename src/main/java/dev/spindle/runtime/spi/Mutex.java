package dev.spindle.runtime.spi;

/** A {@code sync.Mutex}; its zero value is {@code new Mutex(name)}. */
public final class Mutex extends RuntimeObject implements Locker, dev.spindle.vm.value.CopiedByValue {

    public Mutex(String name) {
        super(name);
    }

    /** Go's copy of the value: a new Mutex with this one's state (see CopiedByValue). */
    @Override
    public Mutex copyValue() {
        return seeded(new Mutex(name()));
    }
}
