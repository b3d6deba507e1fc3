package dev.spindle.runtime.bridge;

import dev.spindle.runtime.spi.Chan;
import dev.spindle.vm.ChannelLike;

/**
 * A Go channel value as the VM sees it ({@code len}, {@code cap}) and as the engine sees it
 * (a {@link Chan} handle).
 */
final class VmChan extends Chan implements ChannelLike {

    VmChan(int capacity, Object zero) {
        super(capacity, zero, null);
    }

    @Override
    public int cap() {
        return capacity();
    }
}
