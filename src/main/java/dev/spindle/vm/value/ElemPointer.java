package dev.spindle.vm.value;

/** A pointer to a non-aggregate element of a backing store ({@code &xs[i]}, {@code &arr[i]}). */
public final class ElemPointer extends Pointer {
    private final Object store;
    private final int index;

    private final Owned cell;

    /** {@code cell}: what owns {@code store} (a slice's {@link SliceValue#cell}, or the array). */
    public ElemPointer(Object store, int index, Owned cell) {
        super(NOBODY);
        this.cell = cell;
        this.store = store;
        this.index = index;
    }

    @Override
    public Object load() {
        return Elems.get(store, index);
    }

    @Override
    public void store(Object v) {
        Elems.set(store, index, v);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ElemPointer p && p.store == store && p.index == index;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(store) * 31 + index;
    }

    @Override
    public Object container() {
        return store;
    }

    @Override
    public Owned owned() {
        return cell;
    }

    @Override
    public int slot() {
        return index;
    }
}
