package dev.spindle.lang.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The shared conformance corpus ({@code ../shared/conformance}, read in place, not copied): every
 * program parses without a syntax error, except the syntax-error cases, whose first reported error
 * is the expected first line of stderr. Skipped when the corpus is not next to the project.
 */
class ConformanceParseTest {

    private static final Path CORPUS = Path.of("..", "shared", "conformance");

    @TestFactory
    Stream<DynamicTest> corpusParses() throws IOException {
        assumeTrue(Files.isDirectory(CORPUS), "conformance corpus not found");
        List<Path> files;
        try (Stream<Path> s = Files.list(CORPUS)) {
            files = s.filter(p -> p.toString().endsWith(".go")).sorted().toList();
        }
        return files.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            String name = p.getFileName().toString().replace(".go", "");
            ParseResult r = Parser.parse("prog.go", Files.readString(p, StandardCharsets.UTF_8));
            if (name.startsWith("ce_syntax")) {
                String first = Files.readAllLines(CORPUS.resolve(name + ".stderr"), StandardCharsets.UTF_8).get(0);
                assertThat(r.errors()).isNotEmpty();
                assertThat(r.errors().get(0).format()).isEqualTo(first);
            } else {
                assertThat(r.errors()).isEmpty();
                assertThat(r.snippet()).isEqualTo(name.startsWith("snippet"));
            }
        }));
    }
}
