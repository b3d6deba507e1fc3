package dev.spindle.vm.value;

/**
 * A Go pointer to something that is not a struct or an array (those are pointed to by their
 * holder itself, see the package essay). Subclasses say where the pointee lives.
 */
public abstract sealed class Pointer extends Owned permits Box, FieldPointer, ElemPointer {
    /** A box: owned by the goroutine that makes it. */
    Pointer() {
    }

    /** A field or element pointer: the pointee's owner is {@link #owned()}'s. */
    Pointer(int owner) {
        super(owner);
    }

    /** What owns the pointee: the box itself, the struct, or the backing array's cell. */
    public abstract Owned owned();

    /** Reads the pointee ({@code *p}). */
    public abstract Object load();

    /** Writes the pointee ({@code *p = v}). */
    public abstract void store(Object v);

    /** The object that holds the pointee (the race detector's location is it and {@link #slot()}). */
    public abstract Object container();

    /** Where in {@link #container()} the pointee is. */
    public abstract int slot();
}
