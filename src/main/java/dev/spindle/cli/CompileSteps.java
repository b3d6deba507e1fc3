package dev.spindle.cli;

import dev.spindle.lang.compile.Frontend;
import java.util.List;

/**
 * The front end as the commands use it: source bytes are read as a byte string (one char per
 * byte) and decoded as UTF-8 for the parser; an unexpected internal failure becomes an error
 * line, never a stack trace.
 */
final class CompileSteps {
    private CompileSteps() {}

    static Frontend.Result compile(String name, String byteSource) {
        List<dev.spindle.lang.syntax.SyntaxError> bad = dev.spindle.lang.syntax.SourceBytes.check(name,
                byteSource.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        if (!bad.isEmpty()) {
            return new Frontend.Result(null, bad.stream().limit(10).map(dev.spindle.lang.syntax.SyntaxError::format).toList());
        }
        String text = new String(byteSource.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1),
                java.nio.charset.StandardCharsets.UTF_8);
        try {
            return Frontend.compile(name, text);
        } catch (RuntimeException | StackOverflowError e) {
            return new Frontend.Result(null, List.of(name + ": spindle internal compiler error: " + e));
        }
    }
}
