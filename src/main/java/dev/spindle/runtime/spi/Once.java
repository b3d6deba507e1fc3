package dev.spindle.runtime.spi;

/** A {@code sync.Once}; its zero value is {@code new Once(name)}. */
public final class Once extends RuntimeObject {

    public Once(String name) {
        super(name);
    }
}
