package dev.spindle.vm.stdlib;

import dev.spindle.lang.types.Basic;
import dev.spindle.vm.value.IfaceValue;

/**
 * A Go panic crossing the boundary between Go code and a native, in either direction: thrown by a
 * native to panic (the vm turns it into a Go panic in the calling goroutine), and thrown by
 * {@link NativeContext#callMethod}/{@link NativeContext#call} when Go code called from a native
 * panicked.
 *
 * <p>{@code value} is the panic value as {@code recover()} would return it (an {@link IfaceValue},
 * or null for {@code panic(nil)}). For a runtime error ({@code runtimeError != null}) the vm builds
 * its own runtime.Error value; the text is Go's without the "runtime error: " prefix, e.g.
 * "index out of range [5] with length 3".
 */
public final class NativePanic extends RuntimeException {

    private final transient Object value;
    private final String runtimeError;

    public NativePanic(Object value) {
        this(value, null);
    }

    private NativePanic(Object value, String runtimeError) {
        super(runtimeError != null ? "runtime error: " + runtimeError : "panic", null, false, false);
        this.value = value;
        this.runtimeError = runtimeError;
    }

    /** panic("text") with a Go string (a byte string). */
    public static NativePanic ofString(String goText) {
        return new NativePanic(new IfaceValue(Basic.STRING, goText));
    }

    /** A runtime error such as "index out of range [3] with length 2" (no "runtime error: " prefix). */
    public static NativePanic runtimeError(String text) {
        return new NativePanic(null, text);
    }

    /** The panic value (IfaceValue or null); null as well for runtime errors, see {@link #runtimeError()}. */
    public Object value() {
        return value;
    }

    /** The runtime error's text, or null if this is a panic with a value. */
    public String runtimeError() {
        return runtimeError;
    }
}
