package dev.spindle.runtime.spi;

/** A {@code sync.Once}; its zero value is {@code new Once(name)}. */
public final class Once extends RuntimeObject implements dev.spindle.vm.value.CopiedByValue {

    public Once(String name) {
        super(name);
    }

    /** Go's copy of the value: a new Once with this one's state (see CopiedByValue). */
    @Override
    public Once copyValue() {
        return seeded(new Once(name()));
    }
}
