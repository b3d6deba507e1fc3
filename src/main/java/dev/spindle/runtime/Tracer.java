package dev.spindle.runtime;

import dev.spindle.trace.Event;
import dev.spindle.trace.EventLog;
import dev.spindle.trace.ObjectRef;
import dev.spindle.trace.WaitReason;

/**
 * Appends events to the run's log, stamping sequence numbers and the current virtual time.
 * The coordinator sets {@link #time} to the instant of the operation it applies.
 * Coordinator only.
 */
final class Tracer {

    final EventLog log;
    long time;

    Tracer(EventLog log) {
        this.log = log;
    }

    private long seq() {
        return log.nextSeq();
    }

    void goCreate(int p, G g) {
        log.append(new Event.GoCreate(seq(), time, p, g.id, g.parent, g.function, g.line));
    }

    void goStart(int p, G g) {
        log.append(new Event.GoStart(seq(), time, p, g.id));
    }

    void goStop(int p, G g, String reason) {
        log.append(new Event.GoStop(seq(), time, p, g.id, reason));
    }

    void goBlock(int p, G g, WaitReason reason, ObjectRef object) {
        log.append(new Event.GoBlock(seq(), time, p, g.id, reason, object));
    }

    void goUnblock(int p, G g, long by) {
        log.append(new Event.GoUnblock(seq(), time, p, g.id, by));
    }

    void goPreempt(int p, G g) {
        log.append(new Event.GoPreempt(seq(), time, p, g.id));
    }

    void goSched(int p, G g) {
        log.append(new Event.GoSched(seq(), time, p, g.id));
    }

    void goEnd(int p, G g) {
        log.append(new Event.GoEnd(seq(), time, p, g.id));
    }

    void steal(int from, int to, int count) {
        log.append(new Event.Steal(seq(), time, to, Event.NO_G, from, to, count));
    }

    void procResize(long g, int oldProcs, int newProcs) {
        log.append(new Event.ProcResize(seq(), time, Event.NO_P, g, oldProcs, newProcs));
    }

    void waitGroupAdd(int p, long g, ObjectRef wg, long delta, long counter) {
        log.append(new Event.WaitGroupAdd(seq(), time, p, g, wg, delta, counter));
    }

    void chanMake(int p, long g, ObjectRef ch, int capacity) {
        log.append(new Event.ChanMake(seq(), time, p, g, ch, capacity));
    }

    void chanSend(int p, long g, ObjectRef ch, int bufLen) {
        log.append(new Event.ChanSend(seq(), time, p, g, ch, bufLen));
    }

    void chanRecv(int p, long g, ObjectRef ch, int bufLen, boolean ok) {
        log.append(new Event.ChanRecv(seq(), time, p, g, ch, bufLen, ok));
    }

    void chanClose(int p, long g, ObjectRef ch, int bufLen) {
        log.append(new Event.ChanClose(seq(), time, p, g, ch, bufLen));
    }

    void mutexLock(int p, long g, ObjectRef mu, boolean read) {
        log.append(new Event.MutexLock(seq(), time, p, g, mu, read));
    }

    void mutexUnlock(int p, long g, ObjectRef mu, boolean read) {
        log.append(new Event.MutexUnlock(seq(), time, p, g, mu, read));
    }

    void timerFire(int p, long g, ObjectRef timer) {
        log.append(new Event.TimerFire(seq(), time, p, g, timer));
    }

    void print(int p, long g, String text, boolean stderr) {
        log.append(new Event.Print(seq(), time, p, g, text, stderr));
    }

    void panic(int p, long g, String message) {
        log.append(new Event.Panic(seq(), time, p, g, message));
    }

    void deadlock(String report) {
        log.append(new Event.Deadlock(seq(), time, Event.NO_P, Event.NO_G, report));
    }

    void end(int exitCode) {
        log.append(new Event.End(seq(), time, Event.NO_P, Event.NO_G, exitCode));
    }
}
