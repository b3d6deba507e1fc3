package dev.spindle.runtime.explore;

/** How the explorer picks the schedules it runs. */
public enum Strategy {
    /**
     * Seeds 1, 2, ... under the timed model: each outcome turns up about as often as the
     * timing model (real Go's odds) makes it. Tokens are seeds ({@code 2.t17}).
     */
    RANDOM,
    /**
     * Probabilistic concurrency testing (Burckhardt et al., ASPLOS 2010) under the free model:
     * goroutines get random priorities, the highest-priority goroutine with a visible
     * operation goes next, and at {@code depth - 1} random steps the running goroutine drops to
     * the lowest priority. Finds a bug that needs {@code depth} ordering constraints with
     * probability at least 1/(n k^(depth-1)) per run.
     */
    PCT,
    /**
     * Depth-first over every decision of the free model (which visible operation goes next,
     * which runnable goroutine an idle P runs, which ready select case fires): every outcome
     * Go's semantics allow, when goroutines touch shared memory only between visible
     * operations (a data race inside one stretch of code is not split further).
     */
    EXHAUSTIVE
}
