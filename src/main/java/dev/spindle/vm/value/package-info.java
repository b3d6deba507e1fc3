/**
 * Go values as Java objects: the one representation the interpreter, the runtime and the
 * standard library share (see the team contract, "The value representation").
 *
 * <p>Scalars are boxed Java types ({@code Long} for every integer type, normalized to its
 * width; {@code Double} for floats; {@code Boolean}; {@code String} holding Go's bytes one
 * char per byte, see {@link dev.spindle.vm.value.GoString}). Inside the interpreter the
 * scalars live unboxed on a {@code long[]} operand stack; they are boxed only when they cross
 * into an object slot (an interface, a slice element, a native call).
 *
 * <p>Aggregates are mutable holders: {@link dev.spindle.vm.value.StructValue} and
 * {@link dev.spindle.vm.value.ArrayValue} have value semantics, so the compiler emits a
 * {@code copy()} wherever Go copies (assignment, argument passing, return).
 *
 * <p><b>Pointers.</b> A pointer to a struct or to an array is the {@code StructValue} /
 * {@code ArrayValue} itself: a struct or array variable owns one holder for its whole
 * lifetime and assignment to it overwrites the holder's contents in place
 * ({@code assignFrom}), so {@code &v} can hand out the holder and every alias sees later
 * writes. Pointers to anything else are {@link dev.spindle.vm.value.Pointer}s:
 * a {@link dev.spindle.vm.value.Box} (a variable that escaped: its address was taken or a
 * closure captured it), a field of a struct, or an element of a slice's or array's backing
 * store. Pointer equality is Java identity for holders and boxes, and
 * {@code equals} (same container, same index) for field and element pointers.
 *
 * <p>The elements of slices and arrays of scalar types are stored unboxed ({@code long[]},
 * {@code byte[]} for uint8, {@code double[]}, {@code boolean[]}), everything else in an
 * {@code Object[]}; {@link dev.spindle.vm.value.Elems} is the one place that reads and writes
 * either, so the boxed form above is still what every reader sees.
 *
 * <p>Slices share backing arrays exactly as Go shares them; append grows
 * them by Go's rule, including the rounding up to malloc size classes, so that {@code cap}
 * prints what Go prints. Maps keep insertion order internally and start every iteration at
 * a random position drawn from the run's seeded generator.
 */
package dev.spindle.vm.value;
