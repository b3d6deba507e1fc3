package dev.spindle.runtime;

/**
 * Where every choice of a run comes from. The engine never draws a random number itself: at
 * each point where Go's behaviour is not fixed (an idle P's wake-up latency, a tie between
 * Ps, steal order, select, and in the free model which goroutine's operation goes next) it
 * asks its chooser to decide a {@link Decision}, and the answers, in order, are the run's
 * schedule. A seed gives one chooser ({@link SeededChooser}); a list of answers replays a
 * run ({@link ReplayChooser}); an explorer walks many; a person could answer them one by one
 * (each decision carries its kind and labelled options).
 *
 * <p>Called only by the thread holding the coordinator role, one decision at a time, so an
 * implementation needs no locking of its own; one that waits for an answer (a person) holds
 * the boundary while it waits, which the pacer tolerates.
 *
 * <p>Map iteration order and math/rand are not decisions of the coordinator: goroutines draw
 * them while running in parallel, from a stream per goroutine derived from the run's seed
 * ({@code vm.Goroutine.random}), so they are fixed by the seed that every schedule carries.
 */
public interface Chooser {

    /** The chosen option, {@code 0 <= result < decision.options()}. */
    int choose(Decision decision);

    /**
     * Free model only: goroutine {@code goroutine} (0 for the runtime itself: a timer firing,
     * a lock taken back after a Cond wait) applies an operation touching {@code footprint},
     * whether or not a decision chose it. An explorer's sleep set forgets the operations this
     * one does not commute with. Called by the coordinator, before the operation takes effect.
     */
    default void applied(long goroutine, Footprint footprint) {}

    /**
     * The model the engine runs under. {@link Model#TIMED}: virtual time orders the
     * operations of a round and the choices are timing (wake-up latency, ties) — how likely
     * each interleaving is follows real Go's odds. {@link Model#FREE}: every boundary applies
     * one visible operation, chosen among all the Ps that reached one ({@link DecisionKind#NEXT_OP}),
     * so every interleaving Go allows is a schedule — what the exhaustive explorer walks.
     */
    default Model model() {
        return Model.TIMED;
    }

    /** See {@link #model()}. */
    enum Model { TIMED, FREE }
}
