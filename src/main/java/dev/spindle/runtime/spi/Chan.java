package dev.spindle.runtime.spi;

/**
 * A channel: {@code make(chan T, capacity)}. {@code zero} is T's zero value, handed to
 * receivers of a closed, drained channel. A nil channel is {@code null} in ops. Not final
 * so that a VM can make its channel values implement its own interfaces (len, cap).
 */
public non-sealed class Chan extends RuntimeObject {

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

    private int length;

    /** {@code len(ch)}: values buffered now. Changes only at round boundaries, so a goroutine may read it while it runs. */
    public int len() {
        return length;
    }

    /** Only the engine's coordinator calls this, whenever the buffer changes. */
    public void engineLength(int n) {
        this.length = n;
    }
}
