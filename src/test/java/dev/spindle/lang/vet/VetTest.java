package dev.spindle.lang.vet;

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
 * Vet golden files: {@code src/test/resources/vet/NAME.go} vetted as prog.go prints exactly
 * {@code NAME.vet}. The expectations are Go 1.19's {@code go vet prog.go} lines (without its
 * "# command-line-arguments" header and "./"), changed where Go 1.25 words it differently
 * (sync.Once contains sync.noCopy; "possible Printf formatting directive") or has an analyzer
 * Go 1.19 lacks (waitgroup).
 */
class VetTest {
    private static final Path ROOT = Path.of("src/test/resources/vet");

    @TestFactory
    Stream<DynamicTest> golden() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(ROOT)) {
            files = s.filter(p -> p.toString().endsWith(".go")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            Vet.Result r = Vet.check("prog.go", Files.readString(f, StandardCharsets.UTF_8));
            assertThat(r.compileErrors()).isEmpty();
            String got = String.join("", r.findings().stream().map(x -> x.format("prog.go") + "\n").toList());
            String want = Files.readString(Path.of(f.toString().replaceAll("\\.go$", ".vet")), StandardCharsets.UTF_8);
            assertThat(got).isEqualTo(want);
        }));
    }
}
