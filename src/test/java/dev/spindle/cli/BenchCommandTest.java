package dev.spindle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code spindle bench --smoke}: the suite's every program runs on the engine and gets its
 * row. No figure is checked (benchmarks print figures; they are not timed tests).
 */
class BenchCommandTest {

    @Test
    void smokeRunPrintsARowPerSuiteProgram() {
        BenchCommand bench = new BenchCommand();
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        bench.out = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        int code = new CommandLine(bench).execute("--smoke", "--vm-only", "--no-go", "--no-yaegi");
        String text = buffer.toString(StandardCharsets.UTF_8);
        assertThat(code).as(text).isZero();
        assertThat(text).contains("smoke sizes", "go not on the PATH").doesNotContain("failed");
        for (String name : BenchProgram.NAMES) {
            assertThat(text.lines().filter(l -> l.startsWith("  " + name + " ")).count()).as(name).isEqualTo(1);
        }
    }
}
