package dev.spindle.runtime.spi;

/** A {@code sync.WaitGroup}; its zero value is {@code new WaitGroup(name)}. */
public final class WaitGroup extends RuntimeObject {

    public WaitGroup(String name) {
        super(name);
    }
}
