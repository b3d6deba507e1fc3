package dev.spindle.vm.value;

/**
 * A variable that lives on the heap because its address was taken or a closure captured
 * it. Closures share the box, which is how Go's capture by reference works; a Go 1.22 loop
 * variable gets a fresh box per iteration.
 */
public final class Box extends Pointer {
    /** The variable's current value, in the value representation. */
    public Object value;

    public Box(Object value) {
        this.value = value;
    }

    @Override
    public Object load() {
        return value;
    }

    @Override
    public void store(Object v) {
        value = v;
    }

    @Override
    public Object container() {
        return this;
    }

    @Override
    public Owned owned() {
        return this;
    }

    @Override
    public int slot() {
        return 0;
    }
}
