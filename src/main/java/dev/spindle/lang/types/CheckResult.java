package dev.spindle.lang.types;

import java.util.ArrayList;
import java.util.List;

/**
 * The outcome of checking a file: the Info (complete as far as checking got) and the errors
 * sorted by position. The program may be compiled only when {@link #ok()}.
 */
public record CheckResult(Info info, List<TypeError> errors) {

    /** Go prints at most this many errors, then "too many errors". */
    public static final int MAX_ERRORS = 10;

    public CheckResult {
        errors = List.copyOf(errors);
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    /**
     * The lines the go command prints: {@code prog.go:LINE:COL: message}; as gc, on reaching
     * the tenth error it stops and adds {@code prog.go:LINE:COL: too many errors} at that
     * tenth error's position.
     */
    public List<String> formatted(String fileName) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < errors.size() && i < MAX_ERRORS; i++) {
            out.add(errors.get(i).format(fileName));
        }
        if (errors.size() >= MAX_ERRORS) {
            out.add(new TypeError(errors.get(MAX_ERRORS - 1).pos(), "too many errors").format(fileName));
        }
        return out;
    }
}
