package dev.spindle.app.fold;

import dev.spindle.trace.Event;
import dev.spindle.trace.ObjectRef;
import dev.spindle.trace.WaitReason;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The screen's state after some prefix of the event log, and the fold step
 * ({@link #apply(Event)}) that advances it by one event.
 *
 * <p>Written by one thread (the FX thread, or a test); {@link #copy()} makes the snapshots
 * the {@link Timeline} seeks from. Getters return read-only views or copies.
 */
public final class RunState {
    private static final Pattern CRASH_HEADER = Pattern.compile("(?m)^goroutine (\\d+) \\[");

    private final int runQueueCapacity;
    private long folded;
    private long time;
    private final List<Lane> lanes;
    private final ArrayDeque<Long> global;
    private final LinkedHashMap<Long, Goroutine> gs;
    private final LinkedHashMap<Room.Key, List<Long>> rooms;
    private final List<Long> done;
    private final LinkedHashMap<Long, WaitGroupInfo> wgs;
    private final LinkedHashMap<Long, ChannelInfo> chans;
    private final List<ConsoleLine> console;
    private long created;
    private long switches;
    private long steals;
    private long preemptions;
    private String crash;
    private final Set<Long> crashInvolved;
    /** The data races found so far (--race), in the order they were reported. */
    private final List<Event.DataRace> races;
    private final ObjectLabels labels;
    private boolean ended;
    private int exitCode;
    private Event last;
    private int maxProcsSeen;

    /** An empty state: before the first event. {@code runQueueCapacity} is the engine's local queue size (Go: 256). */
    public RunState(int runQueueCapacity) {
        this.runQueueCapacity = runQueueCapacity;
        lanes = new ArrayList<>();
        global = new ArrayDeque<>();
        gs = new LinkedHashMap<>();
        rooms = new LinkedHashMap<>();
        done = new ArrayList<>();
        wgs = new LinkedHashMap<>();
        chans = new LinkedHashMap<>();
        console = new ArrayList<>();
        crashInvolved = new LinkedHashSet<>();
        races = new ArrayList<>();
        labels = new ObjectLabels();
    }

    public RunState() {
        this(256);
    }

    private RunState(RunState o) {
        runQueueCapacity = o.runQueueCapacity;
        folded = o.folded;
        time = o.time;
        lanes = new ArrayList<>(o.lanes.size());
        o.lanes.forEach(l -> lanes.add(l.copy()));
        global = new ArrayDeque<>(o.global);
        gs = new LinkedHashMap<>(o.gs.size() * 2);
        // A goroutine that has ended never changes again (no event names it after GoEnd, and
        // at() skips the dead), so snapshots share it: a run of 100,000 finished goroutines
        // then snapshots in a pulse instead of stalling the FX thread for tens of ms.
        o.gs.forEach((k, v) -> gs.put(k, v.status == GStatus.DEAD ? v : v.copy()));
        rooms = new LinkedHashMap<>();
        o.rooms.forEach((k, v) -> rooms.put(k, new ArrayList<>(v)));
        done = new ArrayList<>(o.done);
        wgs = new LinkedHashMap<>();
        o.wgs.forEach((k, v) -> wgs.put(k, v.copy()));
        chans = new LinkedHashMap<>();
        o.chans.forEach((k, v) -> chans.put(k, v.copy()));
        console = new ArrayList<>(o.console);
        created = o.created;
        switches = o.switches;
        steals = o.steals;
        preemptions = o.preemptions;
        crash = o.crash;
        crashInvolved = new LinkedHashSet<>(o.crashInvolved);
        races = new ArrayList<>(o.races);
        labels = o.labels.copy();
        ended = o.ended;
        exitCode = o.exitCode;
        last = o.last;
        maxProcsSeen = o.maxProcsSeen;
    }

    /** An independent copy (a snapshot). */
    public RunState copy() {
        return new RunState(this);
    }

    // ---- the fold step -------------------------------------------------------------------

    /** Folds one more event in; events must come in log order. */
    public void apply(Event e) {
        if (e.seq() != folded) {
            throw new IllegalArgumentException("event " + e.seq() + " applied to a state of " + folded + " events");
        }
        folded++;
        time = Math.max(time, e.time());
        last = e;
        switch (e) {
            case Event.ProcResize r -> resize(r.newProcs());
            case Event.GoCreate c -> {
                at(c.parent(), c.line()); // the parent is at its go statement
                Goroutine g = new Goroutine(c.g(), c.function(), c.parent(), c.line(), c.time());
                gs.put(g.id(), g);
                created++;
                putRunnext(c.p(), g);
            }
            case Event.GoStart s -> {
                start(s.p(), s.g(), s.time());
                at(s.g(), s.line());
            }
            case Event.GoStop s -> {
                at(s.g(), s.line());
                Goroutine g = offCpu(s.p(), s.g(), s.time());
                if (g != null) {
                    g.status = GStatus.RUNNABLE;
                    g.p = -1;
                    global.addLast(g.id());
                }
            }
            case Event.GoBlock b -> {
                labels.see(b.object());
                at(b.g(), b.line());
                Goroutine g = offCpu(b.p(), b.g(), b.time());
                if (g != null) {
                    g.status = GStatus.WAITING;
                    g.reason = b.reason();
                    g.object = b.object();
                    g.p = -1;
                    rooms.computeIfAbsent(new Room.Key(b.reason(), b.object()), k -> new ArrayList<>()).add(g.id());
                }
            }
            case Event.GoUnblock u -> {
                Goroutine g = gs.get(u.g());
                if (g != null) {
                    leaveRoom(g);
                    g.since = u.time();
                    putRunnext(u.p(), g);
                }
            }
            case Event.GoPreempt pr -> {
                at(pr.g(), pr.line());
                preemptions++;
                toGlobalTail(pr.p(), pr.g(), pr.time());
            }
            case Event.GoSched s -> {
                at(s.g(), s.line());
                toGlobalTail(s.p(), s.g(), s.time());
            }
            case Event.GoEnd end -> {
                Goroutine g = offCpu(end.p(), end.g(), end.time());
                if (g != null) {
                    g.status = GStatus.DEAD;
                    g.p = -1;
                    done.add(g.id());
                }
            }
            case Event.Steal st -> steal(st.fromP(), st.toP(), st.count());
            case Event.WaitGroupAdd a -> {
                at(a.g(), a.line());
                String name = labels.see(a.wg());
                WaitGroupInfo w = wgs.computeIfAbsent(a.wg().id(), k -> new WaitGroupInfo(a.wg(), name));
                w.counter = a.counter();
                w.peak = Math.max(w.peak, a.counter());
                w.record(a.delta());
                if (a.counter() == 0) {
                    w.zeroAtSeq = a.seq();
                }
            }
            case Event.ChanMake m -> {
                at(m.g(), m.line());
                chans.put(m.ch().id(), new ChannelInfo(m.ch(), labels.see(m.ch()), m.capacity()));
            }
            case Event.ChanSend s -> {
                at(s.g(), s.line());
                chanInfo(s.ch()).sent(s.value(), s.bufLen());
            }
            case Event.ChanRecv r -> {
                at(r.g(), r.line());
                chanInfo(r.ch()).received(r.ok(), r.bufLen());
            }
            case Event.ChanClose c -> {
                at(c.g(), c.line());
                ChannelInfo ch = chanInfo(c.ch());
                ch.closed = true;
                ch.settle(c.bufLen());
            }
            case Event.MutexLock l -> {
                at(l.g(), l.line());
                labels.see(l.mutex());
            }
            case Event.MutexUnlock u -> {
                at(u.g(), u.line());
                labels.see(u.mutex());
            }
            case Event.TimerFire t -> labels.see(t.timer());
            case Event.Print p -> {
                at(p.g(), p.line());
                console.add(new ConsoleLine(p.g(), p.time(), p.text(),
                    p.stderr() ? ConsoleLine.Kind.STDERR : ConsoleLine.Kind.STDOUT, p.seq()));
            }
            case Event.Panic p -> {
                crash = p.message();
                if (p.g() != Event.NO_G) {
                    crashInvolved.add(p.g());
                }
                console.add(new ConsoleLine(p.g(), p.time(), p.message(), ConsoleLine.Kind.PANIC, p.seq()));
            }
            case Event.DataRace r -> {
                races.add(r);
                for (String line : r.report().split("\n")) {
                    console.add(new ConsoleLine(r.g(), r.time(), line, ConsoleLine.Kind.STDERR, r.seq()));
                }
            }
            case Event.Deadlock d -> {
                crash = d.report();
                Matcher m = CRASH_HEADER.matcher(d.report());
                while (m.find()) {
                    crashInvolved.add(Long.parseLong(m.group(1)));
                }
                for (String line : d.report().split("\n", -1)) {
                    console.add(new ConsoleLine(Event.NO_G, d.time(), line, ConsoleLine.Kind.DEADLOCK, d.seq()));
                }
            }
            case Event.End end -> {
                ended = true;
                exitCode = end.exitCode();
                for (Lane l : lanes) {
                    if (l.running != 0) {
                        l.busy += Math.max(0, end.time() - l.runningSince);
                        l.runningSince = end.time();
                    }
                }
            }
        }
    }

    /** Goroutine {@code id} is at source line {@code line} (0: the event did not say). */
    private void at(long id, int line) {
        if (line > 0) {
            Goroutine g = gs.get(id);
            if (g != null && g.status != GStatus.DEAD) {
                g.line = line;
            }
        }
    }

    /** A channel first seen in an op (e.g. a timer's, made by the runtime) gets capacity 0. */
    private ChannelInfo chanInfo(ObjectRef ref) {
        return chans.computeIfAbsent(ref.id(), k -> new ChannelInfo(ref, labels.see(ref), 0));
    }

    private void resize(int n) {
        maxProcsSeen = Math.max(maxProcsSeen, n);
        while (lanes.size() < n) {
            lanes.add(new Lane(lanes.size()));
        }
        while (lanes.size() > n) {
            Lane dropped = lanes.removeLast();
            // Go's (*p).destroy: runnext first, then the queue in order, to the global head.
            List<Long> moved = new ArrayList<>();
            if (dropped.runnext != 0) {
                moved.add(dropped.runnext);
            }
            moved.addAll(dropped.local);
            for (int i = moved.size() - 1; i >= 0; i--) {
                global.addFirst(moved.get(i));
                Goroutine g = gs.get(moved.get(i));
                if (g != null) {
                    g.p = -1;
                }
            }
            if (dropped.running != 0) {
                // The engine stops every running G before a resize; defensive only.
                global.addLast(dropped.running);
            }
        }
    }

    private Lane lane(int p) {
        if (p < 0) {
            return null;
        }
        while (lanes.size() <= p) {
            lanes.add(new Lane(lanes.size()));
        }
        return lanes.get(p);
    }

    /** Go's runqput(p, g, next=true): g into runnext, the old runnext to the local tail (overflow: half to global). */
    private void putRunnext(int p, Goroutine g) {
        g.status = GStatus.RUNNABLE;
        g.reason = null;
        g.object = null;
        g.preempted = false;
        Lane lane = lane(p);
        if (lane == null) {
            g.p = -1;
            global.addLast(g.id());
            return;
        }
        g.p = p;
        long old = lane.runnext;
        lane.runnext = g.id();
        if (old == 0) {
            return;
        }
        if (lane.local.size() < runQueueCapacity) {
            lane.local.addLast(old);
            return;
        }
        int half = lane.local.size() / 2;
        for (int i = 0; i < half; i++) {
            long moved = lane.local.pollFirst();
            global.addLast(moved);
            gs.get(moved).p = -1;
        }
        global.addLast(old);
        gs.get(old).p = -1;
    }

    private void start(int p, long id, long now) {
        Goroutine g = gs.get(id);
        Lane lane = lane(p);
        if (g == null || lane == null) {
            return;
        }
        removeQueued(g);
        lane.running = id;
        lane.runningSince = now;
        g.status = GStatus.RUNNING;
        g.p = p;
        g.since = now;
        g.preempted = false;
        switches++;
    }

    /** Takes a running goroutine off its P and accounts the P's busy time; null if unknown. */
    private Goroutine offCpu(int p, long id, long now) {
        Goroutine g = gs.get(id);
        if (g == null) {
            return null;
        }
        for (Lane l : lanes) {
            if (l.running == id) {
                l.busy += Math.max(0, now - l.runningSince);
                l.running = 0;
            }
        }
        g.since = now;
        return g;
    }

    private void toGlobalTail(int p, long id, long now) {
        Goroutine g = offCpu(p, id, now);
        if (g != null) {
            g.status = GStatus.RUNNABLE;
            g.p = -1;
            g.preempted = true;
            global.addLast(id);
        }
    }

    /** Go's runqsteal: half of the victim's local queue from its head to the thief's tail; runnext if that is all there is. */
    private void steal(int from, int to, int count) {
        steals++;
        Lane victim = lane(from);
        Lane thief = lane(to);
        if (victim == null || thief == null) {
            return;
        }
        if (victim.local.isEmpty() && victim.runnext != 0) {
            long g = victim.runnext;
            victim.runnext = 0;
            thief.local.addLast(g);
            gs.get(g).p = to;
            return;
        }
        for (int i = 0; i < count && !victim.local.isEmpty(); i++) {
            long g = victim.local.pollFirst();
            thief.local.addLast(g);
            gs.get(g).p = to;
        }
    }

    /**
     * Takes a goroutine out of whichever queue holds it. It looks first where the fold put it
     * ({@code g.p}: that P's runnext or local queue, else the global queue), so that a long
     * global queue is not scanned for goroutines that are elsewhere; queues are popped at
     * their head, where the scan ends at once.
     */
    private void removeQueued(Goroutine g) {
        long id = g.id();
        if (g.p >= 0 && g.p < lanes.size()) {
            Lane l = lanes.get(g.p);
            if (l.runnext == id) {
                l.runnext = 0;
                return;
            }
            if (l.local.remove(id)) {
                return;
            }
        }
        if (global.remove(id)) {
            return;
        }
        for (Lane l : lanes) {
            if (l.runnext == id) {
                l.runnext = 0;
                return;
            }
            if (l.local.remove(id)) {
                return;
            }
        }
    }

    private void leaveRoom(Goroutine g) {
        Room.Key key = new Room.Key(g.reason, g.object);
        List<Long> room = rooms.get(key);
        if (room != null) {
            room.remove(g.id());
            if (room.isEmpty()) {
                rooms.remove(key);
            }
        }
    }

    // ---- what the views read ---------------------------------------------------------------

    /** How many events are folded in. */
    public long folded() { return folded; }
    /** Virtual time of the last folded event (ns). */
    public long time() { return time; }
    /** GOMAXPROCS now: the number of lanes. */
    public int procs() { return lanes.size(); }
    public List<Lane> lanes() { return Collections.unmodifiableList(lanes); }
    /** The global run queue, head first. */
    public List<Long> global() { return List.copyOf(global); }
    public int globalSize() { return global.size(); }
    public Goroutine goroutine(long id) { return gs.get(id); }
    public Collection<Goroutine> goroutines() { return Collections.unmodifiableCollection(gs.values()); }
    /** The waiting rooms, in the order they were first used. */
    public List<Room> rooms() {
        List<Room> out = new ArrayList<>(rooms.size());
        rooms.forEach((k, v) -> out.add(new Room(k.reason(), k.object(), labels.of(k.object()), List.copyOf(v), v.size())));
        return out;
    }
    /** The waiting rooms with at most {@code max} goroutines listed each (the screen shows no more). */
    public List<Room> rooms(int max) {
        List<Room> out = new ArrayList<>(rooms.size());
        rooms.forEach((k, v) -> out.add(new Room(k.reason(), k.object(), labels.of(k.object()),
                List.copyOf(v.size() > max ? v.subList(0, max) : v), v.size())));
        return out;
    }

    /** The first {@code max} of the global run queue. */
    public List<Long> global(int max) {
        List<Long> out = new ArrayList<>(Math.min(max, global.size()));
        for (Long g : global) {
            if (out.size() == max) {
                break;
            }
            out.add(g);
        }
        return out;
    }

    /** Goroutines parked for {@code reason} on {@code object}, in parking order. */
    public List<Long> waiting(WaitReason reason, ObjectRef object) {
        List<Long> r = rooms.get(new Room.Key(reason, object));
        return r == null ? List.of() : List.copyOf(r);
    }
    /** Finished goroutines, in the order they ended. */
    public List<Long> done() { return Collections.unmodifiableList(done); }
    public List<WaitGroupInfo> waitGroups() { return List.copyOf(wgs.values()); }
    public List<ChannelInfo> channels() { return List.copyOf(chans.values()); }
    public List<ConsoleLine> console() { return Collections.unmodifiableList(console); }
    public long created() { return created; }
    /** Goroutines that exist and have not ended. */
    public long live() { return created - done.size(); }
    public long switches() { return switches; }
    public long steals() { return steals; }
    public long preemptions() { return preemptions; }
    /** The panic message or deadlock report, null while the program is healthy. */
    public String crash() { return crash; }
    /** The goroutines named by the crash (the panicking one, or every one in the deadlock report). */
    public Set<Long> crashInvolved() { return Collections.unmodifiableSet(crashInvolved); }
    /** The data races reported so far (runs with the race detector on), oldest first. */
    public List<Event.DataRace> races() { return Collections.unmodifiableList(races); }
    /** The goroutines of the races reported so far: both sides of each. */
    public Set<Long> raceInvolved() {
        Set<Long> out = new LinkedHashSet<>();
        for (Event.DataRace r : races) {
            out.add(r.other());
            out.add(r.g());
        }
        return out;
    }
    public boolean ended() { return ended; }
    public int exitCode() { return exitCode; }
    /** The last folded event, null before the first. */
    public Event last() { return last; }
    /** The screen's names of the runtime objects the log has mentioned so far. */
    public ObjectLabels labels() { return labels; }
    /** The most lanes this run has had so far. */
    public int maxProcsSeen() { return maxProcsSeen; }

    /** Goroutine ids by the line they are at, for the code view's markers (live goroutines only). */
    public Map<Integer, List<Long>> linesOfLive() {
        Map<Integer, List<Long>> out = new HashMap<>();
        for (Goroutine g : gs.values()) {
            if (g.status != GStatus.DEAD && g.line > 0) {
                out.computeIfAbsent(g.line, k -> new ArrayList<>()).add(g.id());
            }
        }
        return out;
    }
}
