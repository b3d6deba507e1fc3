package dev.spindle.runtime.bridge;

import dev.spindle.runtime.spi.Chan;
import dev.spindle.vm.ChannelLike;

/**
 * A Go channel value as the VM sees it ({@code len}, {@code cap}) and as the engine sees it
 * (a {@link Chan} handle, named after the variable the compiler saw it assigned to). It knows
 * its element type's name, to show sent values in the log as fmt would print them.
 */
final class VmChan extends Chan implements ChannelLike {

    private final String elemType;

    VmChan(int capacity, Object zero, String name, String elemType) {
        super(capacity, zero, name);
        this.elemType = elemType;
    }

    @Override
    public int cap() {
        return capacity();
    }

    @Override
    public String show(Object value, int max) {
        return ShortValue.of(value, elemType, max);
    }
}
