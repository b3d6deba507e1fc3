package dev.spindle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * {@code spindle run --race} on the corpus in {@code src/test/resources/race} (see its
 * README): every racy program is reported with the right two lines and exits 66, every
 * correct one runs clean and exits 0, under GOMAXPROCS 1, 2 and 4 and three seeds each;
 * three reports are compared with golden files line for line.
 */
class RaceCorpusTest {
    static final Path CORPUS = Path.of("src/test/resources/race");
    private static final Pattern ACCESS = Pattern.compile(
            "^(?:Read|Write|Previous read|Previous write) at (0x[0-9a-f]{12}) by (?:main goroutine|goroutine \\d+):\\n  \\S+\\(\\)\\n      \\S+\\.go:(\\d+) \\+0x[0-9a-f]+$",
            Pattern.MULTILINE);

    record Run(int exit, String stdout, String stderr) {}

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        RunCommand command = new RunCommand();
        command.stdout = out;
        command.stderr = err;
        int exit = new CommandLine(command).execute(args);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Stream<String> programs() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".go")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("programs")
    void reportsTheRightTwoLinesOrNothing(String name) throws IOException {
        Path file = CORPUS.resolve(name);
        Set<Set<Integer>> allowed = expectedPairs(Files.readString(file));
        for (int procs : new int[] {1, 2, 4}) {
            for (int seed : new int[] {1, 2, 3}) {
                Run r = run("--race", "--procs", "" + procs, "--seed", "" + seed, file.toString());
                String where = name + " at --procs " + procs + " --seed " + seed;
                List<Set<Integer>> reported = reportedPairs(r.stderr());
                if (allowed.isEmpty()) {
                    assertThat(r.stderr()).as(where).doesNotContain("DATA RACE");
                    assertThat(r.exit()).as(where).isZero();
                } else {
                    assertThat(reported).as(where + "\n" + r.stderr()).isNotEmpty();
                    assertThat(allowed).as(where + "\n" + r.stderr()).containsAll(reported);
                    assertThat(r.stderr()).as(where).endsWith("Found " + reported.size() + " data race(s)\n");
                    assertThat(r.exit()).as(where).isEqualTo(66);
                }
            }
        }
    }

    /** The unordered line pairs of each report in {@code stderr} (the two accesses' innermost frames). */
    static List<Set<Integer>> reportedPairs(String stderr) {
        List<Set<Integer>> pairs = new ArrayList<>();
        for (String report : stderr.split("==================\nWARNING: DATA RACE\n")) {
            Matcher m = ACCESS.matcher(report);
            List<Integer> lines = new ArrayList<>();
            while (m.find()) {
                lines.add(Integer.parseInt(m.group(2)));
            }
            if (!lines.isEmpty()) {
                assertThat(lines).as(report).hasSize(2);
                pairs.add(pair(lines.get(0), lines.get(1)));
            }
        }
        return pairs;
    }

    private static Set<Integer> pair(int a, int b) {
        return a == b ? Set.of(a) : Set.of(a, b);
    }

    private static Set<Set<Integer>> expectedPairs(String source) {
        Set<Set<Integer>> pairs = new java.util.HashSet<>();
        Matcher m = Pattern.compile("^// race: (\\d+) (\\d+)$", Pattern.MULTILINE).matcher(source);
        while (m.find()) {
            pairs.add(pair(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
        }
        return pairs;
    }

    @ParameterizedTest
    @MethodSource("goldens")
    void printsGoReportWordForWord(String name) throws IOException {
        Path file = CORPUS.resolve(name + ".go");
        Run r = run("--race", "--procs", "1", "--seed", "1", file.toString());
        String dir = file.toAbsolutePath().normalize().getParent().toString() + "/";
        assertThat(r.stderr().replace(dir, "/path/"))
                .isEqualTo(Files.readString(CORPUS.resolve("golden/" + name + ".stderr")));
        assertThat(r.exit()).isEqualTo(66);
    }

    static Stream<String> goldens() {
        // read/write, write/write, an earlier access by a goroutine that has finished, and an
        // atomic write racing a plain read
        return Stream.of("racy_counter", "racy_slice_elem", "racy_finished", "racy_atomic_plain");
    }
}
