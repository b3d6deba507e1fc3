package dev.spindle.vm;

/** What the VM needs of a host's channel object: {@code len(ch)} and {@code cap(ch)}. */
public interface ChannelLike {
    int len();

    int cap();
}
