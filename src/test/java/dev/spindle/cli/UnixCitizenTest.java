package dev.spindle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** The CLI as a Unix tool: help everywhere, a version command, exit codes stated, SIGPIPE's status. */
class UnixCitizenTest {
    private final StringWriter out = new StringWriter();

    private int run(String... args) {
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(new StringWriter(), true));
        return cli.execute(args);
    }

    @ParameterizedTest
    @ValueSource(strings = {"run", "check", "disasm", "bench", "lessons", "lessons run", "lessons check", "version"})
    void everySubcommandAnswersHelpWithItsUsageAndTheExitCodes(String command) {
        String[] args = (command + " --help").split(" ");
        assertThat(run(args)).isZero();
        assertThat(out.toString()).startsWith("Usage: spindle " + command)
                .contains("-h, --help", "Exit codes:", "141", "os.Exit(N)");
    }

    @Test
    void versionIsASubcommandToo() {
        assertThat(run("version")).isZero();
        assertThat(out.toString().lines().findFirst().orElseThrow()).matches("spindle \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }

    /** The class path entry a class came from (the tests may run on the module path). */
    private static String where(Class<?> c) throws java.net.URISyntaxException {
        return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }

    private static String stderr(Path dir) {
        try {
            return Files.readString(dir.resolve("stderr.txt"));
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }

    /** {@code spindle run forever.go | head -c 1M}: the reader goes, the run ends at once with SIGPIPE's status. */
    @Test
    void aClosedStdoutEndsTheRunAsSigpipeEndsAGoProgram(@TempDir Path dir) throws Exception {
        Path prog = dir.resolve("forever.go");
        Files.writeString(prog, "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfor {\n\t\tfmt.Println(\"yyyyyyyyyyyyyyyyyyyy\")\n\t}\n}\n");
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(javaBin, "-cp", where(Main.class) + java.io.File.pathSeparator + where(CommandLine.class),
                Main.class.getName(), "run", "--procs", "2", prog.toString()))
                .redirectError(dir.resolve("stderr.txt").toFile()).start();
        try (InputStream in = p.getInputStream()) {
            assertThat(in.readNBytes(1 << 20)).as(() -> stderr(dir)).hasSize(1 << 20);
        }
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("exited after its reader went").isTrue();
        assertThat(p.exitValue()).isEqualTo(ClosedPipe.SIGPIPE_STATUS);
    }
}
