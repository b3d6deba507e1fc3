package dev.spindle.vm;

import dev.spindle.lang.types.Basic;
import dev.spindle.lang.types.Named;
import dev.spindle.lang.types.Signature;
import dev.spindle.vm.value.IfaceValue;
import java.util.List;

/**
 * The panics the Go runtime raises itself, with Go's exact texts. Their values are
 * {@code runtime.Error}s: an interface value whose dynamic type is {@link #TYPE} and whose
 * value is the full {@code Error()} text, so that {@code fmt.Println(recover())} prints what
 * Go prints.
 */
public final class RuntimeErrors {
    private RuntimeErrors() {}

    /** The dynamic type of runtime error values. Its Error method returns the value. */
    public static final Named TYPE = new Named("runtime", "Error", Basic.STRING);

    /** The marker method of runtime.Error; it does nothing. */
    static final String RUNTIME_ERROR_METHOD = "runtime.Error.RuntimeError";

    static {
        // Declared so that r.(error) and r.(runtime.Error) after recover() succeed, as in Go.
        Named.declareMethod(TYPE, false, "Error", Signature.of(List.of(), List.of(Basic.STRING)), true);
        Named.declareMethod(TYPE, false, "RuntimeError", Signature.of(List.of(), List.of()), true);
    }

    /** A panic with a runtime error whose Error() is {@code runtime error: msg}. */
    public static GoPanic error(String msg) {
        return new GoPanic(new IfaceValue(TYPE, "runtime error: " + msg));
    }

    /** A runtime.Error whose text has no {@code runtime error:} prefix (type assertions). */
    public static GoPanic plain(String text) {
        return new GoPanic(new IfaceValue(TYPE, text));
    }

    public static GoPanic index(long i, long len) {
        return error("index out of range [" + i + "] with length " + len);
    }

    public static GoPanic divide() {
        return error("integer divide by zero");
    }

    public static GoPanic nilDeref() {
        return error("invalid memory address or nil pointer dereference");
    }

    public static GoPanic nilMap() {
        return new GoPanic(new IfaceValue(TYPE, "assignment to entry in nil map"));
    }

    public static GoPanic shift() {
        return error("negative shift amount");
    }
}
