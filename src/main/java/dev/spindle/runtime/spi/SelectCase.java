package dev.spindle.runtime.spi;

/**
 * One case of a select: a send of {@code value} on {@code chan} or a receive from it.
 * {@code chan} may be null (a nil channel: the case is never ready).
 */
public record SelectCase(Chan chan, boolean send, Object value) {

    public static SelectCase recv(Chan chan) {
        return new SelectCase(chan, false, null);
    }

    public static SelectCase send(Chan chan, Object value) {
        return new SelectCase(chan, true, value);
    }
}
