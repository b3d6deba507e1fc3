package dev.spindle.cli;

import dev.spindle.lang.compile.Frontend;
import dev.spindle.vm.host.ProgramRunner;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code spindle run [--seed S] [--procs N] FILE.go}: compiles and runs a program with the
 * program's own stdout, stderr and exit status, as {@code go run}'s program gives them
 * (compile errors exit 1, crashes 2).
 */
@Command(name = "run", description = "Compile and run a Go program.")
public final class RunCommand implements Callable<Integer> {
    @Option(names = "--seed", description = "Seed for map order, select and math/rand (default 1).")
    long seed = 1;

    @Option(names = "--procs", description = "GOMAXPROCS (accepted; the single-P host ignores it for now).")
    int procs = 1;

    @Parameters(index = "0", paramLabel = "FILE.go")
    Path file;

    @Override
    public Integer call() throws IOException {
        String source;
        try {
            source = Files.readString(file, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            System.err.println("spindle: cannot read " + file + ": " + e.getMessage());
            return 1;
        }
        String name = file.getFileName().toString();
        Frontend.Result r = CompileSteps.compile(name, source);
        if (!r.ok()) {
            PrintStream err = System.err;
            for (String line : r.errors()) {
                err.println(line);
            }
            return 1;
        }
        OutputStream out = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16);
        OutputStream err = new BufferedOutputStream(new FileOutputStream(FileDescriptor.err), 1 << 12);
        try {
            return ProgramRunner.run(r.program(), seed, procs, out, err);
        } finally {
            out.flush();
            err.flush();
        }
    }
}
