/**
 * Spindle's Go standard library: the functions of fmt, strings, strconv, math, sort, errors,
 * math/rand, the clock-free part of time, and os's output files, implemented in Java over the
 * VM's value representation ({@code dev.spindle.vm.value}).
 *
 * <p><b>The boundary.</b> The checker declares every library function from small Go stub files
 * (owned by the types helper) and marks the bodiless ones native; the vm resolves each by its
 * qualified name in {@link dev.spindle.vm.stdlib.Natives} ({@code "fmt.Println"},
 * {@code "time.Duration.String"}: methods as {@code pkg.Type.Method}, receiver first) and calls
 * {@link dev.spindle.vm.stdlib.NativeFunction#call} with arguments already in the value
 * representation. A native reaches back into the running program only through its
 * {@link dev.spindle.vm.stdlib.NativeContext}: output streams, the run's seeded random generator,
 * calls of Go methods and funcs (Error and String for fmt, Less for sort), the checked program's
 * library types, library globals and opaque addresses. A Go panic crosses the boundary in either
 * direction as {@link dev.spindle.vm.stdlib.NativePanic}. The library keeps no state between calls,
 * so it is shared by every goroutine and every run.
 *
 * <p><b>Errors are ordinary Go values.</b> We chose not to invent Java error classes: what
 * {@code errors.New} returns is an {@code IfaceValue} whose dynamic type is the checker's
 * {@code *errors.errorString} and whose value is a {@code StructValue} with its one field
 * {@code s} — exactly Go's shape. So {@code %T} prints {@code *errors.errorString}, {@code ==}
 * compares pointers, type assertions and {@code errors.As} work with no special case, and
 * {@code %v} of an error calls its Error method like any user type's. {@code fmt.Errorf} returns
 * {@code *fmt.wrapError} (one %w), {@code *fmt.wrapErrors} (several) or {@code *errors.errorString};
 * strconv returns {@code *strconv.NumError} whose Err is the current value of
 * {@code strconv.ErrSyntax}/{@code ErrRange} (native variables initialised once per run).
 *
 * <p><b>Faithful to the character.</b> Go's output is the specification, so the code follows Go's
 * sources structurally rather than approximating them with Java's formatter: {@code fmt/print.go}
 * and {@code format.go} (verb walk, flags, bad-verb forms, padding counted in runes), strconv's
 * float layout over the shortest digits, quoting with Go's printable rules, Duration.String,
 * Go's pdqsort and SymMerge so that equal elements end up where Go leaves them. Strings are byte
 * strings (one char per byte); every rune-aware operation decodes UTF-8 as Go does, invalid bytes
 * reading as U+FFFD.
 *
 * <p>Subpackages: {@code text} (pure algorithms over byte strings and numbers, no values),
 * {@code fmt} (the printer), {@code lib} (the natives of the other packages).
 */
package dev.spindle.vm.stdlib;
