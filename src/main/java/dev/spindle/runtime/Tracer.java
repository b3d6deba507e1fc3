package dev.spindle.runtime;

import dev.spindle.trace.Event;
import dev.spindle.trace.EventLog;
import dev.spindle.trace.ObjectRef;
import dev.spindle.trace.WaitReason;
import java.util.Map;

/**
 * Appends events to the run's log, stamping sequence numbers, the current virtual time and,
 * where the event has one, the goroutine's current source line (read from its code: the
 * goroutine is suspended whenever the coordinator appends, so its innermost frame's pc says
 * exactly where it is, the same in every run). The coordinator sets {@link #time} to the
 * instant of the operation it applies. Coordinator only.
 */
final class Tracer {

    final EventLog log;
    long time;
    /** The live goroutines by id, to find the line of the actor of an object operation. */
    private final Map<Long, G> live;
    /**
     * Whether events get their details (lines, value texts): not when nobody reads the log
     * ({@code spindle run} without --trace), which then costs no more than before they existed.
     */
    final boolean details;

    /** A tracer that knows no goroutines' lines (tests of the scheduler alone). */
    Tracer(EventLog log) {
        this(log, Map.of());
    }

    Tracer(EventLog log, Map<Long, G> live) {
        this.log = log;
        this.live = live;
        this.details = log.observed();
    }

    /** The line goroutine {@code g} is at, 0 if it is unknown or gone (or nobody reads the log). */
    private int line(G g) {
        return g == null || !details ? 0 : g.code.line();
    }

    private int line(long g) {
        return g == Event.NO_G || !details ? 0 : line(live.get(g));
    }

    private long seq() {
        return log.nextSeq();
    }

    void goCreate(int p, G g) {
        log.append(new Event.GoCreate(seq(), time, p, g.id, g.parent(), g.function, g.line));
    }

    void goStart(int p, G g) {
        log.append(new Event.GoStart(seq(), time, p, g.id, line(g)));
    }

    void goStop(int p, G g, String reason) {
        log.append(new Event.GoStop(seq(), time, p, g.id, reason, line(g)));
    }

    void goBlock(int p, G g, WaitReason reason, ObjectRef object) {
        log.append(new Event.GoBlock(seq(), time, p, g.id, reason, object, line(g)));
    }

    void goUnblock(int p, G g, long by) {
        log.append(new Event.GoUnblock(seq(), time, p, g.id, by));
    }

    void goPreempt(int p, G g) {
        log.append(new Event.GoPreempt(seq(), time, p, g.id, line(g)));
    }

    void goSched(int p, G g) {
        log.append(new Event.GoSched(seq(), time, p, g.id, line(g)));
    }

    void goEnd(int p, G g) {
        log.append(new Event.GoEnd(seq(), time, p, g.id, line(g)));
    }

    void steal(int from, int to, int count) {
        log.append(new Event.Steal(seq(), time, to, Event.NO_G, from, to, count));
    }

    void procResize(long g, int oldProcs, int newProcs) {
        log.append(new Event.ProcResize(seq(), time, Event.NO_P, g, oldProcs, newProcs));
    }

    void waitGroupAdd(int p, long g, ObjectRef wg, long delta, long counter) {
        log.append(new Event.WaitGroupAdd(seq(), time, p, g, wg, delta, counter, line(g)));
    }

    void chanMake(int p, long g, ObjectRef ch, int capacity) {
        log.append(new Event.ChanMake(seq(), time, p, g, ch, capacity, line(g)));
    }

    /** {@code value}: the value's short text ({@link dev.spindle.runtime.spi.Chan#show}). */
    void chanSend(int p, long g, ObjectRef ch, int bufLen, String value) {
        log.append(new Event.ChanSend(seq(), time, p, g, ch, bufLen, value, line(g)));
    }

    void chanRecv(int p, long g, ObjectRef ch, int bufLen, boolean ok, String value) {
        log.append(new Event.ChanRecv(seq(), time, p, g, ch, bufLen, ok, value, line(g)));
    }

    void chanClose(int p, long g, ObjectRef ch, int bufLen) {
        log.append(new Event.ChanClose(seq(), time, p, g, ch, bufLen, line(g)));
    }

    void mutexLock(int p, long g, ObjectRef mu, boolean read) {
        log.append(new Event.MutexLock(seq(), time, p, g, mu, read, line(g)));
    }

    void mutexUnlock(int p, long g, ObjectRef mu, boolean read) {
        log.append(new Event.MutexUnlock(seq(), time, p, g, mu, read, line(g)));
    }

    void timerFire(int p, long g, ObjectRef timer) {
        log.append(new Event.TimerFire(seq(), time, p, g, timer));
    }

    void print(int p, long g, String text, boolean stderr) {
        log.append(new Event.Print(seq(), time, p, g, text, stderr, line(g)));
    }

    void panic(int p, long g, String message) {
        log.append(new Event.Panic(seq(), time, p, g, message));
    }

    void dataRace(int p, dev.spindle.runtime.race.RaceReport r) {
        log.append(new Event.DataRace(seq(), time, p, r.goid(), r.write(), r.line(), r.previousGoid(),
                r.previousWrite(), r.previousLine(), r.address(), r.text()));
    }

    void deadlock(String report) {
        log.append(new Event.Deadlock(seq(), time, Event.NO_P, Event.NO_G, report));
    }

    void end(int exitCode) {
        log.append(new Event.End(seq(), time, Event.NO_P, Event.NO_G, exitCode));
    }
}
