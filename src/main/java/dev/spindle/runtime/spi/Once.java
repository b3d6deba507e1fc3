package dev.spindle.runtime.spi;

/** A {@code sync.Once}; its zero value is {@code new Once(name)}. */
public final class Once extends RuntimeObject {

    public Once(String name) {
        super(name);
    }

    /** Go's copy of the value: a new Once with this one's state. */
    @Override
    public Once copied() {
        return seeded(new Once(name()));
    }
}
