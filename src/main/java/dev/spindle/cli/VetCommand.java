package dev.spindle.cli;

import dev.spindle.lang.vet.Finding;
import dev.spindle.lang.vet.Vet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code spindle vet FILE}: go vet's analyzers of Tier 2 (copylocks, waitgroup, printf,
 * lostcancel, unusedresult, assign) with their messages, one line each on stderr; exit 0
 * when there is nothing to report and 2 otherwise, as go vet. A file that does not compile
 * gets its first compile error, prefixed {@code vet: } as go vet prints it (exit 2 too).
 */
@Command(name = "vet", description = "Report likely mistakes in a Go program, as go vet does.")
public final class VetCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE.go")
    Path file;

    @Override
    public Integer call() {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            System.err.println("spindle: cannot read " + file + ": "
                    + (e instanceof java.nio.file.NoSuchFileException ? "no such file" : e.getMessage()));
            return 1;
        }
        String name = file.getFileName().toString();
        Vet.Result r = Vet.check(name, new String(bytes, StandardCharsets.UTF_8));
        if (!r.compileErrors().isEmpty()) {
            System.err.println("vet: " + r.compileErrors().getFirst());
            return 2;
        }
        for (Finding f : r.findings()) {
            System.err.println(f.format(name));
        }
        return r.findings().isEmpty() ? 0 : 2;
    }
}
