package dev.spindle.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code spindle check FILE}: the compile errors in Go's words (exit 1), or nothing (exit 0). */
@Command(name = "check", description = "Report the compile errors of a Go program.")
public final class CheckCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE.go")
    Path file;

    @Override
    public Integer call() {
        ProgramSource source = ProgramSource.file(file);
        if (source.problems() != null) {
            System.err.print(source.problems());
            return 1;
        }
        return 0;
    }
}
