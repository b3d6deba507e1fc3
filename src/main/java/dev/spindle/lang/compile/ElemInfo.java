package dev.spindle.lang.compile;

/**
 * What slice and channel instructions need to know about an element type at run time.
 *
 * @param size the element's size in bytes as Go lays it out (append's growth rounds by it)
 * @param zero the zero value (a {@link ZeroValue} recipe for aggregates; the vm's loader replaces it with the template it copies), null for nilable types
 * @param inline whether elements are structs or arrays held by value
 * @param kind the element's {@link Kind}
 * @param typeName the element type as Go prints it (for make(chan T) descriptions)
 * @param objectName for {@code make(chan T)}: the variable the channel is assigned to ({@code jobs}),
 *                   which the runtime names the channel by on screen; null otherwise
 * @param backing the {@link Backing} of a slice of this element type
 */
public record ElemInfo(long size, Object zero, boolean inline, int kind, String typeName, String objectName, int backing) {

    public ElemInfo(long size, Object zero, boolean inline, int kind, String typeName) {
        this(size, zero, inline, kind, typeName, null, Backing.REF);
    }

    /** This element info for a {@code make(chan T)} whose channel the program calls {@code name}. */
    public ElemInfo named(String name) {
        return new ElemInfo(size, zero, inline, kind, typeName, name, backing);
    }
}
