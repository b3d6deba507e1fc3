package dev.spindle.vm.stdlib;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spindle.lang.compile.Frontend;
import dev.spindle.runtime.EngineConfig;
import dev.spindle.runtime.bridge.GoProgram;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Whole Go programs that lean on the library (fmt of every kind, Stringers and errors, sort with
 * ties, strings, strconv, time), compiled and run by Spindle, against what real Go 1.19 printed:
 * {@code programs/NAME.go} with {@code NAME.stdout} and, if anything, {@code NAME.stderr}, both
 * compared byte for byte; every program exits 0.
 */
class StdlibProgramsTest {

    private static final Path ROOT = Path.of("src/test/resources/dev/spindle/vm/stdlib/programs");

    @TestFactory
    Stream<DynamicTest> programs() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(ROOT)) {
            files = s.filter(p -> p.toString().endsWith(".go")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(f)));
    }

    private static void check(Path go) throws IOException, InterruptedException {
        String base = go.toString().substring(0, go.toString().length() - 3);
        Frontend.Result r = Frontend.compile("prog.go", Files.readString(go, StandardCharsets.UTF_8));
        assertThat(r.errors()).as("compile errors").isEmpty();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = GoProgram.run(r.program(), EngineConfig.of(1, 1, out, err)).exitCode();
        Path stderrFile = Path.of(base + ".stderr");
        String wantErr = Files.exists(stderrFile) ? Files.readString(stderrFile, StandardCharsets.ISO_8859_1) : "";
        assertThat(err.toString(StandardCharsets.ISO_8859_1)).isEqualTo(wantErr);
        assertThat(out.toString(StandardCharsets.ISO_8859_1))
                .isEqualTo(Files.readString(Path.of(base + ".stdout"), StandardCharsets.ISO_8859_1));
        assertThat(code).isZero();
    }
}
