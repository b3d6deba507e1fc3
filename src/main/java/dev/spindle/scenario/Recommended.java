package dev.spindle.scenario;

/**
 * The settings a lesson is written for: the cores slider (GOMAXPROCS), the seed, and the
 * playback speed (1.0 = normal; larger is faster). The narration is checked against a run
 * with exactly these cores and seed.
 */
public record Recommended(int cores, long seed, double speed) {

    /** What a lesson without a {@code recommended} block (e.g. a bare .go file) gets. */
    public static final Recommended DEFAULT = new Recommended(2, 1, 1.0);
}
