package dev.spindle.vm;

/**
 * Raised inside an instruction (or by the runtime host on the goroutine's behalf) to start
 * a Go panic; the interpreter catches it at once and unwinds the goroutine's heap frames.
 * It never escapes to the user, hence no stack trace is captured.
 */
public final class GoPanic extends RuntimeException {
    private final transient Object value;

    /** @param value the panic value as an interface value (IfaceValue or null) */
    public GoPanic(Object value) {
        super(null, null, false, false);
        this.value = value;
    }

    public Object value() {
        return value;
    }
}
