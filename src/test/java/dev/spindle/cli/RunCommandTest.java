package dev.spindle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code spindle run} as a user types it: a file or a lesson, on the engine, with its options. */
class RunCommandTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        RunCommand command = new RunCommand();
        command.stdout = out;
        command.stderr = err;
        return new CommandLine(command).execute(args);
    }

    private Path program(String source) throws IOException {
        Path file = dir.resolve("prog.go");
        Files.writeString(file, source);
        return file;
    }

    private static final String WORKERS = """
            package main

            import (
            	"fmt"
            	"sync"
            )

            func main() {
            	var wg sync.WaitGroup
            	results := make([]int, 4)
            	for i := range 4 {
            		wg.Add(1)
            		go func() {
            			defer wg.Done()
            			results[i] = i * i
            		}()
            	}
            	wg.Wait()
            	fmt.Println(results)
            }
            """;

    @Test
    void runsAProgramOnSeveralCarriersWithItsOwnOutput() throws IOException {
        int exit = run("--procs", "2", "--seed", "3", program(WORKERS).toString());

        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("[0 1 4 9]\n");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void statsFollowTheProgramsOutputOnStderr() throws IOException {
        int exit = run("--procs", "2", "--stats", program(WORKERS).toString());

        assertThat(exit).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("goroutines").contains("steals");
        // Times with a unit chosen by magnitude, never seconds to six places.
        assertThat(err.toString(StandardCharsets.UTF_8)).containsPattern("virtual time: +[0-9.]+ (ns|µs|ms|s)\\R")
                .doesNotContain("0.000000");
        // Each carrier's CPU time beside its waits, so that a barrier's wait can be told from a
        // carrier the OS left without a core.
        assertThat(err.toString(StandardCharsets.UTF_8))
                .containsPattern("carrier 0 on CPU: +[0-9.]+ (ns|µs|ms|s) \\(wall [0-9.]+ (ns|µs|ms|s) with work but no core\\)\\R")
                .containsPattern("carrier 1 on CPU: ");
    }

    @Test
    void traceWritesPerfettoJson() throws IOException {
        Path trace = dir.resolve("trace.json");

        int exit = run("--procs", "2", "--trace", trace.toString(), program(WORKERS).toString());

        assertThat(exit).isZero();
        String json = Files.readString(trace);
        assertThat(json).startsWith("{").contains("\"traceEvents\"").contains("carrier");
    }

    @Test
    void compileErrorsAreGoWordedAndExitOne() throws IOException {
        int exit = run(program("package main\n\nfunc main() {\n\tx := 1\n}\n").toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("prog.go:4:2: declared and not used: x\n");
        assertThat(out.size()).isZero();
    }

    @Test
    void aMissingFileIsOneClearLine() {
        int exit = run(dir.resolve("nope.go").toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("spindle: cannot read ").endsWith("no such file\n");
    }

    @Test
    void runsABuiltInLesson() {
        int exit = run("--lesson", "2", "--seed", "1");

        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("All goroutines finished executing");
    }

    @Test
    void anUnknownLessonSaysWhichOnesExist() {
        int exit = run("--lesson", "99");

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("spindle: there is no lesson 99 (the course has 1..");
    }

    @Test
    void runsEachProgramOfAGalleryLesson() {
        int exit = run("--lesson", "15", "--variant", "2", "--procs", "1");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("fatal error: all goroutines are asleep - deadlock!");
    }

    @Test
    void aVariantOutOfRangeSaysHowManyThereAre() {
        int exit = run("--lesson", "2", "--variant", "2");

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("spindle: lesson 2 has one program, not 2\n");
    }

    @Test
    void replaysAYouScheduleTokenOfTheFreeModel() throws IOException {
        // Lesson 22's two deposits: these decisions lose an update, those do not (tokens as the window's copy button gives them;
        // reads and writes of the shared balance are decisions of their own since racy accesses are ordered, vm.value.Owned).
        Path file = program(Files.readString(Path.of("resources/lessons/22-lost-update/main.go")));
        assertThat(run("--schedule", "2.f1", file.toString())).isZero();
        assertThat(out.toString()).endsWith("balance 10\n");
        out.reset();
        assertThat(run("--schedule", "2.f1.010111", file.toString())).isZero();
        assertThat(out.toString()).isEqualTo("alice read 0\nbob read 10\nbalance 20\n");
        out.reset();
        assertThat(run("--schedule", "2.f1.010111", "--decisions", file.toString())).isZero();
        assertThat(err.toString()).contains("decision 0 WAKE_LATENCY: [0 a sleeping P wakes at once] | 1 a sleeping P wakes late")
                .contains("P0: G7 writes shared memory");
    }
}
