package dev.spindle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class LessonsCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int execute(String... args) {
        CommandLine cl = new CommandLine(new LessonsCommand());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @Test
    void listsTheCourse() {
        assertThat(execute()).isZero();
        assertThat(out.toString())
                .contains("  2  Waiting with a WaitGroup", "sync.WaitGroup, wg.Add, defer wg.Done, wg.Wait")
                .contains(" 17  Work stealing");
        assertThat(out.toString().lines().filter(l -> l.matches("\\s*\\d+  .*"))).hasSize(26);
    }

    @Test
    void runsLessonTwoHeadless() {
        PrintStream saved = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        int exit;
        try {
            exit = execute("run", "2", "--seed", "3", "--narrate");
        } finally {
            System.setOut(saved);
        }
        assertThat(exit).isZero();
        assertThat(captured.toString(StandardCharsets.UTF_8).lines().toList()).hasSize(3)
                .last().isEqualTo("All goroutines finished executing");
    }

    @Test
    void aPlainRunIsSpindleRunDashDashLesson() {
        // RunCommand writes to the process's own stdout; here only its exit status is checked.
        assertThat(execute("run", "4", "--procs", "1")).isEqualTo(2);
        assertThat(execute("run", "1")).isZero();
    }

    @Test
    void narratesAfterTheRun() {
        PrintStream saved = System.out;
        System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        int exit;
        try {
            exit = execute("run", "9", "--narrate");
        } finally {
            System.setOut(saved);
        }
        assertThat(exit).isZero();
        assertThat(err.toString().lines().toList()).first().isEqualTo("-- narration of 9. Channels: the hand-off");
        assertThat(err.toString()).contains("The cook blocks on `pass <- \"pasta\"`.", "Served.").doesNotContain("not told");
    }

    @Test
    void anUnknownLessonIsSaidPlainly() {
        assertThat(execute("run", "42")).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("spindle: there is no lesson 42 (the course has 1..26)\n");
    }

    @Test
    void checksTheCourseAndATeachersFolder(@TempDir Path tmp) throws Exception {
        assertThat(execute("check")).isZero();
        assertThat(out.toString().lines().filter(l -> l.startsWith("ok  "))).hasSize(26);

        Path dir = Files.createDirectories(tmp.resolve("mine"));
        Files.writeString(dir.resolve("main.go"), "package main\n\nfunc main() {\n}\n");
        Files.writeString(dir.resolve("lesson.yaml"), "title: Mine\nsummary: s\nconcepts: [c]\nnarration:\n  - when: stael\n    say: x\n");
        assertThat(execute("check", dir.toString())).isEqualTo(1);
        assertThat(err.toString()).startsWith("mine/lesson.yaml:5:11: narration[1].when: unknown event \"stael\"");
    }
}
