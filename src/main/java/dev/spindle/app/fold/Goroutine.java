package dev.spindle.app.fold;

import dev.spindle.trace.ObjectRef;
import dev.spindle.trace.WaitReason;

/**
 * What the screen knows about one goroutine at one point of the log. Mutable only inside the
 * fold ({@link RunState}); views get it from a state they do not change.
 */
public final class Goroutine {
    private final long id;
    private final String function;
    private final long parent;
    private final int createLine;
    private final long createdAt;
    GStatus status = GStatus.RUNNABLE;
    WaitReason reason;
    ObjectRef object;
    long since;
    int line;
    int p = -1;
    boolean preempted;

    Goroutine(long id, String function, long parent, int createLine, long createdAt) {
        this.id = id;
        this.function = function;
        this.parent = parent;
        this.createLine = createLine;
        this.createdAt = createdAt;
        this.line = createLine;
        this.since = createdAt;
    }

    Goroutine copy() {
        Goroutine c = new Goroutine(id, function, parent, createLine, createdAt);
        c.status = status;
        c.reason = reason;
        c.object = object;
        c.since = since;
        c.line = line;
        c.p = p;
        c.preempted = preempted;
        return c;
    }

    public long id() { return id; }
    /** The function it started in, as Go prints it ({@code main.worker}). */
    public String function() { return function; }
    /** The goroutine whose {@code go} statement created it (0 for main). */
    public long parent() { return parent; }
    public int createLine() { return createLine; }
    public long createdAt() { return createdAt; }
    public GStatus status() { return status; }
    /** Why it waits (null unless waiting). */
    public WaitReason reason() { return reason; }
    /** What it waits on (null for sleep, select, or when not waiting). */
    public ObjectRef object() { return object; }
    /** Virtual time it entered its current state. */
    public long since() { return since; }
    /** The source line it is at, as far as the log tells (its creation line until then). */
    public int line() { return line; }
    /** The P it runs on or is queued on, -1 in the global queue or when waiting or dead. */
    public int p() { return p; }
    /** True while it sits in the global queue because its time slice ran out (or it called Gosched). */
    public boolean preempted() { return preempted; }

    /** Go's header word for its state: the wait reason while waiting, else runnable/running/dead. */
    public String stateText() {
        return status == GStatus.WAITING && reason != null ? reason.text() : status.text();
    }
}
