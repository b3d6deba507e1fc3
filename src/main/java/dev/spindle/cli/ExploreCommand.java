package dev.spindle.cli;

import dev.spindle.runtime.explore.Explorer;
import dev.spindle.runtime.explore.Strategy;
import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code spindle explore FILE.go [--procs N] [--runs K] [--exhaustive] [--strategy random|pct]
 * [--depth D] [--jobs J] [--race [--keep-going]]}: runs the program under many schedules and
 * prints each distinct outcome with its count, its share and a schedule token that
 * {@code spindle run --schedule} replays. With {@code --race} every run has the race detector
 * on, each outcome says whether it raced, and the search stops at the first schedule with a
 * data race, printing its token and the report ({@code spindle run --race --schedule TOKEN}
 * prints it again). Exit status 0 when the search ran (66 when {@code --race} found a race,
 * as a {@code -race} binary exits), 1 when the program does not compile, 2 on bad options.
 */
@Command(name = "explore", description = "Run a Go program under many schedules and list its distinct outcomes.")
public final class ExploreCommand implements Callable<Integer> {

    @Option(names = "--procs", paramLabel = "N", description = "GOMAXPROCS of every run (default: the lesson's, or 2).")
    Integer procs;

    @Option(names = "--runs", paramLabel = "K",
            description = "Schedules to run at most (default 1000; 100000 with --exhaustive).")
    Integer runs;

    @Option(names = "--exhaustive",
            description = "Walk every schedule Go allows (depth first, one order of operations that commute), ending with complete or incomplete.")
    boolean exhaustive;

    @Option(names = "--strategy", paramLabel = "random|pct",
            description = "random: seeds 1..K with Go's odds (default); pct: probabilistic concurrency testing.")
    String strategy;

    @Option(names = "--depth", paramLabel = "D", description = "PCT's bug depth (default 2).")
    int depth = 2;

    @Option(names = "--jobs", paramLabel = "J", description = "Runs in parallel (default: this machine's cores).")
    Integer jobs;

    @Option(names = "--timeout", paramLabel = "MS", description = "Backstop: a run still going after MS milliseconds of wall time did not finish (default 60000; runs past a hundred million instructions or an hour of virtual time are stopped first).")
    long timeout = 60_000;

    @Option(names = "--race",
            description = "Run every schedule with the race detector (as go run -race); stop at the first schedule with a data race and print its report.")
    boolean race;

    @Option(names = "--keep-going", description = "With --race: explore on past the first race (each outcome still says whether it raced).")
    boolean keepGoing;

    @ArgGroup(multiplicity = "1")
    RunCommand.Source source;

    PrintStream out = System.out;
    PrintStream err = System.err;

    @Override
    public Integer call() throws InterruptedException {
        Strategy s;
        if (exhaustive) {
            if (strategy != null) {
                err.println("spindle: --exhaustive walks every schedule; leave out --strategy");
                return 2;
            }
            s = Strategy.EXHAUSTIVE;
        } else if (strategy == null || strategy.equals("random")) {
            s = Strategy.RANDOM;
        } else if (strategy.equals("pct")) {
            s = Strategy.PCT;
        } else {
            err.println("spindle: unknown --strategy " + strategy + " (random or pct)");
            return 2;
        }
        if (keepGoing && !race) {
            err.println("spindle: --keep-going goes with --race");
            return 2;
        }
        ProgramSource program = source.lesson != null ? ProgramSource.lesson(source.lesson, 1) : ProgramSource.file(source.file);
        if (program.problems() != null) {
            err.print(program.problems());
            err.flush();
            return 1;
        }
        int p = procs != null ? procs : program.cores() > 0 ? program.cores() : 2;
        int k = runs != null ? runs : s == Strategy.EXHAUSTIVE ? 100_000 : 1000;
        int j = jobs != null ? jobs : Runtime.getRuntime().availableProcessors();
        if (p < 1 || k < 1 || j < 1 || depth < 1 || timeout < 1) {
            err.println("spindle: --procs, --runs, --jobs, --depth and --timeout must be at least 1");
            return 2;
        }
        Explorer.Options options = new Explorer.Options(p, s, k, depth, j, timeout);
        if (race) {
            // The file as `spindle run --race` names it, so that the replay prints the same report.
            String file = source.file != null ? source.file.toAbsolutePath().normalize().toString() : program.program().fileName();
            options = options.withRaces(file, !keepGoing);
        }
        Explorer explorer = new Explorer(program.program(), options);
        long t0 = System.nanoTime();
        Explorer.Report r = explorer.run(null);
        double secs = (System.nanoTime() - t0) / 1e9;
        print(r, s, secs);
        if (race) {
            printRace(r);
            return r.race() != null ? RACE_FOUND : 0;
        }
        return 0;
    }

    /** A -race binary's exit status when it found a race; explore --race gives it when any schedule raced. */
    static final int RACE_FOUND = 66;

    /** The detector's verdict over the search, and the first racy schedule's report with the command that replays it. */
    private void printRace(Explorer.Report r) {
        Explorer.Race first = r.race();
        if (first == null) {
            out.println("no data race in " + r.schedules() + (r.schedules() == 1 ? " schedule" : " schedules"));
        } else {
            out.println("data race: schedule " + first.schedule().token() + " (run " + first.run() + " of the search)");
            out.print(first.report());
            String what = source.file != null ? source.file.toString() : "--lesson " + source.lesson;
            out.println("replay it: spindle run --race --schedule " + first.schedule().token() + " " + what);
        }
        out.flush();
    }

    private void print(Explorer.Report r, Strategy s, double secs) {
        int i = 1;
        for (Explorer.Found f : r.outcomes()) {
            out.printf(Locale.ROOT, "outcome %d: %d of %d schedules (%.1f%%), %s, schedule %s%n", i++, f.count(),
                    r.schedules(), 100.0 * f.count() / Math.max(1, r.schedules()), f.outcome().status(), f.schedule().token());
            for (String line : f.outcome().lines()) {
                out.println("  | " + line);
            }
            if (f.outcome().stdout().isEmpty()) {
                out.println("  (no output)");
            }
        }
        out.println(r.summary(s));
        err.printf(Locale.ROOT, "%.2f s, %.0f schedules/s%n", secs, r.schedules() / Math.max(secs, 1e-9));
        out.flush();
        err.flush();
    }
}
