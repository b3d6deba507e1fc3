package dev.spindle.lang.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.spindle.lang.syntax.ParseResult;
import dev.spindle.lang.syntax.Parser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The shared conformance corpus (../shared/conformance): every program that real Go compiles
 * type-checks without errors here, and each compile-error case (ce_*) reports the expected
 * first line. Skipped when the corpus is absent.
 */
class ConformanceTest {
    private static final Path DIR = Path.of("..", "shared", "conformance");

    @TestFactory
    Stream<DynamicTest> corpus() throws IOException {
        assumeTrue(Files.isDirectory(DIR), "conformance corpus not present");
        List<Path> files;
        try (Stream<Path> s = Files.list(DIR)) {
            files = s.filter(p -> p.toString().endsWith(".go")).sorted().toList();
        }
        return files.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p)));
    }

    private static void check(Path p) throws IOException {
        String name = p.getFileName().toString();
        ParseResult pr = Parser.parse("prog.go", Files.readString(p));
        CheckResult r = Checker.check(pr);
        List<String> lines = r.formatted("prog.go");
        if (name.startsWith("ce_")) {
            Path stderr = p.resolveSibling(name.replace(".go", ".stderr"));
            String first = Files.readAllLines(stderr).getFirst();
            assertThat(lines).as(name).isNotEmpty();
            assertThat(lines.getFirst().split("\n")[0]).as(name).isEqualTo(first);
        } else {
            assertThat(lines).as(name).isEmpty();
        }
    }
}
