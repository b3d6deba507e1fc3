package dev.spindle.vm;

/**
 * A standard-library function as the interpreter calls it: arguments in the value
 * representation (already converted to the parameter types), the result as the contract says
 * (null for none, the value for one, an Object[] for several). Throwing {@link GoPanic}
 * panics the calling goroutine. The adapter to {@code vm.stdlib.Natives} implements this.
 */
@FunctionalInterface
public interface NativeFn {
    Object call(Goroutine g, Object[] args);
}
