package dev.spindle.app.play;

import dev.spindle.runtime.Chooser;
import dev.spindle.runtime.Decision;
import dev.spindle.runtime.Schedule;
import dev.spindle.runtime.SeededChooser;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * The chooser of "You schedule" mode: a person makes the engine's choices. It runs on the
 * coordinator thread (the engine asks it at a round boundary) and blocks there until the
 * student's answer arrives from the FX thread ({@link #answer}); the engine holds still
 * meanwhile, which the pacer tolerates. The FX thread never waits for it.
 *
 * <p>The free model, not the timed one: the timed model's choices are wake-up latencies,
 * tie orders and steal orders, which say nothing to a student. Under the free model the
 * choices are the ones a person can reason about — which goroutine's next visible operation
 * goes first ({@code NEXT_OP}), which runnable goroutine a P runs next ({@code RUN_NEXT}),
 * which ready select case fires, whether an idle P wakes now or later — and every
 * interleaving Go allows is reachable, which is what makes "make the update get lost"
 * playable at all (the timed model would hide most orders behind their odds).
 *
 * <p>Undo is a new run with a shorter {@code prefix}: the prefix's decisions are answered at
 * once, without asking (replays are deterministic, so the run comes back to the same choice),
 * and the first decision past it is asked again. "Let the scheduler choose" answers every
 * later decision from the seed ({@link #auto}); {@link #release} (Reset, a new run, closing
 * the window) lets a waiting engine go on with option 0, to be stopped at its next boundary.
 * Thread-safe: the coordinator calls {@link #choose}, the FX thread the rest.
 */
public final class HandChooser implements Chooser {

    /**
     * One choice put to the student.
     *
     * @param index    which decision of the run it is (0 = the first)
     * @param decision the engine's decision: its kind, options, labels and goroutines
     */
    public record Ask(int index, Decision decision) {}

    private final int[] prefix;
    private final SeededChooser policy;
    private final Consumer<Ask> onAsk;
    /** Every decision of the run so far: the option taken, and whether the student took it. */
    private final List<Integer> taken = new ArrayList<>();
    private final List<Boolean> byHand = new ArrayList<>();
    private final List<String> labels = new ArrayList<>();
    private int waitingFor = -1;
    private int answer = -1;
    private boolean auto;
    private boolean released;

    /**
     * @param prefix decisions to take without asking (a run replayed up to the choice to undo)
     * @param seed   the seed the scheduler's own choices come from after "let the scheduler choose"
     * @param onAsk  told on the coordinator thread when a choice waits for the student
     */
    public HandChooser(int[] prefix, long seed, Consumer<Ask> onAsk) {
        this.prefix = prefix.clone();
        this.policy = new SeededChooser(seed, Model.FREE);
        this.onAsk = onAsk;
    }

    @Override
    public Model model() {
        return Model.FREE;
    }

    /** Coordinator only. */
    @Override
    public int choose(Decision d) {
        int i;
        boolean ask;
        synchronized (this) {
            i = taken.size();
            ask = i >= prefix.length && !auto && !released;
            if (ask) {
                waitingFor = i;
                answer = -1;
            }
        }
        int c;
        if (i < prefix.length) {
            c = Math.min(prefix[i], d.options() - 1);
        } else if (ask) {
            onAsk.accept(new Ask(i, d));
            c = await(d);
        } else {
            synchronized (this) {
                c = released ? 0 : policy.choose(d);
            }
        }
        synchronized (this) {
            taken.add(c);
            byHand.add(i < prefix.length || (ask && !auto && !released && c == answer));
            labels.add(d.label(c));
            waitingFor = -1;
        }
        return c;
    }

    private synchronized int await(Decision d) {
        while (answer < 0 && !auto && !released) {
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                released = true;
            }
        }
        if (answer >= 0) {
            return answer;
        }
        return released ? 0 : policy.choose(d);
    }

    /** The student's pick for decision {@code index}; ignored unless that decision is the one waiting. Any thread. */
    public synchronized boolean answer(int index, int option) {
        if (index != waitingFor || answer >= 0 || option < 0) {
            return false;
        }
        answer = option;
        notifyAll();
        return true;
    }

    /** "Let the scheduler choose": this decision and every later one from the seed. Any thread. */
    public synchronized void auto() {
        auto = true;
        notifyAll();
    }

    /** Lets a waiting run go on (option 0) and asks nothing more: the run is being stopped. Any thread. */
    public synchronized void release() {
        released = true;
        notifyAll();
    }

    /** The options taken so far, in order. Any thread. */
    public synchronized int[] taken() {
        return taken.stream().mapToInt(Integer::intValue).toArray();
    }

    /** How many decisions the student made (the replayed prefix counts: they made those too). */
    public synchronized int byHand() {
        return (int) byHand.stream().filter(b -> b).count();
    }

    /** The taken options' labels ("P1: G8 prints bob read 0"), in order. Any thread. */
    public synchronized List<String> labels() {
        return List.copyOf(labels);
    }

    /**
     * This run's decisions as a schedule token's schedule: every decision listed (those the
     * scheduler made after "let the scheduler choose" too), so that {@code spindle run
     * --schedule} replays the run exactly; trailing option 0s are left out (the free model's
     * replay takes option 0 past the list anyway).
     */
    public synchronized Schedule schedule(int procs, long seed) {
        int[] all = taken();
        int n = all.length;
        while (n > 0 && all[n - 1] == 0) {
            n--;
        }
        return new Schedule(procs, Model.FREE, seed, Arrays.copyOf(all, n));
    }
}
