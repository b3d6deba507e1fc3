package dev.spindle.app.fold;

import dev.spindle.trace.ObjectRef;
import java.util.ArrayDeque;
import java.util.List;

/**
 * A channel as its widget shows it: its name, capacity, the values in its buffer (head first,
 * as the log's short texts), closed, and counts. Queues come from the rooms.
 *
 * <p>The buffer is rebuilt from the sends and receives: a send that leaves more values
 * buffered than before put its value at the tail; a receive while values are buffered took
 * the head (Go receives from the buffer first). {@code bufLen} on every event keeps the count
 * exact even when the runtime buffers a value without an event (a timer's tick): such a value
 * shows as {@link #UNKNOWN}.
 */
public final class ChannelInfo {
    /** The text of a buffered value the log did not describe. */
    public static final String UNKNOWN = "•";

    private final ObjectRef ref;
    private final String name;
    private final int capacity;
    private final ArrayDeque<String> buffer;
    boolean closed;
    long sends;
    long receives;

    ChannelInfo(ObjectRef ref, String name, int capacity) {
        this.ref = ref;
        this.name = name;
        this.capacity = capacity;
        this.buffer = new ArrayDeque<>();
    }

    private ChannelInfo(ChannelInfo o) {
        ref = o.ref;
        name = o.name;
        capacity = o.capacity;
        buffer = new ArrayDeque<>(o.buffer);
        closed = o.closed;
        sends = o.sends;
        receives = o.receives;
    }

    ChannelInfo copy() {
        return new ChannelInfo(this);
    }

    void sent(String value, int bufLen) {
        sends++;
        if (bufLen > buffer.size()) {
            buffer.addLast(value == null ? UNKNOWN : value);
        }
        settle(bufLen);
    }

    void received(boolean ok, int bufLen) {
        receives++;
        if (ok && !buffer.isEmpty()) {
            buffer.pollFirst();
        }
        // A receive paired with a parked sender's send is followed by that send's event, which
        // refills the slot: so only trim here, never pad.
        while (buffer.size() > bufLen) {
            buffer.pollFirst();
        }
    }

    /** Makes the buffer hold exactly {@code bufLen} values (the log's count wins). */
    void settle(int bufLen) {
        while (buffer.size() > bufLen) {
            buffer.pollFirst();
        }
        while (buffer.size() < bufLen) {
            buffer.addLast(UNKNOWN);
        }
    }

    public ObjectRef ref() { return ref; }
    /** The variable name ({@code jobs}), disambiguated ({@code jobs (2)}), or {@code ch#1}. */
    public String name() { return name; }
    public int capacity() { return capacity; }
    public int len() { return buffer.size(); }
    /** The buffered values, head (next to be received) first, as fmt's %v prints them, shortened. */
    public List<String> buffer() { return List.copyOf(buffer); }
    public boolean closed() { return closed; }
    public long sends() { return sends; }
    public long receives() { return receives; }
}
