package dev.spindle.trace;

/**
 * One thing that happened in a run. Every event carries its sequence number ({@code seq},
 * 0, 1, 2, ... without gaps), the virtual time in nanoseconds ({@code time}, never
 * decreasing along the log), the P it happened on ({@code p}, {@link #NO_P} when none) and
 * the goroutine it is about ({@code g}, {@link #NO_G} when none).
 *
 * <p>Naming scheme (after Go's internal/trace): {@code Go*} events change a goroutine's
 * state; {@code Chan*}, {@code WaitGroup*}, {@code Mutex*}, {@code Timer*} report an operation
 * on a runtime object done by the running goroutine {@code g}; {@code Steal} and
 * {@code ProcResize} are scheduler events; {@code Print}, {@code Panic}, {@code Deadlock} and
 * {@code End} are program-level. The spec table in package-info says when each is emitted
 * and what may precede it; {@link Validator} enforces it.
 */
public sealed interface Event {

    /** {@code p} of events that are not about a P. */
    int NO_P = -1;
    /** {@code g} of events that are not about a goroutine. */
    long NO_G = 0;

    long seq();

    long time();

    int p();

    long g();

    /** Goroutine {@code g} was created by {@code parent} (0 for main) to run {@code function}, from source line {@code line}. */
    record GoCreate(long seq, long time, int p, long g, long parent, String function, int line) implements Event {}

    /** P {@code p} starts running goroutine {@code g}. */
    record GoStart(long seq, long time, int p, long g) implements Event {}

    /** Running goroutine {@code g} is taken off P {@code p} by the runtime, still runnable (e.g. stop-the-world). */
    record GoStop(long seq, long time, int p, long g, String reason) implements Event {}

    /** Running goroutine {@code g} parks: it waits for {@code reason} on {@code object} (null for sleep/select). */
    record GoBlock(long seq, long time, int p, long g, WaitReason reason, ObjectRef object) implements Event {}

    /** Waiting goroutine {@code g} becomes runnable, woken by goroutine {@code by} (0: the runtime, e.g. a timer); it goes to P {@code p}'s queue. */
    record GoUnblock(long seq, long time, int p, long g, long by) implements Event {}

    /** Running goroutine {@code g} used up its time slice and goes to the global queue's tail. */
    record GoPreempt(long seq, long time, int p, long g) implements Event {}

    /** Running goroutine {@code g} called runtime.Gosched and goes to the global queue's tail. */
    record GoSched(long seq, long time, int p, long g) implements Event {}

    /** Running goroutine {@code g} returned from its function; it is dead. */
    record GoEnd(long seq, long time, int p, long g) implements Event {}

    /** P {@code toP} (= {@code p}) took {@code count} goroutines from P {@code fromP}'s queue. */
    record Steal(long seq, long time, int p, long g, int fromP, int toP, int count) implements Event {}

    /** GOMAXPROCS changed from {@code oldProcs} to {@code newProcs} (the world was stopped). */
    record ProcResize(long seq, long time, int p, long g, int oldProcs, int newProcs) implements Event {}

    /** Goroutine {@code g} added {@code delta} to WaitGroup {@code wg}; its counter is now {@code counter}. */
    record WaitGroupAdd(long seq, long time, int p, long g, ObjectRef wg, long delta, long counter) implements Event {}

    /** Goroutine {@code g} made channel {@code ch} with buffer capacity {@code capacity}. */
    record ChanMake(long seq, long time, int p, long g, ObjectRef ch, int capacity) implements Event {}

    /** Goroutine {@code g} completed a send on {@code ch}; {@code bufLen} values are buffered afterwards. */
    record ChanSend(long seq, long time, int p, long g, ObjectRef ch, int bufLen) implements Event {}

    /** Goroutine {@code g} completed a receive on {@code ch} ({@code ok} false: closed and drained). */
    record ChanRecv(long seq, long time, int p, long g, ObjectRef ch, int bufLen, boolean ok) implements Event {}

    /** Goroutine {@code g} closed {@code ch}. */
    record ChanClose(long seq, long time, int p, long g, ObjectRef ch, int bufLen) implements Event {}

    /** Goroutine {@code g} acquired {@code mutex} ({@code read}: a read lock of an RWMutex). */
    record MutexLock(long seq, long time, int p, long g, ObjectRef mutex, boolean read) implements Event {}

    /** Goroutine {@code g} released {@code mutex}. */
    record MutexUnlock(long seq, long time, int p, long g, ObjectRef mutex, boolean read) implements Event {}

    /** A timer (sleep, After, Timer, Ticker) fired; {@code g} is the goroutine it wakes or 0. */
    record TimerFire(long seq, long time, int p, long g, ObjectRef timer) implements Event {}

    /** Goroutine {@code g} wrote one line {@code text} (without its newline) to stdout or stderr. */
    record Print(long seq, long time, int p, long g, String text, boolean stderr) implements Event {}

    /** Goroutine {@code g} panicked unrecovered or hit a fatal error: {@code message} is Go's first line ({@code panic: ...} or {@code fatal error: ...}). */
    record Panic(long seq, long time, int p, long g, String message) implements Event {}

    /** No goroutine can ever run again; {@code report} is Go's crash text. */
    record Deadlock(long seq, long time, int p, long g, String report) implements Event {}

    /** The run is over with this exit code (-1: stopped from outside); always the last event. */
    record End(long seq, long time, int p, long g, int exitCode) implements Event {}
}
