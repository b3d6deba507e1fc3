package dev.spindle.cli;

import dev.spindle.lang.compile.Frontend;

/**
 * The front end as the commands use it: source bytes are read as a byte string (one char per
 * byte), checked and decoded by {@link Frontend#compileBytes}, which never throws.
 */
final class CompileSteps {
    private CompileSteps() {}

    static Frontend.Result compile(String name, String byteSource) {
        return Frontend.compileBytes(name, byteSource.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    }
}
