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

    /**
     * A value sent on this channel as a short text for the event log (the screen shows it in the
     * channel's buffer slots): as Go's fmt {@code %v} prints it, at most {@code max} characters,
     * a cut one ending in an ellipsis. Must not run Go code (no String methods) and must cost
     * little: the coordinator calls it for every send and receive. A VM overrides it with its
     * own value printer; this default knows only Java's view of the value.
     */
    public String show(Object value, int max) {
        String s = value == null ? "<nil>" : String.valueOf(value);
        return s.length() <= max ? s : s.substring(0, Math.max(0, max - 1)) + "…";
    }

    /** Only the engine's coordinator calls this, whenever the buffer changes. */
    public void engineLength(int n) {
        this.length = n;
    }
}
