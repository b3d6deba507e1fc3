package dev.spindle.app.fold;

import dev.spindle.trace.ObjectRef;

/** A channel as its widget shows it: capacity, buffered count, closed. Queues come from the rooms. */
public final class ChannelInfo {
    private final ObjectRef ref;
    private final int capacity;
    int len;
    boolean closed;
    long sends;
    long receives;

    ChannelInfo(ObjectRef ref, int capacity) {
        this.ref = ref;
        this.capacity = capacity;
    }

    ChannelInfo copy() {
        ChannelInfo c = new ChannelInfo(ref, capacity);
        c.len = len;
        c.closed = closed;
        c.sends = sends;
        c.receives = receives;
        return c;
    }

    public ObjectRef ref() { return ref; }
    public String name() { return Labels.of(ref); }
    public int capacity() { return capacity; }
    public int len() { return len; }
    public boolean closed() { return closed; }
    public long sends() { return sends; }
    public long receives() { return receives; }
}
