package dev.spindle.cli;

import dev.spindle.lang.compile.Program;
import dev.spindle.runtime.Chooser;
import dev.spindle.runtime.Engine;
import dev.spindle.runtime.LoggingChooser;
import dev.spindle.runtime.EngineConfig;
import dev.spindle.runtime.ReplayChooser;
import dev.spindle.runtime.RunResult;
import dev.spindle.runtime.Schedule;
import dev.spindle.runtime.bridge.GoProgram;
import dev.spindle.trace.EventLog;
import dev.spindle.trace.PerfettoExporter;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code spindle run [--procs N] [--seed S] [--trace FILE.json] [--stats] (FILE.go | --lesson N)}:
 * compiles a program and runs it on the M:N engine, with the program's own stdout, stderr
 * and exit status as {@code go run}'s program gives them (compile errors exit 1, crashes 2).
 *
 * <p>The same program, seed and GOMAXPROCS give the same output and the same event log on
 * any machine; {@code --trace} writes that log for ui.perfetto.dev, {@code --stats} adds the
 * scheduler's counters on stderr after the program's own output.
 */
@Command(name = "run", description = "Compile and run a Go program on Spindle's M:N scheduler.")
public final class RunCommand implements Callable<Integer> {
    @Option(names = "--seed", paramLabel = "S",
            description = "Seed for map order, select, steal order and math/rand (default 1, or the lesson's).")
    Long seed;

    @Option(names = "--procs", paramLabel = "N",
            description = "GOMAXPROCS: the number of Ps and carrier threads (default: this machine's cores, or the lesson's).")
    Integer procs;

    @Option(names = "--schedule", paramLabel = "TOKEN",
            description = "Replay a schedule printed by `spindle explore` (e.g. 2.t7 or 3.f1.102): its GOMAXPROCS, seed and decisions.")
    String schedule;

    @Option(names = "--decisions", description = "Write each decision of the schedule (its options, the one taken) on stderr.")
    boolean decisions;

    @Option(names = "--trace", paramLabel = "FILE.json",
            description = "Write the run's events as Chrome/Perfetto trace JSON (open it in ui.perfetto.dev).")
    Path trace;

    @Option(names = "--race", description = "Detect data races as `go run -race` does: report each on stderr; exit 66 if any was found.")
    boolean race;

    @Option(names = "--stats", description = "After the program's output, print the scheduler's counters on stderr.")
    boolean stats;

    @Option(names = "--max-heap", paramLabel = "SIZE",
            description = "The heap the program may fill, e.g. 512m or 2g (default: what the JVM can have, -Xmx); "
                    + "past it the run ends as Go's does: fatal error: out of memory, exit 2.")
    String maxHeap;

    @ArgGroup(multiplicity = "1")
    Source source;

    /**
     * Where the program's bytes go, unchanged: the process's stdout and stderr, which end
     * the process as SIGPIPE ends a Go program when the reader is gone ({@link ClosedPipe}).
     * Tests swap them.
     */
    OutputStream stdout = ClosedPipe.stdout();
    OutputStream stderr = ClosedPipe.stderr();

    /** What to run: a file, or one of the built-in lessons. */
    static final class Source {
        @Parameters(index = "0", paramLabel = "FILE.go", description = "The Go program to run.")
        Path file;

        @Option(names = "--lesson", paramLabel = "N", description = "Run lesson N of the built-in course (see `spindle lessons`).")
        Integer lesson;
    }

    @Option(names = "--variant", paramLabel = "K",
            description = "With --lesson: run program K (1, 2, ...) of a gallery lesson such as lesson 15 (default 1).")
    Integer variant;

    @Override
    public Integer call() throws IOException {
        if (variant != null && source.lesson == null) {
            stderr.write("spindle: --variant needs --lesson N\n".getBytes(StandardCharsets.UTF_8));
            stderr.flush();
            return 2;
        }
        ProgramSource program = source.lesson != null
                ? ProgramSource.lesson(source.lesson, variant != null ? variant : 1)
                : ProgramSource.file(source.file);
        if (program.problems() != null) {
            stderr.write(program.problems().getBytes(StandardCharsets.UTF_8));
            stderr.flush();
            return 1;
        }
        if (maxHeap != null) {
            long bytes = dev.spindle.runtime.HeapLimit.parseSize(maxHeap);
            if (bytes <= 0) {
                stderr.write(("spindle: --max-heap " + maxHeap + ": want a size such as 512m or 2g\n").getBytes(StandardCharsets.UTF_8));
                stderr.flush();
                return 2;
            }
            dev.spindle.runtime.HeapLimit.set(bytes);
        }
        int p = procs != null ? procs : program.cores() > 0 ? program.cores() : Runtime.getRuntime().availableProcessors();
        long s = seed != null ? seed : program.seed();
        if (p < 1) {
            stderr.write("spindle: --procs must be at least 1\n".getBytes(StandardCharsets.UTF_8));
            stderr.flush();
            return 2;
        }
        Schedule sch;
        try {
            sch = schedule != null ? Schedule.parse(schedule) : Schedule.seeded(p, s);
        } catch (IllegalArgumentException e) {
            stderr.write(("spindle: " + e.getMessage() + "\n").getBytes(StandardCharsets.UTF_8));
            stderr.flush();
            return 2;
        }
        if (schedule != null && ((procs != null && procs != sch.procs()) || (seed != null && seed != sch.seed()))) {
            stderr.write(("spindle: --schedule " + schedule + " sets GOMAXPROCS " + sch.procs() + " and seed " + sch.seed()
                    + "; leave out --procs and --seed\n").getBytes(StandardCharsets.UTF_8));
            stderr.flush();
            return 2;
        }
        return run(program.program(), sch);
    }

    /** The file as Go's race reports name it: its absolute path (a lesson's program by its name). */
    private String raceFile(Program program) {
        return source.file != null ? source.file.toAbsolutePath().normalize().toString() : program.fileName();
    }

    private int run(Program program, Schedule sch) throws IOException {
        OutputStream out = new BufferedOutputStream(stdout, 1 << 16);
        OutputStream err = new BufferedOutputStream(stderr, 1 << 12);
        // Only --trace reads the events afterwards: otherwise number them but keep none
        // (--stats counts in RunStats), so a run's memory does not grow with its event count.
        EventLog log = trace != null ? new EventLog() : EventLog.discarding();
        ReplayChooser replay = sch.chooser();
        Chooser chooser = decisions ? new LoggingChooser(replay, new PrintStream(err, true, StandardCharsets.UTF_8)) : replay;
        Engine engine = GoProgram.engine(program, EngineConfig.of(sch.procs(), sch.seed(), out, err), log, sch, chooser,
                race ? raceFile(program) : null);
        if (stats) {
            engine.measureCarrierCpu();
        }
        RunResult result;
        try {
            result = engine.run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        } finally {
            out.flush();
        }
        if (replay.mismatches() > 0 || replay.unused()) {
            err.write(("spindle: schedule " + sch + " does not fit this program: the run went its own way where it"
                    + " stopped fitting\n").getBytes(StandardCharsets.UTF_8));
        }
        if (stats) {
            PrintStream ps = new PrintStream(err, false, StandardCharsets.UTF_8);
            ps.print(result.statsText());
            ps.flush();
        }
        err.flush();
        if (trace != null) {
            try (Writer w = Files.newBufferedWriter(trace, StandardCharsets.UTF_8)) {
                PerfettoExporter.write(engine.log().snapshot(), w);
            } catch (IOException e) {
                err.write(("spindle: cannot write " + trace + ": " + e.getMessage() + "\n").getBytes(StandardCharsets.UTF_8));
                err.flush();
            }
        }
        return result.exitCode();
    }
}
