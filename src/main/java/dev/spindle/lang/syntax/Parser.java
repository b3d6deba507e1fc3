package dev.spindle.lang.syntax;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The entry point of the front end: Go source in, a {@link ParseResult} out — never an exception.
 *
 * <p><b>Snippet mode.</b> Source without a {@code package} clause (code pasted from a blog post) is
 * parsed as the body of {@code package main}: the parser simply behaves as if the clause were
 * there, so every position still refers to the user's own lines. Imports of the supported
 * standard packages that the snippet uses as {@code pkg.Name} are then added, as goimports would
 * do, and {@link ParseResult#addedImports()} lists them for the UI.
 *
 * <p><b>Errors.</b> Lexical and syntax errors come worded and positioned as the gc compiler reports
 * them, at most one syntax error per line, sorted by position. If there are any, Go stops before
 * type checking, and so should the caller. Checks that gc leaves to later phases are not made here
 * (e.g. {@code expression in go must be function call}, labels and {@code break} targets).
 *
 * <p><b>Deep nests of literals.</b> Bodies of function literals nested more than 16 deep are
 * parsed after the file, each from a work list (see {@link ExprParser}), so that the parser's
 * recursion stays shallow however deep closures nest. A parse that did so and then meets an
 * error starts again the plain recursive way ({@link ParseAgain}): errors are always those of
 * the plain parse.
 */
public final class Parser {

    private Parser() {
    }

    /**
     * Parses one Go source file.
     *
     * @param fileName the name used in error messages ({@code prog.go})
     * @param source   the source text
     */
    public static ParseResult parse(String fileName, String source) {
        fileName = fileName == null ? "prog.go" : fileName;
        source = source == null ? "" : source;
        DeclParser p = new DeclParser(fileName, source, true);
        File file;
        try {
            try {
                file = p.file();
            } catch (ParseAgain e) {
                p = new DeclParser(fileName, source, false);
                file = p.file();
            }
        } catch (StackOverflowError e) {
            // Pathologically deep nesting: report it rather than crash.
            List<SyntaxError> errs = new ArrayList<>(p.errors());
            errs.add(new SyntaxError(fileName, new Pos(1, 1), "syntax error: program too deeply nested"));
            File empty = new File(new Pos(1, 1), fileName, new Expr.Ident(new Pos(1, 1), "main"), List.of(), List.of());
            return new ParseResult(empty, sorted(errs), List.of(), p.isSnippet());
        }
        List<String> added = List.of();
        if (p.isSnippet()) {
            SnippetImports.Result r = SnippetImports.add(file);
            file = r.file();
            added = r.added();
        }
        return new ParseResult(file, sorted(p.errors()), added, p.isSnippet());
    }

    private static List<SyntaxError> sorted(List<SyntaxError> errors) {
        List<SyntaxError> out = new ArrayList<>(errors);
        out.sort(Comparator.comparing(SyntaxError::pos)); // stable: equal positions keep their order
        return out;
    }
}
