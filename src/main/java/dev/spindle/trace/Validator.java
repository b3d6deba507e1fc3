package dev.spindle.trace;

import dev.spindle.trace.Event.*;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Replays a log (a whole run or any prefix of one) and reports every event that could not
 * have happened, after Go's internal/trace/testtrace validator: a goroutine started twice,
 * a parked goroutine running, one goroutine on two Ps, two goroutines on one P, an unblock
 * of a goroutine that was not blocked, a WaitGroup counter that does not add up, events
 * after End. The rules are the spec table in package-info; each violation names the event.
 *
 * <p>A log opens with {@code ProcResize(0 -> n)} (the run's initial GOMAXPROCS) followed by
 * the creation of goroutine 1. Stateless between calls; any thread.
 */
public final class Validator {

    private enum GState { RUNNABLE, RUNNING, WAITING, DEAD }

    private final Map<Long, GState> gs = new HashMap<>();
    private final Map<Long, Integer> gOnP = new HashMap<>();
    private final Map<Long, GoBlock> blockedBy = new HashMap<>();
    private final Map<Long, Long> wgCounters = new HashMap<>();
    private long[] pRunning = new long[0];
    private int procs;
    private boolean ended;
    private boolean mayGoNegative;
    private final List<String> problems = new ArrayList<>();

    private Validator() {}

    /** Every violation in {@code events}, in log order; empty when the log is consistent. */
    public static List<String> problems(List<Event> events) {
        Validator v = new Validator();
        for (int i = 0; i < events.size(); i++) {
            v.step(i, events.get(i));
        }
        return List.copyOf(v.problems);
    }

    /** Throws {@link IllegalStateException} listing the violations if there are any. */
    public static void requireValid(List<Event> events) {
        List<String> problems = problems(events);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("invalid event log:\n  " + String.join("\n  ", problems));
        }
    }

    private void fail(Event e, String why) {
        problems.add("#" + e.seq() + " " + e.getClass().getSimpleName() + " g=" + e.g() + " p=" + e.p() + ": " + why);
    }

    private long lastTime = Long.MIN_VALUE;

    private void step(int index, Event e) {
        if (e.seq() != index) {
            fail(e, "seq should be " + index);
        }
        if (e.time() < lastTime) {
            fail(e, "time goes backwards (" + e.time() + " < " + lastTime + ")");
        }
        lastTime = Math.max(lastTime, e.time());
        if (ended) {
            fail(e, "event after End");
            return;
        }
        if (index == 0 && !(e instanceof ProcResize)) {
            fail(e, "a log must open with ProcResize");
        }
        if (e.p() != Event.NO_P && (e.p() < 0 || e.p() >= procs) && !(e instanceof ProcResize)) {
            fail(e, "P " + e.p() + " does not exist (GOMAXPROCS " + procs + ")");
        }
        boolean negativeAllowedHere = mayGoNegative;
        mayGoNegative = false;
        switch (e) {
            case GoCreate c -> {
                if (c.g() <= 0 || gs.containsKey(c.g())) {
                    fail(e, "goroutine id reused or invalid");
                } else if (c.parent() != Event.NO_G && gs.get(c.parent()) != GState.RUNNING) {
                    fail(e, "creator " + c.parent() + " is not running");
                } else {
                    gs.put(c.g(), GState.RUNNABLE);
                }
            }
            case GoStart s -> {
                if (expect(e, GState.RUNNABLE)) {
                    if (s.p() < 0 || s.p() >= procs) {
                        return;
                    }
                    if (pRunning[s.p()] != Event.NO_G) {
                        fail(e, "P already runs goroutine " + pRunning[s.p()]);
                        return;
                    }
                    pRunning[s.p()] = s.g();
                    gOnP.put(s.g(), s.p());
                    gs.put(s.g(), GState.RUNNING);
                }
            }
            case GoStop s -> leave(e, GState.RUNNABLE);
            case GoPreempt s -> leave(e, GState.RUNNABLE);
            case GoSched s -> leave(e, GState.RUNNABLE);
            case GoBlock b -> {
                leave(e, GState.WAITING);
                blockedBy.put(b.g(), b);
            }
            case GoEnd d -> leave(e, GState.DEAD);
            case GoUnblock u -> {
                if (expect(e, GState.WAITING)) {
                    gs.put(u.g(), GState.RUNNABLE);
                }
                if (u.by() != Event.NO_G && gs.get(u.by()) != GState.RUNNING) {
                    fail(e, "waker " + u.by() + " is not running");
                }
            }
            case Steal s -> {
                if (s.fromP() == s.toP() || s.count() <= 0 || s.toP() != s.p()
                        || s.fromP() < 0 || s.fromP() >= procs) {
                    fail(e, "bad steal " + s.fromP() + " -> " + s.toP() + " x" + s.count());
                }
            }
            case ProcResize r -> {
                if (r.oldProcs() != procs) {
                    fail(e, "old GOMAXPROCS " + r.oldProcs() + " but it was " + procs);
                }
                if (r.newProcs() < 1) {
                    fail(e, "GOMAXPROCS must be at least 1");
                    return;
                }
                for (int p = r.newProcs(); p < procs; p++) {
                    if (pRunning[p] != Event.NO_G) {
                        fail(e, "dropped P " + p + " still runs goroutine " + pRunning[p]);
                    }
                }
                long[] next = new long[r.newProcs()];
                System.arraycopy(pRunning, 0, next, 0, Math.min(procs, r.newProcs()));
                pRunning = next;
                procs = r.newProcs();
            }
            case WaitGroupAdd w -> {
                actor(e);
                long before = wgCounters.getOrDefault(w.wg().id(), 0L);
                if (before + w.delta() != w.counter()) {
                    fail(e, "counter " + before + " + " + w.delta() + " != " + w.counter());
                }
                wgCounters.put(w.wg().id(), w.counter());
                if (w.counter() < 0) {
                    mayGoNegative = true; // only a Panic may follow
                }
            }
            case ChanMake m -> actor(e);
            case ChanSend m -> handOff(e, m.ch(), WaitReason.CHAN_SEND);
            case ChanRecv m -> handOff(e, m.ch(), WaitReason.CHAN_RECEIVE);
            case ChanClose m -> actor(e);
            case MutexLock m -> handOff(e, m.mutex(), m.read() ? WaitReason.RW_MUTEX_RLOCK
                    : blockedReason(m.g()) == WaitReason.RW_MUTEX_LOCK ? WaitReason.RW_MUTEX_LOCK : WaitReason.MUTEX_LOCK);
            case MutexUnlock m -> actor(e);
            case TimerFire t -> { }
            case Print pr -> {
                if (pr.g() != Event.NO_G) {
                    actor(e);
                }
            }
            case Panic pa -> {
                if (pa.g() != Event.NO_G) {
                    actor(e);
                }
            }
            case DataRace r -> {
                actor(e);
                if (!gs.containsKey(r.other()) || r.other() == r.g()) {
                    fail(e, "the earlier access's goroutine " + r.other() + " never existed or is g itself");
                }
            }
            case Deadlock d -> {
                for (var entry : gs.entrySet()) {
                    if (entry.getValue() == GState.RUNNING || entry.getValue() == GState.RUNNABLE) {
                        fail(e, "goroutine " + entry.getKey() + " is " + entry.getValue().name().toLowerCase());
                    }
                }
            }
            case End end -> ended = true;
        }
        if (negativeAllowedHere && !(e instanceof Panic)) {
            fail(e, "a negative WaitGroup counter must be followed by Panic");
        }
    }

    /** The goroutine doing an object operation must be running on the event's P. */
    private void actor(Event e) {
        GState s = gs.get(e.g());
        if (s != GState.RUNNING) {
            fail(e, "goroutine is " + (s == null ? "unknown" : s.name().toLowerCase()) + ", not running");
        } else if (!Integer.valueOf(e.p()).equals(gOnP.get(e.g()))) {
            fail(e, "goroutine runs on P " + gOnP.get(e.g()));
        }
    }

    /**
     * An operation that may complete on behalf of a parked goroutine (a value handed to a
     * parked receiver, a lock granted to a parked waiter): allowed for a running goroutine, or
     * for one parked for exactly this kind of operation on this object (or in a select).
     */
    private void handOff(Event e, ObjectRef object, WaitReason reason) {
        if (gs.get(e.g()) != GState.WAITING) {
            actor(e);
            return;
        }
        GoBlock b = blockedBy.get(e.g());
        boolean ok = b != null && (b.reason() == WaitReason.SELECT
                || (b.reason() == reason && object != null && object.equals(b.object())));
        if (!ok) {
            fail(e, "parked goroutine (" + (b == null ? "?" : b.reason().text()) + ") cannot complete this");
        }
    }

    private WaitReason blockedReason(long g) {
        GoBlock b = blockedBy.get(g);
        return b == null ? null : b.reason();
    }

    private boolean expect(Event e, GState wanted) {
        GState s = gs.get(e.g());
        if (s != wanted) {
            fail(e, "goroutine is " + (s == null ? "unknown" : s.name().toLowerCase()) + ", not " + wanted.name().toLowerCase());
            return false;
        }
        return true;
    }

    private void leave(Event e, GState to) {
        if (!expect(e, GState.RUNNING)) {
            return;
        }
        Integer p = gOnP.remove(e.g());
        if (p == null || p != e.p()) {
            fail(e, "goroutine runs on P " + p);
        }
        if (p != null && p < pRunning.length) {
            pRunning[p] = Event.NO_G;
        }
        gs.put(e.g(), to);
    }
}
