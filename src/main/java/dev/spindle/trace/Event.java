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
 *
 * <p>Source lines: the events after which the screen must know where a goroutine is carry
 * {@code line}, the line of its innermost frame at that moment (0 when unknown): the
 * {@code Go*} events that take it off or put it on a P (where it parked, was preempted,
 * resumes), and the operations it does (where it printed, sent, added to a WaitGroup). The
 * code view's per-goroutine markers are a fold of these; {@link GoEnd} carries the line where
 * the goroutine's function returned (its {@code return}, or its closing brace). The secondary constructors without {@code line} (or {@code value})
 * exist for hand-written logs in tests; the engine always fills them in.
 */
public sealed interface Event {

    /** {@code p} of events that are not about a P. */
    int NO_P = -1;
    /** {@code g} of events that are not about a goroutine. */
    long NO_G = 0;
    /** The longest value text a channel event carries ({@link ChanSend#value()}), ellipsis included. */
    int VALUE_TEXT_MAX = 12;

    long seq();

    long time();

    int p();

    long g();

    /** Goroutine {@code g} was created by {@code parent} (0 for main) to run {@code function}, from source line {@code line}. */
    record GoCreate(long seq, long time, int p, long g, long parent, String function, int line) implements Event {}

    /** P {@code p} starts running goroutine {@code g}, which resumes at source line {@code line} (0: unknown). */
    record GoStart(long seq, long time, int p, long g, int line) implements Event {
        public GoStart(long seq, long time, int p, long g) {
            this(seq, time, p, g, 0);
        }
    }

    /** Running goroutine {@code g} is taken off P {@code p} by the runtime at line {@code line}, still runnable (e.g. stop-the-world). */
    record GoStop(long seq, long time, int p, long g, String reason, int line) implements Event {
        public GoStop(long seq, long time, int p, long g, String reason) {
            this(seq, time, p, g, reason, 0);
        }
    }

    /** Running goroutine {@code g} parks at line {@code line}: it waits for {@code reason} on {@code object} (null for sleep/select). */
    record GoBlock(long seq, long time, int p, long g, WaitReason reason, ObjectRef object, int line) implements Event {
        public GoBlock(long seq, long time, int p, long g, WaitReason reason, ObjectRef object) {
            this(seq, time, p, g, reason, object, 0);
        }
    }

    /** Waiting goroutine {@code g} becomes runnable, woken by goroutine {@code by} (0: the runtime, e.g. a timer); it goes to P {@code p}'s queue. */
    record GoUnblock(long seq, long time, int p, long g, long by) implements Event {}

    /** Running goroutine {@code g} used up its time slice at line {@code line} and goes to the global queue's tail. */
    record GoPreempt(long seq, long time, int p, long g, int line) implements Event {
        public GoPreempt(long seq, long time, int p, long g) {
            this(seq, time, p, g, 0);
        }
    }

    /** Running goroutine {@code g} called runtime.Gosched at line {@code line} and goes to the global queue's tail. */
    record GoSched(long seq, long time, int p, long g, int line) implements Event {
        public GoSched(long seq, long time, int p, long g) {
            this(seq, time, p, g, 0);
        }
    }

    /** Running goroutine {@code g} returned from its function at line {@code line}; it is dead. */
    record GoEnd(long seq, long time, int p, long g, int line) implements Event {
        public GoEnd(long seq, long time, int p, long g) {
            this(seq, time, p, g, 0);
        }
    }

    /** P {@code toP} (= {@code p}) took {@code count} goroutines from P {@code fromP}'s queue. */
    record Steal(long seq, long time, int p, long g, int fromP, int toP, int count) implements Event {}

    /** GOMAXPROCS changed from {@code oldProcs} to {@code newProcs} (the world was stopped). */
    record ProcResize(long seq, long time, int p, long g, int oldProcs, int newProcs) implements Event {}

    /** Goroutine {@code g}, at line {@code line}, added {@code delta} to WaitGroup {@code wg}; its counter is now {@code counter}. */
    record WaitGroupAdd(long seq, long time, int p, long g, ObjectRef wg, long delta, long counter, int line) implements Event {
        public WaitGroupAdd(long seq, long time, int p, long g, ObjectRef wg, long delta, long counter) {
            this(seq, time, p, g, wg, delta, counter, 0);
        }
    }

    /** Goroutine {@code g}, at line {@code line}, made channel {@code ch} with buffer capacity {@code capacity}. */
    record ChanMake(long seq, long time, int p, long g, ObjectRef ch, int capacity, int line) implements Event {
        public ChanMake(long seq, long time, int p, long g, ObjectRef ch, int capacity) {
            this(seq, time, p, g, ch, capacity, 0);
        }
    }

    /**
     * Goroutine {@code g}, at line {@code line}, completed a send of {@code value} on {@code ch};
     * {@code bufLen} values are buffered afterwards. {@code value} is the value as fmt's {@code %v}
     * prints it, cut to {@link #VALUE_TEXT_MAX} characters with an ellipsis (null: unknown).
     */
    record ChanSend(long seq, long time, int p, long g, ObjectRef ch, int bufLen, String value, int line) implements Event {
        public ChanSend(long seq, long time, int p, long g, ObjectRef ch, int bufLen) {
            this(seq, time, p, g, ch, bufLen, null, 0);
        }
    }

    /**
     * Goroutine {@code g}, at line {@code line}, completed a receive of {@code value} (short text as in
     * {@link ChanSend}) on {@code ch} ({@code ok} false: closed and drained, {@code value} is the zero value).
     */
    record ChanRecv(long seq, long time, int p, long g, ObjectRef ch, int bufLen, boolean ok, String value, int line) implements Event {
        public ChanRecv(long seq, long time, int p, long g, ObjectRef ch, int bufLen, boolean ok) {
            this(seq, time, p, g, ch, bufLen, ok, null, 0);
        }
    }

    /** Goroutine {@code g} closed {@code ch} at line {@code line}. */
    record ChanClose(long seq, long time, int p, long g, ObjectRef ch, int bufLen, int line) implements Event {
        public ChanClose(long seq, long time, int p, long g, ObjectRef ch, int bufLen) {
            this(seq, time, p, g, ch, bufLen, 0);
        }
    }

    /** Goroutine {@code g}, at line {@code line}, acquired {@code mutex} ({@code read}: a read lock of an RWMutex). */
    record MutexLock(long seq, long time, int p, long g, ObjectRef mutex, boolean read, int line) implements Event {
        public MutexLock(long seq, long time, int p, long g, ObjectRef mutex, boolean read) {
            this(seq, time, p, g, mutex, read, 0);
        }
    }

    /** Goroutine {@code g} released {@code mutex} at line {@code line}. */
    record MutexUnlock(long seq, long time, int p, long g, ObjectRef mutex, boolean read, int line) implements Event {
        public MutexUnlock(long seq, long time, int p, long g, ObjectRef mutex, boolean read) {
            this(seq, time, p, g, mutex, read, 0);
        }
    }

    /** A timer (sleep, After, Timer, Ticker) fired; {@code g} is the goroutine it wakes or 0. */
    record TimerFire(long seq, long time, int p, long g, ObjectRef timer) implements Event {}

    /** Goroutine {@code g} wrote one line {@code text} (without its newline) to stdout or stderr, at source line {@code line}. */
    record Print(long seq, long time, int p, long g, String text, boolean stderr, int line) implements Event {
        public Print(long seq, long time, int p, long g, String text, boolean stderr) {
            this(seq, time, p, g, text, stderr, 0);
        }
    }

    /** Goroutine {@code g} panicked unrecovered or hit a fatal error: {@code message} is Go's first line ({@code panic: ...} or {@code fatal error: ...}). */
    record Panic(long seq, long time, int p, long g, String message) implements Event {}

    /**
     * The race detector ({@code --race}) found that goroutine {@code g}'s access at {@code line}
     * (a write if {@code write}) and goroutine {@code other}'s earlier access at
     * {@code otherLine} touch the same location at {@code address} with no happens-before
     * edge from the earlier to the later: a data race. {@code report} is Go's text.
     */
    record DataRace(long seq, long time, int p, long g, boolean write, int line, long other,
                    boolean otherWrite, int otherLine, String address, String report) implements Event {}

    /** No goroutine can ever run again; {@code report} is Go's crash text. */
    record Deadlock(long seq, long time, int p, long g, String report) implements Event {}

    /** The run is over with this exit code (-1: stopped from outside); always the last event. */
    record End(long seq, long time, int p, long g, int exitCode) implements Event {}
}
