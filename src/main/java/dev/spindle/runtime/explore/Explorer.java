package dev.spindle.runtime.explore;

import dev.spindle.lang.compile.Program;
import dev.spindle.runtime.Chooser;
import dev.spindle.runtime.Engine;
import dev.spindle.runtime.EngineConfig;
import dev.spindle.runtime.RecordingChooser;
import dev.spindle.runtime.RunResult;
import dev.spindle.runtime.Schedule;
import dev.spindle.runtime.SeededChooser;
import dev.spindle.runtime.bridge.GoProgram;
import dev.spindle.trace.EventLog;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Runs one program under many schedules, in parallel over {@code jobs} threads, and tallies
 * the distinct {@link RunOutcome outcomes}, each with a schedule that reproduces it. Every run
 * is a real engine run (its own carriers, the real VM); only the chooser differs. See
 * {@link Strategy} for how schedules are picked. Thread-safe: {@link #stop()} and the
 * listener may be used from any thread; the listener is called on the worker threads, under
 * the tally's lock, after each run.
 *
 * <p>Exhaustive search is stateless model checking: a schedule is the list of its decisions;
 * a run replays a prefix and then takes option 0 everywhere, and every decision it met past
 * the prefix yields one new prefix per option not taken. Every node of the decision tree is
 * so reached exactly once, and the prefixes are independent work items, which is what lets
 * {@code jobs} threads share one search. Sleep sets ({@link SleepSetChooser}) cut the tree:
 * of two orders that only swap commuting operations, one is tried (three goroutines printing
 * twice at three Ps: 19,057 schedules instead of 134,501, the same 90 outcomes).
 *
 * <p>With the race detector on ({@link Options#raceFile()}), every run is a {@code -race} run:
 * each outcome carries the detector's verdict, and with {@link Options#untilRace()} the search
 * stops at the first schedule that shows a race: the first in the search's own order (the
 * lowest run number), not whichever thread finished first, so that one seed-driven search
 * names the same schedule on any machine.
 */
public final class Explorer {

    /**
     * @param procs         GOMAXPROCS of every run
     * @param strategy      how schedules are chosen
     * @param runs          how many schedules at most
     * @param depth         PCT's bug depth (ignored otherwise)
     * @param jobs          runs in parallel
     * @param timeoutMillis a run not ended after this long (wall clock) counts as "did not finish"
     * @param raceFile      null: no race detector; else every run is made with it on, its
     *                      reports naming the program's file so (Go prints the absolute path)
     * @param untilRace     with the detector on: stop at the first schedule with a data race
     */
    public record Options(int procs, Strategy strategy, int runs, int depth, int jobs, long timeoutMillis,
                          String raceFile, boolean untilRace) {
        public Options {
            if (procs < 1 || runs < 1 || jobs < 1 || depth < 1) {
                throw new IllegalArgumentException("procs, runs, jobs and depth must be at least 1");
            }
            if (untilRace && raceFile == null) {
                throw new IllegalArgumentException("stopping at a race needs the race detector");
            }
        }

        /** Options without the race detector. */
        public Options(int procs, Strategy strategy, int runs, int depth, int jobs, long timeoutMillis) {
            this(procs, strategy, runs, depth, jobs, timeoutMillis, null, false);
        }

        /** The same search with the race detector on (reports naming {@code file}), stopping at the first race if {@code stop}. */
        public Options withRaces(String file, boolean stop) {
            return new Options(procs, strategy, runs, depth, jobs, timeoutMillis, file, stop);
        }
    }

    /** One distinct outcome: how often it came, and the first schedule that gave it. */
    public record Found(RunOutcome outcome, int count, Schedule schedule) {}

    /**
     * The first schedule (in the search's order: run number {@code run}, from 1) whose run
     * reported a data race: its outcome, its schedule and the detector's first report, as
     * {@code spindle run --race --schedule} prints it again.
     */
    public record Race(RunOutcome outcome, Schedule schedule, String report, int run) {}

    /**
     * The explorer's state: outcomes (most frequent first), schedules run, whether the search
     * covered every schedule (exhaustive only) and whether it was stopped.
     */
    public record Report(List<Found> outcomes, int schedules, boolean complete, boolean stopped, boolean done, Race race) {

        /** A report of a search that found no race (or ran without the detector). */
        public Report(List<Found> outcomes, int schedules, boolean complete, boolean stopped, boolean done) {
            this(outcomes, schedules, complete, stopped, done, null);
        }

        /** The closing line: complete / incomplete for an exhaustive search, sampled otherwise. */
        public String summary(Strategy strategy) {
            String outs = outcomes.size() + (outcomes.size() == 1 ? " outcome" : " outcomes");
            if (strategy == Strategy.EXHAUSTIVE) {
                return complete ? "complete: " + outs + ", " + schedules + " schedules"
                        : "incomplete: stopped after " + schedules + " schedules (" + outs + " so far)";
            }
            return "sampled: " + outs + " in " + schedules + " schedules";
        }
    }

    private final Program program;
    private final Options options;
    private final Map<RunOutcome, int[]> counts = new LinkedHashMap<>();
    private final Map<RunOutcome, Schedule> firstSchedule = new LinkedHashMap<>();
    /** The run number of each outcome's schedule: the lowest, so that the token shown does not depend on which thread finished first. */
    private final Map<RunOutcome, Integer> firstRun = new java.util.HashMap<>();
    private final Deque<Branch> work = new ArrayDeque<>();
    private int schedules;
    private int started;
    /** Whether branches were dropped past the budget of runs (the search cannot be complete). */
    private boolean dropped;
    private int active;
    private volatile boolean stop;
    private int pctSteps = 50;
    /** The racy run with the lowest number so far (with the detector on). */
    private Race race;

    public Explorer(Program program, Options options) {
        this.program = program;
        this.options = options;
    }

    /** Whether the exhaustive search prunes with sleep sets (always, but for the test that checks they lose nothing). */
    private boolean sleepSets = true;

    /** The exhaustive search without sleep sets: every order of every operation (for tests). */
    Explorer withoutSleepSets() {
        sleepSets = false;
        return this;
    }

    /** Stops the search after the runs in progress. Any thread. */
    public void stop() {
        stop = true;
    }

    /** Runs the search to its end (or {@link #stop()}), calling {@code listener} after each run; returns the final report. */
    public Report run(Consumer<Report> listener) throws InterruptedException {
        if (options.strategy() == Strategy.EXHAUSTIVE) {
            work.push(Branch.ROOT);
        }
        List<Thread> threads = new ArrayList<>();
        for (int j = 0; j < options.jobs(); j++) {
            threads.add(Thread.ofPlatform().name("spindle-explore-" + j).daemon(true).start(() -> work(listener)));
        }
        try {
            for (Thread t : threads) {
                t.join();
            }
        } catch (InterruptedException e) {
            stop = true;
            throw e;
        }
        synchronized (this) {
            return report(true);
        }
    }

    private void work(Consumer<Report> listener) {
        while (true) {
            Job job = next();
            if (job == null) {
                return;
            }
            Chooser chooser;
            RecordingChooser rec = null;
            SleepSetChooser sleep = null;
            switch (options.strategy()) {
                case RANDOM -> chooser = new SeededChooser(job.seed);
                case PCT -> {
                    int steps;
                    synchronized (this) {
                        steps = pctSteps;
                    }
                    chooser = rec = new RecordingChooser(new PctChooser(job.seed, options.depth(), steps));
                }
                default -> chooser = rec = new RecordingChooser(sleep = new SleepSetChooser(job.prefix, job.asleep));
            }
            Run run = runOnce(chooser, options.strategy() == Strategy.EXHAUSTIVE ? 1 : job.seed);
            RunOutcome outcome = run.outcome();
            Schedule schedule = rec == null ? Schedule.seeded(options.procs(), job.seed)
                    : rec.schedule(options.procs(), options.strategy() == Strategy.EXHAUSTIVE ? 1 : job.seed);
            synchronized (this) {
                if (options.strategy() == Strategy.EXHAUSTIVE) {
                    expand(job, rec, sleep);
                }
                if (options.strategy() == Strategy.PCT) {
                    pctSteps = Math.max(pctSteps, countNextOps(rec));
                }
                schedules++;
                active--;
                counts.computeIfAbsent(outcome, o -> new int[1])[0]++;
                Integer was = firstRun.get(outcome);
                if (was == null || job.number < was) {
                    firstRun.put(outcome, job.number);
                    firstSchedule.put(outcome, schedule);
                }
                if (run.race() != null && (race == null || job.number < race.run())) {
                    race = new Race(outcome, schedule, run.race(), job.number);
                    if (options.untilRace()) {
                        // Runs already started finish; one of them may be earlier in the order.
                        stop = true;
                    }
                }
                notifyAll();
                if (listener != null) {
                    listener.accept(report(false));
                }
            }
        }
    }

    private static int countNextOps(RecordingChooser rec) {
        return rec.size();
    }

    /**
     * Every decision past the prefix, every option not taken and not asleep: a new branch
     * (pushed so that the search stays depth-first). Branching stops where every option was
     * asleep ({@link SleepSetChooser#blocked()}): what follows was covered by another branch.
     * A branch that takes operation {@code o} of a NEXT_OP decision puts to sleep the
     * operations of the options tried before it there.
     */
    private void expand(Job job, RecordingChooser rec, SleepSetChooser sleep) {
        int end = sleep.blocked() >= 0 ? sleep.blocked() : rec.size();
        int[] taken = rec.takenList(); // shared by every branch of this run: memory linear in its decisions
        // Past the budget of runs a branch would never be run, so at most that many are kept:
        // a program with millions of decisions must not fill the memory with branches. The
        // ones kept are those run first: shallowest decision, lowest option.
        int budget = options.runs() - started;
        List<Branch> branches = new ArrayList<>();
        decisions:
        for (int i = job.prefix.length; i < end; i++) {
            long[] asleep = sleep.asleepAt(i);
            long[] gs = sleep.optionGoroutines(i);
            int took = taken[i];
            for (int o = took + 1; o < rec.options(i); o++) {
                if (gs != null && SleepSetChooser.indexOf(asleep, gs[o]) >= 0) {
                    continue;
                }
                if (branches.size() == budget) {
                    dropped = true;
                    break decisions;
                }
                SleepSetChooser.Asleep above = job.asleep;
                if (gs != null && sleepSets) {
                    long[] before = new long[o - took];
                    int m = 0;
                    for (int e = took; e < o; e++) {
                        if (SleepSetChooser.indexOf(asleep, gs[e]) < 0) {
                            before[m++] = gs[e];
                        }
                    }
                    above = new SleepSetChooser.Asleep(i, Arrays.copyOf(before, m), job.asleep);
                }
                branches.add(new Branch(taken, i, o, above));
            }
        }
        for (int k = branches.size() - 1; k >= 0; k--) {
            work.push(branches.get(k));
        }
        while (work.size() > budget) {
            work.removeLast();
            dropped = true;
        }
    }

    /** Branches waiting to be run (exhaustive search). */
    synchronized int pendingBranches() {
        return work.size();
    }

    /**
     * An exhaustive search's work item: the decisions {@code base[0..length)} of the run it
     * branches from, then option {@code choice}; and what sleeps below it.
     */
    private record Branch(int[] base, int length, int choice, SleepSetChooser.Asleep asleep) {

        static final Branch ROOT = new Branch(new int[0], 0, -1, null);

        int[] prefix() {
            if (choice < 0) {
                return new int[0];
            }
            int[] p = Arrays.copyOf(base, length + 1);
            p[length] = choice;
            return p;
        }
    }

    /** Run {@code number} of the search (from 1): its seed, or its branch (exhaustive). */
    private record Job(int number, long seed, int[] prefix, SleepSetChooser.Asleep asleep) {}

    /** The next schedule to run, or null when the search is over; waits while other runs may still add work. */
    private synchronized Job next() {
        while (true) {
            if (stop || started >= options.runs()) {
                return null;
            }
            if (options.strategy() != Strategy.EXHAUSTIVE) {
                started++;
                active++;
                return new Job(started, started, null, null);
            }
            if (!work.isEmpty()) {
                started++;
                active++;
                Branch b = work.pop();
                return new Job(started, 1, b.prefix(), b.asleep());
            }
            if (active == 0) {
                return null;
            }
            try {
                wait();
            } catch (InterruptedException e) {
                stop = true;
                return null;
            }
        }
    }

    private Report report(boolean done) {
        List<Found> found = new ArrayList<>();
        for (var e : counts.entrySet()) {
            found.add(new Found(e.getKey(), e.getValue()[0], firstSchedule.get(e.getKey())));
        }
        // Most frequent first; a tie goes to the outcome found earlier in the search's order (its
        // lowest run number), not to whichever thread finished first, so the list is the same
        // whatever --jobs.
        found.sort(Comparator.comparingInt(Found::count).reversed()
                .thenComparingInt(f -> firstRun.getOrDefault(f.outcome(), Integer.MAX_VALUE)));
        boolean complete = options.strategy() == Strategy.EXHAUSTIVE && work.isEmpty() && !dropped && active == 0 && !stop;
        return new Report(List.copyOf(found), schedules, done && complete, stop, done, race);
    }

    /**
     * Instructions a run may execute before it counts as "did not finish": a hundred million,
     * seconds of interpretation. Deterministic, unlike the wall clock, so a hang is the same
     * outcome on every machine; {@link Options#timeoutMillis()} is only the backstop for a
     * program that never reaches a boundary. Work, not virtual time: a program that sleeps a
     * second (Go by Example's timeouts) finishes in a few thousand instructions.
     */
    static final long WORK_LIMIT = 100_000_000L;
    /** Virtual time a run may take (an hour): what stops a loop that only sleeps. */
    static final long VIRTUAL_LIMIT = 3_600_000_000_000L;

    /** The explorer's bounds on one run (also the goal search's). */
    static void limit(Engine engine) {
        engine.limitWork(WORK_LIMIT);
        engine.limitVirtualTime(VIRTUAL_LIMIT);
    }

    /** One run's outcome, and the detector's first report when it found a race. */
    private record Run(RunOutcome outcome, String race) {}

    /** One run of the program under {@code chooser}; its outcome. */
    private Run runOnce(Chooser chooser, long seed) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Engine engine = GoProgram.engine(program, EngineConfig.of(options.procs(), seed, out, err),
                EventLog.discarding(), chooser, options.raceFile());
        limit(engine);
        engine.virtualCarriers();
        engine.start();
        RunResult result;
        boolean finished;
        try {
            result = engine.await(options.timeoutMillis());
            if (result == null) {
                engine.stop();
                result = engine.await();
            }
            finished = !result.stopped();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop = true;
            engine.stop();
            return new Run(new RunOutcome("", -1, "", false), null);
        }
        String report = engine.firstRace();
        boolean raced = report != null;
        if (!finished) {
            return new Run(new RunOutcome(out.toString(StandardCharsets.UTF_8), -1, "", false, raced), report);
        }
        String first = ownFirstLine(err.toString(StandardCharsets.UTF_8));
        return new Run(new RunOutcome(out.toString(StandardCharsets.UTF_8), result.exitCode(), first, true, raced), report);
    }

    /** The rule Go's -race runtime prints between reports; a report is the lines from one to the next. */
    private static final String RULE = "==================";

    /**
     * The first line the program itself wrote on stderr (its panic's headline, say): the race
     * reports and the closing "Found N data race(s)" the detector adds are the verdict's, not the
     * program's, and would otherwise stand first.
     */
    static String ownFirstLine(String stderr) {
        List<String> lines = stderr.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.equals(RULE) && i + 1 < lines.size() && lines.get(i + 1).equals("WARNING: DATA RACE")) {
                i += 2;
                while (i < lines.size() && !lines.get(i).equals(RULE)) {
                    i++;
                }
                continue;
            }
            if (line.matches("Found \\d+ data race\\(s\\)")) {
                continue;
            }
            return line;
        }
        return "";
    }
}
