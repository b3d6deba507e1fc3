package dev.spindle.app.history;

import dev.spindle.trace.Event;
import dev.spindle.trace.ObjectRef;
import dev.spindle.trace.WaitReason;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fold that keeps everything: per P its runs, per goroutine its states, the marks, who
 * woke whom and who used which object. {@link #append} takes each event once, in log order
 * (the caller feeds it what is new since {@link #size()}). One thread (the FX thread) uses it.
 */
public final class History {
    private final List<SliceRow> procRows = new ArrayList<>();
    private final List<StateRow> gRows = new ArrayList<>();
    private final Map<Long, GState> gs = new HashMap<>();
    private final List<Mark> marks = new ArrayList<>();
    private final List<Wake> wakes = new ArrayList<>();
    /** For wake i, the index of the same goroutine's wake before it, or -1. */
    private int[] previousWake = new int[64];
    /** GOMAXPROCS changes: time, seq and the new count, in log order. */
    private final List<long[]> procChanges = new ArrayList<>();
    /** The goroutines that used each runtime object (or, for a WaitGroup, were started right after an Add to it). */
    private final Map<ObjectRef, Set<Long>> users = new HashMap<>();
    /** The object of each GoBlock that had one, by the block's seq. */
    private final Map<Integer, ObjectRef> blockObjects = new HashMap<>();
    private int size;
    private long lastTime;
    private boolean ended;

    /** What the fold needs to know about a goroutine now, beside its row. */
    private static final class GState {
        final StateRow row;
        int p = -1;
        int line;
        long since;
        WaitReason reason;
        ObjectRef object;
        int lastWake = -1;
        /** The WaitGroup it last added a positive delta to: goroutines it starts next will call Done on it. */
        ObjectRef addedTo;

        GState(StateRow row) {
            this.row = row;
        }
    }

    /** Folds the events of {@code log} not seen yet ({@code log} is the same run's log, grown). */
    public void catchUp(List<Event> log) {
        for (int i = size; i < log.size(); i++) {
            append(log.get(i));
        }
    }

    /** Folds one event; events come in log order, each once. */
    public void append(Event e) {
        int seq = size++;
        lastTime = e.time();
        switch (e) {
            case Event.ProcResize r -> {
                while (procRows.size() < r.newProcs()) {
                    procRows.add(new SliceRow());
                }
                procChanges.add(new long[] {r.time(), seq, r.newProcs()});
            }
            case Event.GoCreate c -> {
                StateRow row = new StateRow(c.g(), c.function());
                GState g = new GState(row);
                g.line = c.line();
                g.since = c.time();
                gs.put(c.g(), g);
                gRows.add(row);
                row.enter(StateRow.RUNNABLE, c.time(), seq);
                GState parent = gs.get(c.parent());
                if (parent != null) {
                    parent.line = c.line() > 0 ? c.line() : parent.line;
                    if (parent.addedTo != null) {
                        use(parent.addedTo, c.g());
                    }
                }
            }
            case Event.GoStart s -> {
                GState g = gs.get(s.g());
                row(s.p()).open(s.time(), s.g(), seq);
                if (g != null) {
                    g.p = s.p();
                    g.row.enter(StateRow.RUNNING, s.time(), seq);
                    g.since = s.time();
                    at(g, s.line());
                }
            }
            case Event.GoBlock b -> {
                GState g = stop(b.g(), b.time(), seq, StateRow.waiting(b.reason()), b.line());
                if (g != null) {
                    g.reason = b.reason();
                    g.object = b.object();
                    if (b.object() != null) {
                        blockObjects.put(seq, b.object());
                        use(b.object(), b.g());
                    }
                }
            }
            case Event.GoStop s -> stop(s.g(), s.time(), seq, StateRow.RUNNABLE, s.line());
            case Event.GoSched s -> stop(s.g(), s.time(), seq, StateRow.RUNNABLE, s.line());
            case Event.GoPreempt pr -> {
                GState g = gs.get(pr.g());
                marks.add(new Mark(Mark.Kind.PREEMPT, pr.time(), seq, g != null && g.p >= 0 ? g.p : pr.p(), pr.g()));
                stop(pr.g(), pr.time(), seq, StateRow.RUNNABLE, pr.line());
            }
            case Event.GoEnd end -> stop(end.g(), end.time(), seq, StateRow.DEAD, 0);
            case Event.GoUnblock u -> {
                GState g = gs.get(u.g());
                GState waker = gs.get(u.by());
                if (g != null) {
                    int wakerP = waker != null && waker.row.size() > 0
                            && waker.row.state(waker.row.size() - 1) == StateRow.RUNNING ? waker.p : -1;
                    addWake(new Wake(seq, u.time(), u.g(), u.by(), wakerP, waker != null ? waker.line : 0,
                            g.since, g.reason, g.object), g);
                    g.row.enter(StateRow.RUNNABLE, u.time(), seq);
                    g.since = u.time();
                    g.reason = null;
                    g.object = null;
                }
            }
            case Event.Steal s -> marks.add(new Mark(Mark.Kind.STEAL, s.time(), seq, s.toP(), 0));
            case Event.Panic p -> {
                GState g = gs.get(p.g());
                marks.add(new Mark(Mark.Kind.PANIC, p.time(), seq, g != null && g.p >= 0 ? g.p : p.p(), p.g()));
            }
            case Event.Deadlock d -> marks.add(new Mark(Mark.Kind.DEADLOCK, d.time(), seq, -1, 0));
            case Event.DataRace r -> marks.add(new Mark(Mark.Kind.RACE, r.time(), seq, r.p(), r.g()));
            case Event.End end -> {
                for (SliceRow r : procRows) {
                    r.closeAll(end.time(), seq);
                }
                ended = true;
            }
            case Event.WaitGroupAdd a -> {
                operation(a.g(), a.line(), a.wg());
                GState g = gs.get(a.g());
                if (g != null && a.delta() > 0) {
                    g.addedTo = a.wg();
                }
            }
            case Event.ChanMake m -> operation(m.g(), m.line(), m.ch());
            case Event.ChanSend s -> operation(s.g(), s.line(), s.ch());
            case Event.ChanRecv r -> operation(r.g(), r.line(), r.ch());
            case Event.ChanClose c -> operation(c.g(), c.line(), c.ch());
            case Event.MutexLock l -> operation(l.g(), l.line(), l.mutex());
            case Event.MutexUnlock l -> operation(l.g(), l.line(), l.mutex());
            case Event.Print p -> operation(p.g(), p.line(), null);
            case Event.TimerFire t -> { }
        }
    }

    private SliceRow row(int p) {
        while (procRows.size() <= p) {
            procRows.add(new SliceRow());
        }
        return procRows.get(p);
    }

    private GState stop(long id, long time, int seq, byte state, int line) {
        GState g = gs.get(id);
        if (g == null) {
            return null;
        }
        if (g.p >= 0 && g.p < procRows.size()) {
            procRows.get(g.p).close(id, time, seq);
        }
        g.p = -1;
        g.row.enter(state, time, seq);
        g.since = time;
        at(g, line);
        return g;
    }

    private void operation(long id, int line, ObjectRef object) {
        GState g = gs.get(id);
        if (g != null) {
            at(g, line);
        }
        if (object != null && id != 0) {
            use(object, id);
        }
    }

    private static void at(GState g, int line) {
        if (line > 0) {
            g.line = line;
        }
    }

    private void use(ObjectRef object, long g) {
        users.computeIfAbsent(object, k -> new LinkedHashSet<>()).add(g);
    }

    private void addWake(Wake w, GState g) {
        int i = wakes.size();
        wakes.add(w);
        if (i == previousWake.length) {
            previousWake = Arrays.copyOf(previousWake, i * 2);
        }
        previousWake[i] = g.lastWake;
        g.lastWake = i;
    }

    // ---- what the timeline reads ---------------------------------------------------------

    /** Events folded. */
    public int size() { return size; }
    /** The time of the last folded event. */
    public long lastTime() { return lastTime; }
    /** True once the run's End is folded. */
    public boolean ended() { return ended; }
    /** One row per P the run has had (P0 first). */
    public List<SliceRow> procRows() { return Collections.unmodifiableList(procRows); }
    /** One row per goroutine, in creation order. */
    public List<StateRow> goroutineRows() { return Collections.unmodifiableList(gRows); }
    /** Marks in log order (so in time order). */
    public List<Mark> marks() { return Collections.unmodifiableList(marks); }
    /** Wakes in log order. */
    public List<Wake> wakes() { return Collections.unmodifiableList(wakes); }

    /** The row of goroutine {@code g}, or null. */
    public StateRow rowOf(long g) {
        GState s = gs.get(g);
        return s == null ? null : s.row;
    }

    /** How many Ps the run had right after event {@code seq} (0 before the first ProcResize). */
    public int procsAt(int seq) {
        int procs = 0;
        for (long[] c : procChanges) {
            if (c[1] > seq) {
                break;
            }
            procs = (int) c[2];
        }
        return procs;
    }

    /** GOMAXPROCS changes as {time, seq, newProcs}, in log order. */
    public List<long[]> procChanges() { return Collections.unmodifiableList(procChanges); }

    /** The last wake of {@code g} by an event before {@code beforeSeq}, or null. */
    public Wake lastWakeBefore(long g, int beforeSeq) {
        GState s = gs.get(g);
        if (s == null) {
            return null;
        }
        for (int i = s.lastWake; i >= 0; i = previousWake[i]) {
            if (wakes.get(i).seq() < beforeSeq) {
                return wakes.get(i);
            }
        }
        return null;
    }

    /** The first wake of {@code g} at or after event {@code fromSeq}, or null (the log does not know it yet). */
    public Wake firstWakeFrom(long g, int fromSeq) {
        GState s = gs.get(g);
        Wake found = null;
        if (s != null) {
            for (int i = s.lastWake; i >= 0 && wakes.get(i).seq() >= fromSeq; i = previousWake[i]) {
                found = wakes.get(i);
            }
        }
        return found;
    }

    /** What goroutine {@code g} parked on with event {@code seq} (its GoBlock), or null. */
    public ObjectRef objectOfBlock(long g, int seq) {
        return blockObjects.get(seq);
    }

    /** The goroutines that used {@code object} anywhere in the log (a WaitGroup's include those started after an Add to it). */
    public Set<Long> usersOf(ObjectRef object) {
        return Collections.unmodifiableSet(users.getOrDefault(object, Set.of()));
    }

    /** Where goroutine {@code g}'s run started after event {@code seq}: {p, slice index}, or null. */
    public int[] nextRun(long g, int seq) {
        StateRow row = rowOf(g);
        if (row == null) {
            return null;
        }
        for (int i = row.firstSeqAfter(seq); i < row.size(); i++) {
            if (row.state(i) == StateRow.RUNNING) {
                return sliceOfStart(row.seq(i));
            }
        }
        return null;
    }

    /** The P row and index of the slice begun by event {@code seq}, or null. */
    public int[] sliceOfStart(int seq) {
        for (int p = 0; p < procRows.size(); p++) {
            int i = procRows.get(p).indexOfStart(seq);
            if (i >= 0) {
                return new int[] {p, i};
            }
        }
        return null;
    }

    /** The number of runs on all Ps. */
    public int sliceCount() {
        int n = 0;
        for (SliceRow r : procRows) {
            n += r.size();
        }
        return n;
    }
}
