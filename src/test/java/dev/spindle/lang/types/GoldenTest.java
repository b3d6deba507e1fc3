package dev.spindle.lang.types;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spindle.lang.syntax.ParseResult;
import dev.spindle.lang.syntax.Parser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden files by feature under src/test/resources/lang/types: Go programs with the expected
 * error beside the offending line, {@code // ERROR "message"} (several quoted messages when
 * a line has several errors). Each expected message must be reported on its line (the first
 * line of the message, exactly), and no other error may be reported.
 */
class GoldenTest {
    private static final Path DIR = Path.of("src", "test", "resources", "lang", "types");
    private static final Pattern ERROR = Pattern.compile("//\\s*ERROR\\s+(.*)$");
    private static final Pattern QUOTED = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    @TestFactory
    Stream<DynamicTest> golden() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(DIR)) {
            files = s.filter(p -> p.toString().endsWith(".go")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        return files.stream().map(p -> DynamicTest.dynamicTest(DIR.relativize(p).toString(), () -> check(p)));
    }

    private static void check(Path p) throws IOException {
        String src = Files.readString(p);
        Map<Integer, List<String>> want = new TreeMap<>();
        String[] lines = src.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = ERROR.matcher(lines[i]);
            if (m.find()) {
                Matcher q = QUOTED.matcher(m.group(1));
                List<String> msgs = new ArrayList<>();
                while (q.find()) {
                    msgs.add(q.group(1).replace("\\\"", "\"").replace("\\\\", "\\"));
                }
                want.put(i + 1, msgs);
            }
        }
        ParseResult pr = Parser.parse("prog.go", src);
        CheckResult r = Checker.check(pr);
        Map<Integer, List<String>> got = new TreeMap<>();
        for (TypeError e : r.errors()) {
            got.computeIfAbsent(e.pos().line(), k -> new ArrayList<>()).add(e.message().split("\n")[0]);
        }
        assertThat(render(got)).as(p.toString()).isEqualTo(render(want));
    }

    private static String render(Map<Integer, List<String>> m) {
        StringBuilder sb = new StringBuilder();
        m.forEach((line, msgs) -> msgs.stream().sorted().forEach(msg -> sb.append(line).append(": ").append(msg).append('\n')));
        return sb.toString();
    }
}
