package dev.spindle.vm.value;

/** A pointer to a non-aggregate field of a struct ({@code &s.count}). */
public final class FieldPointer extends Pointer {
    private final StructValue owner;
    private final int index;

    public FieldPointer(StructValue owner, int index) {
        this.owner = owner;
        this.index = index;
    }

    @Override
    public Object load() {
        return owner.fields[index];
    }

    @Override
    public void store(Object v) {
        owner.fields[index] = v;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FieldPointer p && p.owner == owner && p.index == index;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(owner) * 31 + index;
    }

    @Override
    public Object container() {
        return owner;
    }

    @Override
    public int slot() {
        return index;
    }
}
