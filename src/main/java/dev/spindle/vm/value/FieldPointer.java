package dev.spindle.vm.value;

/** A pointer to a non-aggregate field of a struct ({@code &s.count}). */
public final class FieldPointer extends Pointer {
    private final StructValue holder;
    private final int index;

    public FieldPointer(StructValue owner, int index) {
        super(NOBODY);
        this.holder = owner;
        this.index = index;
    }

    @Override
    public Object load() {
        return holder.fields[index];
    }

    @Override
    public void store(Object v) {
        holder.fields[index] = v;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FieldPointer p && p.holder == holder && p.index == index;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(holder) * 31 + index;
    }

    @Override
    public Object container() {
        return holder;
    }

    @Override
    public Owned owned() {
        return holder;
    }

    @Override
    public int slot() {
        return index;
    }
}
