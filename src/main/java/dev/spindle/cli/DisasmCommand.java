package dev.spindle.cli;

import dev.spindle.lang.compile.Disassembler;
import dev.spindle.lang.compile.Frontend;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code spindle disasm FILE}: the bytecode of every function. */
@Command(name = "disasm", description = "Print the bytecode of a Go program.")
public final class DisasmCommand implements Callable<Integer> {
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
        if (!r.ok()) {
            r.errors().forEach(System.err::println);
            return 1;
        }
        System.out.print(Disassembler.disassemble(r.program()));
        return 0;
    }
}
