package dev.spindle.lang.types;

/**
 * A Go type. Identity of types is Java {@code equals}: structural for composite types,
 * by reference for {@link Named} types, by kind for {@link Basic} (so {@code byte} equals
 * {@code uint8}). The vm uses these objects as runtime type descriptors, so equal Go types
 * must also hash alike.
 *
 * <p>{@code toString()} is Go's fully qualified type string ({@code main.T}, {@code []int},
 * {@code map[string]int}) as {@code %T} prints it; error messages use
 * {@link TypeString#relativeTo} which leaves the checked package's own names unqualified.
 */
public sealed interface Type
        permits Basic, Named, Pointer, Slice, Array, MapType, Chan, Signature, Struct, Interface, Tuple {

    /** The underlying type: itself for every type but {@link Named}. */
    default Type underlying() {
        return this;
    }
}
