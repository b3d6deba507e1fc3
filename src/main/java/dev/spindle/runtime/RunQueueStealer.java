package dev.spindle.runtime;

/** What another P may do with a victim's local run queue (tokio's {@code Steal} handle): take half from the head. */
interface RunQueueStealer {

    int stealHalfInto(LocalRunQueue into);

    int size();
}
