package dev.spindle.vm.host;

import dev.spindle.vm.Goroutine;

/** The host's bookkeeping for one goroutine: status and why it waits. */
final class GState {
    final Goroutine g;
    /** Line of the go statement that created it (0 for main). */
    final int createdLine;
    final String createdBy;
    /** Go's wait reason while blocked ("chan receive", "sync.WaitGroup.Wait", ...), null when runnable. */
    String waitReason;
    boolean dead;
    /** For goroutines started by WaitGroup.Go: the group to mark Done when it finishes. */
    Object doneGroup;

    GState(Goroutine g, int createdLine, String createdBy) {
        this.g = g;
        this.createdLine = createdLine;
        this.createdBy = createdBy;
    }
}
