package dev.spindle.app.fold;

import dev.spindle.trace.Event;
import dev.spindle.trace.VirtualTime;
import dev.spindle.trace.ObjectRef;
import java.util.function.Function;

/** One event in words for the event log: {@code G3 parked: chan receive on jobs}, {@code P1 stole 2 from P0}. */
public final class EventText {
    /**
     * The id of the first goroutine a program starts, as the runtime numbers them (its
     * Coordinator.FIRST_USER_GOID: Go starts runtime goroutines 2..6 before main runs).
     */
    private static final long FIRST_USER_GOROUTINE = 7;

    private EventText() {
    }

    /** The event in words, objects named by {@link Labels#of} ({@code wg#1} when the log has no name). */
    public static String of(Event e) {
        return of(e, Labels::of);
    }

    /** The event in words, objects named by {@code names} (a state's {@link ObjectLabels#of}). */
    public static String of(Event e, Function<ObjectRef, String> names) {
        return switch (e) {
            case Event.ProcResize r -> "GOMAXPROCS " + r.oldProcs() + " → " + r.newProcs();
            case Event.GoCreate c -> c.parent() == 0
                    ? "G" + c.g() + " created: " + c.function()
                    : "G" + c.parent() + " started G" + c.g() + ": go " + c.function() + lineSuffix(c.line())
                            + (c.g() == FIRST_USER_GOROUTINE ? " (why G7: Go's runtime starts G2-G6 for itself first)" : "");
            case Event.GoStart s -> "P" + s.p() + " runs G" + s.g();
            case Event.GoStop s -> "G" + s.g() + " stopped on P" + s.p() + " (" + s.reason() + ")";
            case Event.GoBlock b -> "G" + b.g() + " parked: " + b.reason().text()
                    + (b.object() != null ? " on " + names.apply(b.object()) : "");
            case Event.GoUnblock u -> "G" + u.g() + " woken" + (u.by() != 0 ? " by G" + u.by() : " by the runtime")
                    + " → P" + u.p();
            case Event.GoPreempt p -> "G" + p.g() + " preempted on P" + p.p() + " → global queue";
            case Event.GoSched s -> "G" + s.g() + " yielded (Gosched) → global queue";
            case Event.GoEnd end -> "G" + end.g() + " finished";
            case Event.Steal s -> "P" + s.toP() + " stole " + s.count() + " from P" + s.fromP();
            case Event.WaitGroupAdd a -> "G" + a.g() + " " + names.apply(a.wg())
                    + (a.delta() == -1 ? ".Done()" : ".Add(" + a.delta() + ")") + " → " + a.counter();
            case Event.ChanMake m -> "G" + m.g() + " made chan " + names.apply(m.ch()) + " (cap " + m.capacity() + ")";
            case Event.ChanSend s -> "G" + s.g() + " sent " + value(s.value()) + "on " + names.apply(s.ch()) + " (len " + s.bufLen() + ")";
            case Event.ChanRecv r -> r.ok()
                    ? "G" + r.g() + " received " + value(r.value()) + "from " + names.apply(r.ch())
                    : "G" + r.g() + " received from " + names.apply(r.ch()) + " (closed)";
            case Event.ChanClose c -> "G" + c.g() + " closed " + names.apply(c.ch());
            case Event.MutexLock l -> "G" + l.g() + (l.read() ? " RLock " : " Lock ") + names.apply(l.mutex());
            case Event.MutexUnlock u -> "G" + u.g() + (u.read() ? " RUnlock " : " Unlock ") + names.apply(u.mutex());
            case Event.TimerFire t -> "timer " + names.apply(t.timer()) + " fired" + (t.g() != 0 ? " for G" + t.g() : "");
            case Event.Print p -> "G" + p.g() + " printed \"" + p.text() + "\"";
            case Event.Panic p -> (p.g() != 0 ? "G" + p.g() + " " : "") + p.message();
            case Event.DataRace r -> "DATA RACE: G" + r.g() + " " + (r.write() ? "writes" : "reads") + " at line " + r.line()
                    + ", G" + r.other() + " " + (r.otherWrite() ? "wrote" : "read") + " at line " + r.otherLine()
                    + " (no happens-before)";
            case Event.Deadlock d -> "fatal error: all goroutines are asleep - deadlock!";
            case Event.End end -> end.exitCode() == -1 ? "stopped" : "exit status " + end.exitCode();
        };
    }

    /** Virtual time as the screen shows it, its unit chosen by magnitude ({@link VirtualTime#format}). */
    public static String time(long nanos) {
        return VirtualTime.format(nanos);
    }

    private static String value(String v) {
        return v == null ? "" : v.isEmpty() ? "\"\" " : v + " ";
    }

    private static String lineSuffix(int line) {
        return line > 0 ? " (line " + line + ")" : "";
    }
}
