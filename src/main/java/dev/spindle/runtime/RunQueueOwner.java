package dev.spindle.runtime;

import java.util.List;

/**
 * What the owner P may do with its local run queue (tokio's {@code Local} handle): push at
 * the tail, overflowing half to the global queue, and pop at the head.
 */
interface RunQueueOwner {

    int pushBackOrOverflow(G g, LocalRunQueue.Overflow overflow);

    G pop();

    /** Everything, head first (procresize of a dropped P). */
    List<G> drain();

    int size();
}
