package dev.spindle.lang.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden syntax-error files: each {@code lang/syntax/errors/*.go} marks every line where the parser
 * must report an error with {@code // ERROR "message"} (several quoted messages if several
 * errors), in the modern gc wording; no other error may be reported. Each {@code
 * lang/syntax/valid/*.go} must parse without any error.
 */
class GoldenErrorsTest {

    private static final Pattern ERROR_COMMENT = Pattern.compile("// ERROR (.*)$");
    private static final Pattern QUOTED = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    @TestFactory
    Stream<DynamicTest> errorFiles() throws IOException {
        return files("errors").map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            String src = Files.readString(p, StandardCharsets.UTF_8);
            ParseResult r = Parser.parse("prog.go", src);
            assertThat(actual(r)).as("errors of %s", p.getFileName()).isEqualTo(expected(src));
        }));
    }

    @TestFactory
    Stream<DynamicTest> validFiles() throws IOException {
        return files("valid").map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            ParseResult r = Parser.parse("prog.go", Files.readString(p, StandardCharsets.UTF_8));
            assertThat(r.errors()).isEmpty();
            assertThat(r.snippet()).isFalse();
        }));
    }

    private static Stream<Path> files(String dir) throws IOException {
        Path root = Path.of("src/test/resources/lang/syntax", dir);
        try (Stream<Path> s = Files.list(root)) {
            List<Path> list = s.filter(p -> p.toString().endsWith(".go")).sorted().toList();
            assertThat(list).isNotEmpty();
            return list.stream();
        }
    }

    /** "LINE: message" for each expected error, in line order. */
    static List<String> expected(String src) {
        List<String> out = new ArrayList<>();
        String[] lines = src.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = ERROR_COMMENT.matcher(lines[i]);
            if (!m.find()) continue;
            Matcher q = QUOTED.matcher(m.group(1));
            while (q.find()) {
                out.add((i + 1) + ": " + q.group(1).replace("\\\"", "\"").replace("\\\\", "\\"));
            }
        }
        return out;
    }

    static List<String> actual(ParseResult r) {
        return r.errors().stream().map(e -> e.pos().line() + ": " + e.message()).toList();
    }
}
