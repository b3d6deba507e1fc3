package dev.spindle.trace;

/**
 * A runtime object an event is about: its kind, its id (unique per kind within one run, in
 * order of first use) and the program's variable name when the compiler knows it (else null).
 */
public record ObjectRef(Kind kind, long id, String name) {

    /** The kinds of runtime objects goroutines can wait on or act on. */
    public enum Kind { CHAN, WAIT_GROUP, MUTEX, RW_MUTEX, ONCE, COND, TIMER }

    public ObjectRef {
        if (kind == null) {
            throw new IllegalArgumentException("kind is required");
        }
    }

    /** A short label for displays and exports: the variable name, else kind#id. */
    public String label() {
        return name != null ? name : kind.name().toLowerCase() + "#" + id;
    }
}
