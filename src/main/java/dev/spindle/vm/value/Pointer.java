package dev.spindle.vm.value;

/**
 * A Go pointer to something that is not a struct or an array (those are pointed to by their
 * holder itself, see the package essay). Subclasses say where the pointee lives.
 */
public abstract sealed class Pointer permits Box, FieldPointer, ElemPointer {
    /** Reads the pointee ({@code *p}). */
    public abstract Object load();

    /** Writes the pointee ({@code *p = v}). */
    public abstract void store(Object v);

    /** The object that holds the pointee (the race detector's location is it and {@link #slot()}). */
    public abstract Object container();

    /** Where in {@link #container()} the pointee is. */
    public abstract int slot();
}
