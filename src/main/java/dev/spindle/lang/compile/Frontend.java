package dev.spindle.lang.compile;

import dev.spindle.lang.syntax.ParseResult;
import dev.spindle.lang.syntax.Parser;
import dev.spindle.lang.syntax.SyntaxError;
import dev.spindle.lang.types.CheckResult;
import dev.spindle.lang.types.Checker;
import java.util.ArrayList;
import java.util.List;

/**
 * The whole front end in one call: parse, check, compile. Either a Program or the compile
 * errors as the go command prints them ({@code prog.go:LINE:COL: message}, at most ten then
 * {@code too many errors}).
 */
public final class Frontend {
    private Frontend() {}

    /** The outcome: exactly one of program and errors is meaningful. */
    public record Result(Program program, List<String> errors) {
        public boolean ok() {
            return program != null;
        }
    }

    /**
     * Compiles one file; never throws and never overflows the caller's stack: the phases
     * run on a deep-stack thread of their own ({@link FrontendGuard}).
     */
    public static Result compile(String fileName, String source) {
        return FrontendGuard.run(fileName, source, () -> phases(fileName, source));
    }

    /**
     * Compiles a file as read from disk: Go's checks on the raw bytes first (NUL, invalid
     * UTF-8: {@link dev.spindle.lang.syntax.SourceBytes}), then the text decoded as UTF-8.
     */
    public static Result compileBytes(String fileName, byte[] bytes) {
        List<dev.spindle.lang.syntax.SyntaxError> bad = dev.spindle.lang.syntax.SourceBytes.check(fileName, bytes);
        if (!bad.isEmpty()) {
            return new Result(null, bad.stream().limit(10).map(dev.spindle.lang.syntax.SyntaxError::format).toList());
        }
        return compile(fileName, new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
    }

    private static Result phases(String fileName, String source) {
        ParseResult pr = Parser.parse(fileName, source);
        if (!pr.ok()) {
            List<String> out = new ArrayList<>();
            for (SyntaxError e : pr.errors()) {
                if (out.size() == 10) {
                    out.add(fileName + ":" + e.pos().line() + ":" + e.pos().col() + ": too many errors");
                    break;
                }
                out.add(e.format());
            }
            return new Result(null, out);
        }
        CheckResult cr = Checker.check(pr);
        if (!cr.ok()) {
            return new Result(null, cr.formatted(fileName));
        }
        return new Result(Compiler.compile(pr.file(), cr.info()), List.of());
    }
}
