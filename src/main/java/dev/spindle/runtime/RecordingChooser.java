package dev.spindle.runtime;

import java.util.Arrays;

/**
 * Wraps a chooser and keeps every decision it answers: the option taken and how many there
 * were (what a depth-first explorer needs to find the next schedule), and, on request, the
 * decisions themselves. The run's {@link #schedule} replays it.
 */
public final class RecordingChooser implements Chooser {

    private final Chooser inner;
    private int[] taken = new int[16];
    private int[] options = new int[16];
    private int size;

    public RecordingChooser(Chooser inner) {
        this.inner = inner;
    }

    @Override
    public int choose(Decision decision) {
        int c = inner.choose(decision);
        if (size == taken.length) {
            taken = Arrays.copyOf(taken, size * 2);
            options = Arrays.copyOf(options, size * 2);
        }
        taken[size] = c;
        options[size] = decision.options();
        size++;
        return c;
    }

    @Override
    public void applied(long goroutine, Footprint footprint) {
        inner.applied(goroutine, footprint);
    }

    @Override
    public Model model() {
        return inner.model();
    }

    public int size() {
        return size;
    }

    public int taken(int i) {
        return taken[i];
    }

    public int options(int i) {
        return options[i];
    }

    /**
     * This run's schedule: every decision, without the trailing ones that the model's tail
     * would make anyway (option 0 under the free model).
     */
    public Schedule schedule(int procs, long seed) {
        int n = size;
        if (inner.model() == Model.FREE) {
            while (n > 0 && taken[n - 1] == 0) {
                n--;
            }
        }
        return new Schedule(procs, inner.model(), seed, Arrays.copyOf(taken, n));
    }
}
