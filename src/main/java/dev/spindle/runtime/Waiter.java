package dev.spindle.runtime;

/**
 * A goroutine parked in a channel's send or receive queue (Go's sudog): for a plain op
 * {@code caseIndex} is -1; for a select it is the case, and the same goroutine waits in
 * several queues at once. An entry is stale once the goroutine was woken by another case
 * ({@link #live()} false); queues skip stale entries.
 */
record Waiter(G g, int generation, int caseIndex, Object value) {

    boolean live() {
        return g.status() == GStatus.WAITING && g.parkGeneration == generation;
    }
}
