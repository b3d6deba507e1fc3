package dev.spindle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spindle.lang.compile.Frontend;
import dev.spindle.runtime.EngineConfig;
import dev.spindle.runtime.RunResult;
import dev.spindle.runtime.bridge.GoProgram;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The bench suite's programs at their smoke sizes print what Go 1.19 prints for them
 * ({@code src/test/resources/bench/NAME.smoke.stdout}, from {@code go run} with GOMAXPROCS=1):
 * the suite measures programs that run correctly. No timing here: benchmarks print figures.
 */
class BenchProgramTest {

    @TestFactory
    Stream<DynamicTest> smokeSizesPrintGosOutput() {
        return BenchProgram.NAMES.stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            BenchProgram program = BenchProgram.load(name, true);
            assertThat(program.source()).doesNotContain("// bench: smoke");
            Frontend.Result r = Frontend.compile(name + ".go", program.source());
            assertThat(r.errors()).isEmpty();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            RunResult result = GoProgram.run(r.program(), EngineConfig.of(1, 1, out, err));
            assertThat(result.exitCode()).as(err.toString(StandardCharsets.UTF_8)).isZero();
            assertThat(out.toString(StandardCharsets.UTF_8))
                    .isEqualTo(Files.readString(Path.of("src/test/resources/bench/" + name + ".smoke.stdout")));
        }));
    }
}
