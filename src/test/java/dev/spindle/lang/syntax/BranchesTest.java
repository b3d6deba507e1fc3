package dev.spindle.lang.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden files for {@link Branches}: {@code lang/syntax/branches/*.go}, with {@code // ERROR
 * "message"} on each line where gc reports a label or branch error (expectations confirmed with
 * go tool compile).
 */
class BranchesTest {

    @TestFactory
    Stream<DynamicTest> branchFiles() throws IOException {
        Path root = Path.of("src/test/resources/lang/syntax/branches");
        List<Path> files;
        try (Stream<Path> s = Files.list(root)) {
            files = s.filter(p -> p.toString().endsWith(".go")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        return files.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            String src = Files.readString(p, StandardCharsets.UTF_8);
            ParseResult r = Parser.parse("prog.go", src);
            assertThat(r.errors()).isEmpty();
            List<String> actual = Branches.check(r.file()).stream()
                    .sorted(Comparator.comparing(SyntaxError::pos))
                    .map(e -> e.pos().line() + ": " + e.message()).toList();
            assertThat(actual).isEqualTo(GoldenErrorsTest.expected(src));
        }));
    }
}
