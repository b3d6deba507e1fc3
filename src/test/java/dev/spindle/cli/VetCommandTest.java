package dev.spindle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code spindle vet}: go vet's lines on stderr and its exit status. */
class VetCommandTest {

    private record Vetted(int exit, String stderr) {}

    private static Vetted vet(Path file) {
        PrintStream old = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int exit = Main.commandLine().execute("vet", file.toString());
            return new Vetted(exit, err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(old);
        }
    }

    @Test
    void aWaitGroupPassedByValueGetsBothCopylocksLinesAndExitTwo() {
        Vetted v = vet(Path.of("src/test/resources/vet/waitgroup_by_value.go"));
        assertThat(v.exit()).isEqualTo(2);
        assertThat(v.stderr()).isEqualTo("""
                waitgroup_by_value.go:8:24: worker passes lock by value: sync.WaitGroup contains sync.noCopy
                waitgroup_by_value.go:17:16: call of worker copies lock value: sync.WaitGroup contains sync.noCopy
                """);
    }

    @Test
    void aCleanProgramPrintsNothingAndExitsZero() {
        Vetted v = vet(Path.of("src/test/resources/vet/clean.go"));
        assertThat(v.exit()).isEqualTo(0);
        assertThat(v.stderr()).isEmpty();
    }

    @Test
    void aFileThatDoesNotCompileGetsItsFirstErrorAsGoVetPrintsIt() throws IOException {
        Path bad = Files.createTempFile("bad", ".go");
        try {
            Files.writeString(bad, "package main\n\nfunc main() {\n\ty = 1\n\tz = 2\n}\n");
            Vetted v = vet(bad);
            assertThat(v.exit()).isEqualTo(2);
            assertThat(v.stderr()).isEqualTo("vet: " + bad.getFileName() + ":4:2: undefined: y\n");
        } finally {
            Files.delete(bad);
        }
    }
}
