package dev.spindle.runtime.spi;

/** A {@code sync.WaitGroup}; its zero value is {@code new WaitGroup(name)}. */
public final class WaitGroup extends RuntimeObject implements dev.spindle.vm.value.CopiedByValue {

    public WaitGroup(String name) {
        super(name);
    }

    /** Go's copy of the value: a new WaitGroup with this one's state (see CopiedByValue). */
    @Override
    public WaitGroup copyValue() {
        return seeded(new WaitGroup(name()));
    }
}
