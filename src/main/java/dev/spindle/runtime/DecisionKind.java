package dev.spindle.runtime;

/**
 * The kinds of choice a run makes: everything that is not fixed by the program and Go's
 * policy. Each is one named {@link Decision}; the list of a run's decisions is its schedule.
 */
public enum DecisionKind {
    /**
     * How many virtual nanoseconds a sleeping P takes to wake and search (Go's wakep: a futex
     * wake-up and the OS scheduling the M). Option {@code i} is a latency; see
     * {@code WakeModel}. Timed model only.
     */
    WAKE_LATENCY,
    /**
     * Ps whose slices ended at the same virtual instant raced for their operations: one
     * Fisher-Yates step of their order; option {@code i} names the P that goes at the
     * current position. Timed model only.
     */
    TIE_ORDER,
    /**
     * Go's stealWork visits the other Ps in a random order (start and stride, proc.go's
     * randomOrder); option {@code i} is one of those orders, asked every pass as Go draws.
     * Timed model only.
     */
    STEAL_ORDER,
    /**
     * Free model: which runnable goroutine a P runs next (any of them may: Go's queue order
     * is a policy, not a promise). Option 0 is the one Go's policy takes.
     */
    RUN_NEXT,
    /** A select with two or more ready cases: which one fires (Go picks uniformly). */
    SELECT_CASE,
    /**
     * Free interleaving (the exhaustive explorer): of the Ps that reached a visible
     * operation (a runtime operation, a panic, main returning), which applies next; the
     * others wait for a later boundary.
     */
    NEXT_OP
}
