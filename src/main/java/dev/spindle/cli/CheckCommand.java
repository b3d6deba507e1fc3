package dev.spindle.cli;

import dev.spindle.lang.compile.Frontend;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code spindle check FILE}: the compile errors (exit 1), or nothing (exit 0). */
@Command(name = "check", description = "Report the compile errors of a Go program.")
public final class CheckCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE.go")
    Path file;

    @Override
    public Integer call() {
        String source;
        try {
            source = Files.readString(file, StandardCharsets.ISO_8859_1);
        } catch (java.io.IOException e) {
            System.err.println("spindle: cannot read " + file + ": " + e.getMessage());
            return 1;
        }
        Frontend.Result r = CompileSteps.compile(file.getFileName().toString(), source);
        for (String line : r.errors()) {
            System.err.println(line);
        }
        return r.ok() ? 0 : 1;
    }
}
