package dev.spindle.runtime;

import java.util.ArrayDeque;
import java.util.List;

/**
 * The global run queue ({@code sched.runq}): unbounded FIFO shared by all Ps. Receives the
 * overflow of local queues, preempted and Gosched goroutines (tail), and the queues of Ps
 * dropped by a GOMAXPROCS change (head). Coordinator only.
 */
final class GlobalRunQueue implements LocalRunQueue.Overflow {

    private final ArrayDeque<G> queue = new ArrayDeque<>();

    int size() {
        return queue.size();
    }

    boolean isEmpty() {
        return queue.isEmpty();
    }

    void putTail(G g) {
        queue.addLast(g);
    }

    /** Puts {@code g} in front of everything (Go's globrunqputhead). */
    void putHead(G g) {
        queue.addFirst(g);
    }

    @Override
    public void pushBatch(List<G> batch) {
        queue.addAll(batch);
    }

    /** Takes {@code g} out wherever it is (the free model's scheduler may run any goroutine). */
    void remove(G g) {
        queue.remove(g);
    }

    G poll() {
        return queue.pollFirst();
    }

    List<G> peekAll() {
        return List.copyOf(queue);
    }
}
