package dev.spindle.vm;

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
 * Golden programs by feature under {@code src/test/resources/vm/<feature>/NAME.go}, with
 * NAME.stdout (exact), NAME.exit (status) and NAME.stderr (its first line, then the goroutine
 * headers of a crash dump, as the conformance corpus compares them). Expectations come from
 * Go 1.19 with GOMAXPROCS=1, adjusted by hand where Go 1.22+ differs (loop variables,
 * goroutine numbering).
 */
class GoldenProgramsTest {
    private static final Path ROOT = Path.of("src/test/resources/vm");

    @TestFactory
    Stream<DynamicTest> programs() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(ROOT)) {
            files = s.filter(p -> p.toString().endsWith(".go")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        return files.stream().map(f -> DynamicTest.dynamicTest(ROOT.relativize(f).toString(), () -> check(f)));
    }

    private static void check(Path go) throws IOException, InterruptedException {
        String base = go.toString().substring(0, go.toString().length() - 3);
        String src = Files.readString(go, StandardCharsets.UTF_8);
        Frontend.Result r = Frontend.compile("prog.go", src);
        assertThat(r.errors()).as("compile errors").isEmpty();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = GoProgram.run(r.program(), EngineConfig.of(1, 1, out, err)).exitCode();
        String stdout = out.toString(StandardCharsets.ISO_8859_1);
        assertThat(stdout).isEqualTo(Files.readString(Path.of(base + ".stdout"), StandardCharsets.ISO_8859_1));
        int want = Integer.parseInt(Files.readString(Path.of(base + ".exit")).trim());
        assertThat(code).as("exit status; stderr: " + err).isEqualTo(want);
        List<String> expectedErr = Files.readAllLines(Path.of(base + ".stderr"));
        List<String> errLines = err.toString(StandardCharsets.UTF_8).lines().toList();
        if (!expectedErr.isEmpty()) {
            assertThat(errLines.getFirst()).isEqualTo(expectedErr.getFirst());
            List<String> headers = errLines.stream().filter(l -> l.matches("goroutine \\d+ \\[[^]]*]:")).toList();
            assertThat(headers).isEqualTo(expectedErr.subList(1, expectedErr.size()));
        } else {
            assertThat(errLines).isEmpty();
        }
    }
}
