package dev.spindle.vm.stdlib;

/**
 * A library function or method implemented in Java. The vm calls it with the arguments already in
 * the value representation and converted to the parameter types; a method's receiver comes first; a
 * variadic {@code ...T} parameter arrives as one SliceValue (or null when empty). The result is the
 * single result value, an {@code Object[]} for several results, or null for none.
 *
 * <p>A native signals a Go panic by throwing {@link NativePanic}; it never throws anything else on
 * purpose.
 */
@FunctionalInterface
public interface NativeFunction {
    Object call(NativeContext ctx, Object[] args);
}
