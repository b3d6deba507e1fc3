package dev.spindle.trace;

/**
 * The same event with another header ({@code seq}, {@code time}, {@code p}, {@code g}) and
 * every other component unchanged. {@link CompactEvents} keeps an event as its header plus
 * a shared "template" (the event with a zero header), and rebuilds it here. The switch is
 * exhaustive without a default, so a new event type, or a new component in one, fails to
 * compile here instead of being stored wrong.
 */
final class EventHeaders {

    private EventHeaders() {}

    static Event withHeader(Event e, long seq, long time, int p, long g) {
        return switch (e) {
            case Event.GoCreate x -> new Event.GoCreate(seq, time, p, g, x.parent(), x.function(), x.line());
            case Event.GoStart x -> new Event.GoStart(seq, time, p, g, x.line());
            case Event.GoStop x -> new Event.GoStop(seq, time, p, g, x.reason(), x.line());
            case Event.GoBlock x -> new Event.GoBlock(seq, time, p, g, x.reason(), x.object(), x.line());
            case Event.GoUnblock x -> new Event.GoUnblock(seq, time, p, g, x.by());
            case Event.GoPreempt x -> new Event.GoPreempt(seq, time, p, g, x.line());
            case Event.GoSched x -> new Event.GoSched(seq, time, p, g, x.line());
            case Event.GoEnd x -> new Event.GoEnd(seq, time, p, g, x.line());
            case Event.Steal x -> new Event.Steal(seq, time, p, g, x.fromP(), x.toP(), x.count());
            case Event.ProcResize x -> new Event.ProcResize(seq, time, p, g, x.oldProcs(), x.newProcs());
            case Event.WaitGroupAdd x -> new Event.WaitGroupAdd(seq, time, p, g, x.wg(), x.delta(), x.counter(), x.line());
            case Event.ChanMake x -> new Event.ChanMake(seq, time, p, g, x.ch(), x.capacity(), x.line());
            case Event.ChanSend x -> new Event.ChanSend(seq, time, p, g, x.ch(), x.bufLen(), x.value(), x.line());
            case Event.ChanRecv x -> new Event.ChanRecv(seq, time, p, g, x.ch(), x.bufLen(), x.ok(), x.value(), x.line());
            case Event.ChanClose x -> new Event.ChanClose(seq, time, p, g, x.ch(), x.bufLen(), x.line());
            case Event.MutexLock x -> new Event.MutexLock(seq, time, p, g, x.mutex(), x.read(), x.line());
            case Event.MutexUnlock x -> new Event.MutexUnlock(seq, time, p, g, x.mutex(), x.read(), x.line());
            case Event.TimerFire x -> new Event.TimerFire(seq, time, p, g, x.timer());
            case Event.Print x -> new Event.Print(seq, time, p, g, x.text(), x.stderr(), x.line());
            case Event.Panic x -> new Event.Panic(seq, time, p, g, x.message());
            case Event.DataRace x -> new Event.DataRace(seq, time, p, g, x.write(), x.line(), x.other(),
                    x.otherWrite(), x.otherLine(), x.address(), x.report());
            case Event.Deadlock x -> new Event.Deadlock(seq, time, p, g, x.report());
            case Event.End x -> new Event.End(seq, time, p, g, x.exitCode());
        };
    }

    /** Whether events of this type often repeat all but their header (worth sharing a template). */
    static boolean templated(Event e) {
        return !(e instanceof Event.Print || e instanceof Event.Panic || e instanceof Event.Deadlock
                || e instanceof Event.DataRace
                || e instanceof Event.End);
    }
}
