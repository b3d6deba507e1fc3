package dev.spindle.cli;

import dev.spindle.lang.compile.Frontend;
import dev.spindle.scenario.Course;
import dev.spindle.scenario.Lesson;
import dev.spindle.scenario.LessonCompiler;
import dev.spindle.scenario.LessonException;
import dev.spindle.scenario.LessonLoader;
import dev.spindle.scenario.LessonProblem;
import dev.spindle.scenario.NarrationMatcher;
import dev.spindle.trace.Event;
import dev.spindle.runtime.Engine;
import dev.spindle.runtime.EngineConfig;
import dev.spindle.runtime.RunResult;
import dev.spindle.runtime.bridge.GoProgram;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code spindle lessons}: the built-in course without the window. Alone it lists the
 * lessons (number, title, concepts); {@code spindle lessons run 2} is {@code spindle run
 * --lesson 2}: lesson 2 headless on the M:N engine with the program's own output and exit status, under the lesson's recommended cores and
 * seed unless {@code --procs}/{@code --seed} say otherwise ({@code --narrate} then tells the
 * narration on stderr, step by step at its event); {@code spindle lessons check}
 * validates lesson folders or .go files (metadata and compilation) the way File > Open does,
 * printing every problem with its file, line and field.
 */
@Command(name = "lessons", description = "List the built-in lessons; run or check one.",
        subcommands = {LessonsCommand.Run.class, LessonsCommand.Check.class})
public final class LessonsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Course course;
        try {
            course = Course.builtIn();
        } catch (LessonException e) {
            problems(err, e.problems());
            return 1;
        }
        int width = course.lessons().stream().mapToInt(l -> l.title().length()).max().orElse(10);
        out.printf("%3s  %-" + width + "s  %s%n", "#", "lesson", "concepts");
        for (Lesson l : course.lessons()) {
            out.printf("%3d  %-" + width + "s  %s%n", l.number(), l.title(), String.join(", ", l.concepts()));
        }
        out.println();
        out.println("Run one with: spindle run --lesson N   (spindle lessons run N --narrate adds the narration)");
        out.flush();
        return 0;
    }

    static void problems(PrintWriter err, List<LessonProblem> problems) {
        for (LessonProblem p : problems) {
            err.println(p);
        }
        err.flush();
    }

    /**
     * {@code spindle lessons run N}: the same as {@code spindle run --lesson N} (it delegates),
     * or with {@code --narrate} a run of its own that keeps the event log to tell the story.
     */
    @Command(name = "run", description = "Run lesson N's program without the window.")
    static final class Run implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "N", description = "The lesson's number (see `spindle lessons`).")
        int number;

        @Option(names = "--seed", description = "Seed (default: the lesson's recommended seed).")
        Long seed;

        @Option(names = "--procs", description = "GOMAXPROCS (default: the lesson's recommended cores).")
        Integer procs;

        @Option(names = "--narrate", description = "After the run, tell the lesson's narration on stderr, each step at the event that released it.")
        boolean narrate;

        private int delegate() {
            CommandLine run = new CommandLine(new RunCommand());
            run.setOut(spec.commandLine().getOut());
            run.setErr(spec.commandLine().getErr());
            return run.execute(runArgs(number, seed, procs).toArray(String[]::new));
        }

        @Override
        public Integer call() throws IOException {
            PrintWriter err = spec.commandLine().getErr();
            Lesson lesson;
            Frontend.Result compiled;
            try {
                Course course = Course.builtIn();
                lesson = course.lesson(number).orElse(null);
                if (lesson == null) {
                    err.println("spindle: there is no lesson " + number + " (the course has 1.." + course.lessons().size() + ")");
                    err.flush();
                    return 1;
                }
                if (!narrate) {
                    return delegate();
                }
                compiled = LessonCompiler.compile(lesson);
            } catch (LessonException e) {
                problems(err, e.problems());
                return 1;
            }
            long s = seed != null ? seed : lesson.recommended().seed();
            int p = procs != null ? procs : lesson.recommended().cores();
            PrintStream out = System.out;
            OutputStream errStream = System.err;
            try {
                Engine engine = GoProgram.engine(compiled.program(), EngineConfig.of(p, s, out, errStream));
                RunResult r = engine.run();
                out.flush();
                if (narrate) {
                    narrate(lesson, engine.log().snapshot(), err);
                }
                return r.exitCode();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 1;
            } finally {
                out.flush();
                errStream.flush();
            }
        }
    }

    /** Plain runs are {@code spindle run --lesson N}'s job: one way to run a program. */
    private static List<String> runArgs(int number, Long seed, Integer procs) {
        List<String> args = new ArrayList<>(List.of("--lesson", Integer.toString(number)));
        if (seed != null) {
            args.addAll(List.of("--seed", Long.toString(seed)));
        }
        if (procs != null) {
            args.addAll(List.of("--procs", Integer.toString(procs)));
        }
        return args;
    }

    /** Prints each narration step with the virtual time and sequence number of the event that released it. */
    static void narrate(Lesson lesson, List<Event> events, PrintWriter err) {
        NarrationMatcher matcher = new NarrationMatcher(lesson.narration());
        err.println("-- narration of " + lesson.label());
        for (NarrationMatcher.Due due : matcher.feed(events)) {
            err.printf("%8.3fs  #%-5d %s%n", due.event().time() / 1e9, due.event().seq(), due.step().say());
        }
        for (int i = matcher.told(); i < lesson.narration().size(); i++) {
            err.println("   (not told in this run: \"" + lesson.narration().get(i).when() + "\" never matched)");
        }
        err.flush();
    }

    /** {@code spindle lessons check [PATH...]}: validate lessons as File > Open would. */
    @Command(name = "check", description = "Check lesson folders or .go files (default: the built-in course).")
    static final class Check implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "PATH", arity = "0..*", description = "Lesson folders (main.go + lesson.yaml) or .go files.")
        List<Path> paths = new ArrayList<>();

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            List<Lesson> lessons = new ArrayList<>();
            boolean ok = true;
            if (paths.isEmpty()) {
                try {
                    lessons.addAll(Course.builtIn().lessons());
                } catch (LessonException e) {
                    problems(err, e.problems());
                    return 1;
                }
            }
            for (Path path : paths) {
                try {
                    lessons.add(LessonLoader.open(path));
                } catch (LessonException e) {
                    problems(err, e.problems());
                    ok = false;
                }
            }
            for (Lesson l : lessons) {
                try {
                    LessonCompiler.check(l);
                    out.println("ok  " + l.label() + "  (" + l.origin() + ", " + (l.variants().isEmpty()
                            ? l.narration().size() + " narration steps)"
                            : l.variants().size() + " programs, " + l.variants().stream()
                                    .mapToInt(v -> v.narration().size()).sum() + " narration steps)"));
                } catch (LessonException e) {
                    problems(err, e.problems());
                    ok = false;
                }
            }
            out.flush();
            return ok ? 0 : 1;
        }
    }
}
