package dev.spindle.runtime.spi;

/**
 * A channel: {@code make(chan T, capacity)}. {@code zero} is T's zero value, handed to
 * receivers of a closed, drained channel. A nil channel is {@code null} in ops.
 */
public final class Chan extends RuntimeObject {

    private final int capacity;
    private final Object zero;

    public Chan(int capacity, Object zero, String name) {
        super(name);
        if (capacity < 0) {
            throw new IllegalArgumentException("negative capacity");
        }
        this.capacity = capacity;
        this.zero = zero;
    }

    public int capacity() {
        return capacity;
    }

    public Object zero() {
        return zero;
    }
}
