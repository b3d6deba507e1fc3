package dev.spindle.lang.syntax;

import java.util.List;

/**
 * What {@link Parser#parse} returns: the tree (always present, best effort when there are errors:
 * unparsable parts become {@link Expr.Bad}/{@link Stmt.Bad} or are skipped), the errors sorted by
 * position (at most one per line, as Go reports them), and, in snippet mode, the import paths that
 * were added ({@code "fmt"}, {@code "math/rand"}), sorted by path.
 */
public record ParseResult(File file, List<SyntaxError> errors, List<String> addedImports, boolean snippet) {

    public ParseResult {
        errors = List.copyOf(errors);
        addedImports = List.copyOf(addedImports);
    }

    /** Whether the source parsed without error. */
    public boolean ok() {
        return errors.isEmpty();
    }
}
