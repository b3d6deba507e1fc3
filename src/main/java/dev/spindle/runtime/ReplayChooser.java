package dev.spindle.runtime;

/**
 * Replays a {@link Schedule}: its listed decisions first, then the tail its model defines —
 * the seed's draws under the timed model (so {@code 2.t7} is exactly seed 7), option 0 under
 * the free model. A listed decision that does not fit (the program changed, or the token was
 * made at another GOMAXPROCS) is clamped to the last option and counted in
 * {@link #mismatches()}, so the run still ends and the caller can say the schedule did not fit.
 */
public final class ReplayChooser implements Chooser {

    private final Schedule schedule;
    private final SeededChooser tail;
    private int next;
    private int mismatches;

    public ReplayChooser(Schedule schedule) {
        this.schedule = schedule;
        this.tail = new SeededChooser(schedule.seed(), schedule.model());
    }

    @Override
    public int choose(Decision decision) {
        if (next < schedule.length()) {
            int c = schedule.choice(next++);
            if (c >= decision.options()) {
                mismatches++;
                return decision.options() - 1;
            }
            return c;
        }
        return schedule.model() == Model.FREE ? 0 : tail.choose(decision);
    }

    @Override
    public Model model() {
        return schedule.model();
    }

    /** Listed decisions that did not fit the run. */
    public int mismatches() {
        return mismatches;
    }

    /** Whether the run asked fewer decisions than the schedule lists (another sign it does not fit). */
    public boolean unused() {
        return next < schedule.length();
    }
}
