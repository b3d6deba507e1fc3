package dev.spindle.app.fold;

import java.util.ArrayDeque;
import java.util.List;

/**
 * One P and its carrier: the goroutine running there, the runnext slot and the local run
 * queue (head first), and how long it has been busy (for the utilisation bars).
 */
public final class Lane {
    private final int p;
    long running;
    long runnext;
    final ArrayDeque<Long> local;
    long busy;
    long runningSince;

    Lane(int p) {
        this.p = p;
        this.local = new ArrayDeque<>();
    }

    private Lane(Lane o) {
        this.p = o.p;
        this.running = o.running;
        this.runnext = o.runnext;
        this.local = new ArrayDeque<>(o.local);
        this.busy = o.busy;
        this.runningSince = o.runningSince;
    }

    Lane copy() {
        return new Lane(this);
    }

    public int p() { return p; }
    /** The running goroutine, 0 when idle. */
    public long running() { return running; }
    /** The runnext slot, 0 when empty. */
    public long runnext() { return runnext; }
    /** The local run queue, head first. */
    public List<Long> local() { return List.copyOf(local); }
    public int localSize() { return local.size(); }

    /** The first {@code max} of the local queue. */
    public List<Long> local(int max) {
        List<Long> out = new java.util.ArrayList<>(Math.min(max, local.size()));
        for (Long g : local) {
            if (out.size() == max) {
                break;
            }
            out.add(g);
        }
        return out;
    }

    /** Virtual nanoseconds this P has run goroutines up to {@code now}. */
    public long busy(long now) {
        return busy + (running != 0 ? Math.max(0, now - runningSince) : 0);
    }

    /** The label on screen: {@code P0 · carrier 0}. */
    public String label() {
        return "P" + p + " · carrier " + p;
    }
}
