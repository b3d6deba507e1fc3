package dev.spindle.runtime.explore;

import dev.spindle.lang.compile.Program;
import dev.spindle.runtime.Chooser;
import dev.spindle.runtime.Decision;
import dev.spindle.runtime.Engine;
import dev.spindle.runtime.EngineConfig;
import dev.spindle.runtime.RecordingChooser;
import dev.spindle.runtime.RunResult;
import dev.spindle.runtime.Schedule;
import dev.spindle.runtime.bridge.GoProgram;
import dev.spindle.trace.Event;
import dev.spindle.trace.EventLog;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.Predicate;

/**
 * The explorer's walk of the free model's decision tree, asked a different question: not
 * "which outcomes are there" but "what is the shortest list of decisions that makes the run
 * reach this goal" (a "You schedule" level's "Show me"). Same tree as {@link Explorer}'s
 * exhaustive search — a schedule is a prefix of decisions followed by option 0 everywhere,
 * and a run of prefix {@code p} yields one new prefix per option it did not take past
 * {@code p} — but visited shortest prefix first (a priority queue instead of a stack), so
 * the first run that reaches the goal has the fewest decisions anyone must make before the
 * scheduler's default order can do the rest. Each prefix is its own token: {@code 2.f1.01}.
 *
 * <p>The goal is a predicate over the run's whole event log (the app passes a lesson's goal
 * pattern; this package knows nothing of lessons). One run at a time on the calling thread:
 * the levels are small, and a search must be stoppable and cheap on a shared machine.
 */
public final class GoalSearch {

    /**
     * What a search found.
     *
     * @param schedule  the shortest schedule reaching the goal, or null when none was found
     * @param labels    the options it takes, as a person reads them ("P1: G8 prints bob read 0"), one per decision of the schedule
     * @param runs      how many runs the search made
     * @param complete  true when a null schedule means "no schedule reaches it" (the whole tree was walked)
     */
    public record Result(Schedule schedule, List<String> labels, int runs, boolean complete) {
        public boolean found() {
            return schedule != null;
        }
    }

    private final Program program;
    private final int procs;
    private final Predicate<List<Event>> goal;
    private final int maxRuns;
    private volatile boolean stop;

    public GoalSearch(Program program, int procs, Predicate<List<Event>> goal, int maxRuns) {
        if (procs < 1 || maxRuns < 1) {
            throw new IllegalArgumentException("procs and maxRuns must be at least 1");
        }
        this.program = program;
        this.procs = procs;
        this.goal = goal;
        this.maxRuns = maxRuns;
    }

    /** Stops the search after the run in progress. Any thread. */
    public void stop() {
        stop = true;
    }

    /** Searches until a schedule reaches the goal, the tree is walked, {@code maxRuns} or {@link #stop()}. */
    public Result run() {
        PriorityQueue<int[]> work = new PriorityQueue<>(Comparator.<int[]>comparingInt(p -> p.length)
                .thenComparing(Arrays::compare));
        work.add(new int[0]);
        int runs = 0;
        while (!work.isEmpty() && runs < maxRuns && !stop) {
            int[] prefix = work.poll();
            Schedule tried = new Schedule(procs, Chooser.Model.FREE, 1, prefix);
            Labelled labelled = new Labelled(tried.chooser());
            RecordingChooser rec = new RecordingChooser(labelled);
            List<Event> events = runOnce(rec);
            runs++;
            if (events != null && goal.test(events)) {
                Schedule s = rec.schedule(procs, 1);
                return new Result(s, List.copyOf(labelled.taken.subList(0, s.choices().length)), runs, false);
            }
            for (int i = prefix.length; i < rec.size(); i++) {
                for (int o = rec.taken(i) + 1; o < rec.options(i); o++) {
                    int[] child = new int[i + 1];
                    for (int k = 0; k < i; k++) {
                        child[k] = rec.taken(k);
                    }
                    child[i] = o;
                    work.add(child);
                }
            }
        }
        return new Result(null, List.of(), runs, work.isEmpty() && !stop);
    }

    /** One run; its events, or null when it did not finish (stopped at the explorer's limits). */
    private List<Event> runOnce(Chooser chooser) {
        EventLog log = new EventLog();
        Engine engine = GoProgram.engine(program, EngineConfig.of(procs, 1, OutputStream.nullOutputStream(),
                OutputStream.nullOutputStream()), log, chooser);
        Explorer.limit(engine);
        engine.start();
        try {
            RunResult r = engine.await(RUN_TIMEOUT_MILLIS);
            if (r == null) {
                engine.stop();
                engine.await();
                return null;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop = true;
            engine.stop();
            return null;
        }
        return log.snapshot();
    }

    /** Wall-clock backstop of one run (a run past the virtual-time limit is stopped long before). */
    private static final long RUN_TIMEOUT_MILLIS = 10_000;

    /** Keeps the label of each option taken, for the panel's list of decisions. */
    private static final class Labelled implements Chooser {
        private final Chooser inner;
        final List<String> taken = new ArrayList<>();

        Labelled(Chooser inner) {
            this.inner = inner;
        }

        @Override
        public int choose(Decision d) {
            int c = inner.choose(d);
            taken.add(d.label(c));
            return c;
        }

        @Override
        public Model model() {
            return inner.model();
        }
    }
}
