package dev.spindle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The top-level command: version and help, through picocli's own execute(). */
class MainTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void versionPrintsTheProjectVersionFromThePom() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).startsWith("spindle ").doesNotContain("unknown").doesNotContain("${");
        assertThat(out.toString().lines().findFirst().orElseThrow()).matches("spindle \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void helpShowsUsageAndTheStandardOptions() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString())
                .startsWith("Usage: spindle")
                .contains("-h, --help", "-V, --version", "Runs Go programs");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void withoutArgumentsItShowsTheSameUsage() {
        assertThat(run()).isZero();
        assertThat(out.toString()).startsWith("Usage: spindle");
    }

    @Test
    void anUnknownOptionIsAUsageErrorNotAStackTrace() {
        assertThat(run("--no-such-option")).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown option: '--no-such-option'").doesNotContain("Exception");
    }
}
