package dev.spindle.cli;

import dev.spindle.lang.compile.Frontend;
import dev.spindle.lang.compile.Program;
import dev.spindle.scenario.Course;
import dev.spindle.scenario.Lesson;
import dev.spindle.scenario.LessonCompiler;
import dev.spindle.scenario.LessonException;
import dev.spindle.scenario.LessonProblem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A program ready to run, from a file or from a built-in lesson, or the text of why it is not
 * (compile errors in Go's words, a missing file, a lesson number out of range): {@code run}
 * prints that text and exits 1, never a stack trace.
 *
 * @param program  the compiled program, or null when {@code problems} says why not
 * @param problems what to print instead of running, one line each, or null
 * @param cores    the cores a lesson recommends, 0 when the source does not say
 * @param seed     the seed a lesson recommends, 1 otherwise
 */
record ProgramSource(Program program, String problems, int cores, long seed) {

    /** A .go file, read as bytes (Go source is UTF-8; strings keep their bytes). */
    static ProgramSource file(Path file) {
        String bytes;
        try {
            bytes = Files.readString(file, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            return failed("spindle: cannot read " + file + ": " + reason(e) + "\n");
        }
        Frontend.Result r = CompileSteps.compile(file.getFileName().toString(), bytes);
        if (!r.ok()) {
            return failed(String.join("\n", r.errors()) + "\n");
        }
        return new ProgramSource(r.program(), null, 0, 1);
    }

    /**
     * Program {@code variant} (1-based; a lesson without a gallery has only 1) of lesson
     * {@code number} of the built-in course, with its recommended cores and seed.
     */
    static ProgramSource lesson(int number, int variant) {
        try {
            Course course = Course.builtIn();
            Lesson lesson = course.lesson(number).orElse(null);
            if (lesson == null) {
                return failed("spindle: there is no lesson " + number + " (the course has 1.."
                        + course.lessons().size() + ")\n");
            }
            List<Lesson> programs = lesson.programs();
            if (variant < 1 || variant > programs.size()) {
                return failed("spindle: lesson " + number + " has " + (programs.size() == 1 ? "one program" : programs.size() + " programs")
                        + ", not " + variant + "\n");
            }
            lesson = programs.get(variant - 1);
            Frontend.Result r = LessonCompiler.compile(lesson);
            return new ProgramSource(r.program(), null, lesson.recommended().cores(), lesson.recommended().seed());
        } catch (LessonException e) {
            StringBuilder sb = new StringBuilder();
            for (LessonProblem p : e.problems()) {
                sb.append(p).append('\n');
            }
            return failed(sb.toString());
        }
    }

    private static ProgramSource failed(String problems) {
        return new ProgramSource(null, problems, 0, 1);
    }

    private static String reason(IOException e) {
        return e instanceof java.nio.file.NoSuchFileException ? "no such file" : String.valueOf(e.getMessage());
    }
}
