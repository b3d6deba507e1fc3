package dev.spindle.app.play;

import dev.spindle.lang.vet.Finding;
import dev.spindle.lang.vet.Vet;
import java.util.List;

/** go vet's findings on a program, as positioned messages the code view underlines in amber. */
final class VetWarnings {
    private VetWarnings() {}

    /** The findings for a source that compiles (a vet failure shows nothing rather than stop the run). */
    static List<CompileError> of(String fileName, String source) {
        Vet.Result r = Vet.check(fileName, source);
        return r.findings().stream()
                .map((Finding f) -> new CompileError(f.format(fileName), f.pos().line(), f.pos().col(), f.message()))
                .toList();
    }
}
