package dev.spindle.runtime.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spindle.lang.compile.Frontend;
import dev.spindle.runtime.Engine;
import dev.spindle.runtime.EngineConfig;
import dev.spindle.runtime.RunResult;
import dev.spindle.trace.Validator;
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
 * Tier 2 programs (context, errgroup, semaphore, sync.Map, sync values copied by value, the
 * playground clock, and the bugs outside programs found) under {@code src/test/resources/tier2},
 * run on the engine with one P, as Go by Example's chapters would be. NAME.stdout is exact,
 * NAME.exit the status, NAME.stderr the first line then the goroutine headers of a crash dump.
 * The expectations are Go 1.19's output (GOMAXPROCS=1) where Go 1.19 has the feature, else
 * checked by hand against the Go documentation; wait reasons are Go 1.25's.
 */
class Tier2ProgramsTest {
    private static final Path ROOT = Path.of("src/test/resources/tier2");

    @TestFactory
    Stream<DynamicTest> programs() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(ROOT)) {
            files = s.filter(p -> p.toString().endsWith(".go")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(f)));
    }

    private static void check(Path go) throws Exception {
        String base = go.toString().substring(0, go.toString().length() - 3);
        Frontend.Result r = Frontend.compile(go.getFileName().toString(), Files.readString(go, StandardCharsets.UTF_8));
        assertThat(r.errors()).as("compile errors").isEmpty();
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        Engine engine = GoProgram.engine(r.program(), EngineConfig.of(1, 1, out, err));
        RunResult result = engine.run();
        Validator.requireValid(engine.log().snapshot());
        assertThat(out.toString(StandardCharsets.UTF_8))
                .isEqualTo(Files.readString(Path.of(base + ".stdout"), StandardCharsets.UTF_8));
        List<String> errLines = err.toString(StandardCharsets.UTF_8).lines().toList();
        int want = Integer.parseInt(Files.readString(Path.of(base + ".exit")).trim());
        assertThat(result.exitCode()).as("exit status; stderr: " + errLines).isEqualTo(want);
        List<String> expectedErr = Files.readAllLines(Path.of(base + ".stderr"));
        if (expectedErr.isEmpty()) {
            assertThat(errLines).isEmpty();
            return;
        }
        assertThat(errLines.getFirst()).isEqualTo(expectedErr.getFirst());
        List<String> headers = errLines.stream().filter(l -> l.matches("goroutine \\d+ \\[[^]]*]:")).toList();
        assertThat(headers).isEqualTo(expectedErr.subList(1, expectedErr.size()));
    }
}
