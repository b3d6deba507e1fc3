package dev.spindle.vm.stdlib;

import dev.spindle.lang.types.Type;
import dev.spindle.vm.value.FuncValue;
import dev.spindle.vm.value.IfaceValue;
import java.io.OutputStream;
import java.util.random.RandomGenerator;

/**
 * What a native may ask of the running program; the vm implements it, one per goroutine call site
 * (the stdlib keeps no state of its own between calls).
 */
public interface NativeContext {

    /** The program's standard output: byte strings are written as their raw bytes (ISO-8859-1). */
    OutputStream stdout();

    /** The program's standard error. */
    OutputStream stderr();

    /** The run's seeded generator (math/rand draws from it, so a seed repeats a run). */
    RandomGenerator random();

    /**
     * Calls Go method {@code method} on the interface value {@code recv} (its dynamic type's method
     * set decides, value or pointer receiver) and returns its result as a native returns one (a
     * value, an {@code Object[]}, or null). If the Go code panics and does not recover, this throws
     * {@link NativePanic} carrying the panic, so that fmt can print {@code %!v(PANIC=String method: ...)}
     * as Go does; a native that does not catch it lets the panic continue in the caller.
     */
    Object callMethod(IfaceValue recv, String method, Object... args);

    /** Calls a Go func value (sort.Slice's less, rand.Shuffle's swap); panics as for callMethod. */
    Object call(FuncValue f, Object... args);

    /**
     * A library type of the checked program by qualified name ("errors.errorString", "fmt.wrapError",
     * "strconv.NumError", "time.Duration"): the very object the checker used, so that type
     * assertions and {@code errors.As} in the program match values the natives create.
     */
    Type libraryType(String qualifiedName);

    /** The current value of a package-level variable of a library package ("strconv.ErrSyntax", "os.Stdout"). */
    Object global(String qualifiedName);

    /**
     * An opaque, stable address for a reference value (a struct or array holder, a Pointer, a map,
     * a slice's backing array, a func, a chan) as %p and nested pointers print it: the same object
     * always gets the same number during a run, different live objects different numbers, in the
     * style of Go's heap addresses (0xc000012080).
     */
    long addressOf(Object ref);
}
