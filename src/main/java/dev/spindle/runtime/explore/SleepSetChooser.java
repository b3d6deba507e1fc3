package dev.spindle.runtime.explore;

import dev.spindle.runtime.Chooser;
import dev.spindle.runtime.Decision;
import dev.spindle.runtime.DecisionKind;
import dev.spindle.runtime.Footprint;
import java.util.ArrayList;
import java.util.List;

/**
 * The exhaustive explorer's chooser: replays a prefix of decisions, then takes the first
 * option that is not asleep, keeping a <em>sleep set</em> (Godefroid, "Partial-Order Methods
 * for the Verification of Concurrent Systems", 1996) of operations whose orders were already
 * covered elsewhere in the search.
 *
 * <p>Why it is sound: at a {@link DecisionKind#NEXT_OP} node, once the search has tried
 * operation {@code a} first, a sibling branch that starts with {@code b} need not try
 * {@code a} next while only operations independent of {@code a} ({@link Footprint}) have
 * run: {@code b·a·…} is {@code a·b·…} with two commuting steps swapped, and the {@code a}
 * branch covers it. So {@code a} sleeps in the {@code b} branch until an operation it does
 * not commute with applies (or its own goroutine moves). When every option of a decision is
 * asleep, the rest of the run repeats schedules found elsewhere: {@link #blocked()} says
 * where, and the explorer branches no further. Other kinds of decision (which goroutine a P
 * runs, a wake-up's timing, select's case) are branched in full with the sleep set unchanged.
 *
 * <p>The sleep set of a branch is rebuilt by replaying: a branch carries the siblings put to
 * sleep at each of its ancestors' branch points ({@link Asleep}), and the same runs up to
 * there (deterministic replay) apply the same operations, so the set evolves as it did.
 */
final class SleepSetChooser implements Chooser {

    /**
     * The goroutines put to sleep at decision {@code index} (their operations there were the
     * earlier siblings of the option taken), and those of the branch points above: a
     * persistent list, shared by the branches below.
     */
    record Asleep(int index, long[] goroutines, Asleep above) {}

    /** One sleeping operation: its goroutine and footprint. */
    private record Entry(long goroutine, Footprint footprint) {}

    private final int[] prefix;
    /** The branch's ancestors' installs in decision order (indices rise down the chain), and the next one due. */
    private final Asleep[] installs;
    private int nextInstall;
    private final List<Entry> sleep = new ArrayList<>();
    /** Per decision past the prefix: the goroutines asleep when it was asked. */
    private final List<long[]> asleepAt = new ArrayList<>();
    /** Per decision past the prefix: the goroutine of each option (NEXT_OP), else null. */
    private final List<long[]> optionGoroutines = new ArrayList<>();
    private int next;
    private int blocked = -1;
    private static final long[] NONE = {};

    SleepSetChooser(int[] prefix, Asleep asleep) {
        this.prefix = prefix;
        // The chain runs from the deepest branch point up; each is asked once, in order, so
        // a decision costs no walk of the chain.
        int n = 0;
        for (Asleep a = asleep; a != null; a = a.above()) {
            n++;
        }
        this.installs = new Asleep[n];
        for (Asleep a = asleep; a != null; a = a.above()) {
            installs[--n] = a;
        }
    }

    @Override
    public int choose(Decision d) {
        int i = next++;
        boolean ops = d.kind() == DecisionKind.NEXT_OP && d.goroutines() != null && d.footprints() != null;
        int c;
        if (i < prefix.length) {
            c = Math.min(prefix[i], d.options() - 1);
        } else {
            long[] now = sleeping();
            asleepAt.add(now);
            optionGoroutines.add(ops ? d.goroutines() : null);
            c = 0;
            if (ops) {
                c = firstAwake(d.goroutines(), now);
                if (c < 0) {
                    c = 0;
                    if (blocked < 0) {
                        blocked = i;
                    }
                }
            }
        }
        while (nextInstall < installs.length && installs[nextInstall].index() <= i) {
            Asleep a = installs[nextInstall++];
            if (ops && a.index() == i) {
                for (long g : a.goroutines()) {
                    int k = indexOf(d.goroutines(), g);
                    if (k >= 0) {
                        sleep.add(new Entry(g, d.footprints()[k]));
                    }
                }
            }
        }
        return c;
    }

    /** An operation applies: it wakes every sleeping operation it does not commute with. */
    @Override
    public void applied(long goroutine, Footprint footprint) {
        sleep.removeIf(e -> e.goroutine() == goroutine || !Footprint.independent(e.footprint(), footprint));
    }

    @Override
    public Model model() {
        return Model.FREE;
    }

    /** The first decision (past the prefix) whose every option was asleep, or -1. */
    int blocked() {
        return blocked;
    }

    /** The goroutines asleep at decision {@code i} ({@code i >= prefix length}). */
    long[] asleepAt(int i) {
        return asleepAt.get(i - prefix.length);
    }

    /** The goroutine of each option of decision {@code i} when it chose an operation, else null. */
    long[] optionGoroutines(int i) {
        return optionGoroutines.get(i - prefix.length);
    }

    private long[] sleeping() {
        if (sleep.isEmpty()) {
            return NONE;
        }
        long[] gs = new long[sleep.size()];
        for (int k = 0; k < gs.length; k++) {
            gs[k] = sleep.get(k).goroutine();
        }
        return gs;
    }

    private static int firstAwake(long[] options, long[] asleep) {
        for (int k = 0; k < options.length; k++) {
            if (indexOf(asleep, options[k]) < 0) {
                return k;
            }
        }
        return -1;
    }

    static int indexOf(long[] gs, long g) {
        for (int k = 0; k < gs.length; k++) {
            if (gs[k] == g) {
                return k;
            }
        }
        return -1;
    }
}
