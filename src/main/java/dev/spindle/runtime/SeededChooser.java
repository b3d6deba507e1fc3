package dev.spindle.runtime;

import java.util.SplittableRandom;

/**
 * The default chooser: every option drawn uniformly from a generator seeded with the run's
 * seed, so the same seed gives the same schedule. (The timed model's odds come from what the
 * options are, e.g. the latencies in {@code WakeModel}, not from weighting them here.)
 */
public final class SeededChooser implements Chooser {

    private SplittableRandom random;
    private final Model model;

    public SeededChooser(long seed) {
        this(seed, Model.TIMED);
    }

    public SeededChooser(long seed, Model model) {
        this.random = new SplittableRandom(seed);
        this.model = model;
    }

    /**
     * The choices from here on come from {@code seed}, as if the run had been drawing from it
     * all along (the app's seed changed mid-run: the same run up to the screen, the new seed's
     * choices after). Coordinator thread only.
     */
    public void reseed(long seed) {
        this.random = new SplittableRandom(seed);
    }

    @Override
    public int choose(Decision decision) {
        return random.nextInt(decision.options());
    }

    @Override
    public Model model() {
        return model;
    }
}
