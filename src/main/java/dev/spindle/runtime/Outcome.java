package dev.spindle.runtime;

/** What an applied op means for the goroutine that requested it. */
enum Outcome {
    /** It keeps its P and runs again next round, with its {@link G#resume} set. */
    CONTINUE,
    /** It parked (or yielded); its P is free. */
    RELEASED
}
