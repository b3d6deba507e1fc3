package dev.spindle.cli;

import dev.spindle.lang.compile.Disassembler;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code spindle disasm FILE}: the bytecode of every function, or the compile errors (exit 1). */
@Command(name = "disasm", description = "Print the bytecode of a Go program.")
public final class DisasmCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE.go")
    Path file;

    @Override
    public Integer call() {
        ProgramSource source = ProgramSource.file(file);
        if (source.problems() != null) {
            System.err.print(source.problems());
            return 1;
        }
        System.out.print(Disassembler.disassemble(source.program()));
        return 0;
    }
}
