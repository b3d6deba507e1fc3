package dev.spindle.lang.compile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Disassembly golden files: {@code src/test/resources/lang/compile/disasm/NAME.go} compiles to
 * exactly {@code NAME.disasm}. A change in code generation shows up here as a readable diff.
 */
class DisassemblyTest {
    private static final Path ROOT = Path.of("src/test/resources/lang/compile/disasm");

    @TestFactory
    Stream<DynamicTest> disassembly() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(ROOT)) {
            files = s.filter(p -> p.toString().endsWith(".go")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            String name = f.getFileName().toString();
            Frontend.Result r = Frontend.compile(name, Files.readString(f, StandardCharsets.UTF_8));
            assertThat(r.errors()).isEmpty();
            String want = Files.readString(Path.of(f.toString().replaceAll("\\.go$", ".disasm")), StandardCharsets.UTF_8);
            assertThat(Disassembler.disassemble(r.program())).isEqualTo(want);
        }));
    }
}
