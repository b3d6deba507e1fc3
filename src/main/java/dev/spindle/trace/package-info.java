/**
 * What happened in a run, as data: the events, the append-only log, the validator and the
 * Perfetto exporter. This package imports nothing else of Spindle, so the UI, the CLI and
 * tests can read a run without touching the engine.
 *
 * <h2>Why a log</h2>
 * The screen is a fold of events ({@code state(n) = fold(events[0..n])}): stepping back,
 * scrubbing and exporting are all replays of the same immutable sequence. The engine
 * therefore reports <em>everything</em> the UI shows as an event and never lets a reader
 * look at live scheduler structures. Rejected: a snapshot-per-round API (it cannot be
 * stepped finer than a round and ties readers to engine classes) and listeners called from
 * the engine (they run on engine threads and make the engine wait for the UI).
 *
 * <h2>What the log costs</h2>
 * A kept log stores each event in 16 bytes (its time, and one word packing P, goroutine and
 * the index of a shared template holding the rest) and rebuilds an equal record when read:
 * a program that parks a million goroutines makes three million events, which as records
 * would weigh more than the goroutines. A run whose events nobody reads ({@code spindle run}
 * without {@code --trace}) uses {@link dev.spindle.trace.EventLog#discarding()}: numbered,
 * not kept. Its optional tap (a listener after all) serves headless counting such as the
 * parked-goroutine benchmark, never the UI.
 *
 * <h2>Common fields</h2>
 * {@code seq} numbers events from 0 without gaps; {@code time} is virtual nanoseconds
 * (instruction counts, never decreasing); {@code p} is the P ({@link dev.spindle.trace.Event#NO_P}
 * = -1 when none); {@code g} the goroutine the event is about (0 = none). Goroutine 1 is
 * main; the first goroutine a program starts is 7, as in Go 1.25.
 *
 * <h2>Spec table</h2>
 * Goroutine states: runnable, running (on exactly one P), waiting, dead. "Actor" below means
 * {@code g} is running on {@code p}, or waiting when the operation completes on its behalf
 * (a hand-off to a parked receiver, a lock granted to a parked waiter).
 * <pre>
 * event          fields beyond seq/time/p/g       emitted when                                  legal only if
 * ProcResize     oldProcs, newProcs               first event (0 -> n); GOMAXPROCS changes      oldProcs = current; dropped Ps idle
 * GoCreate       parent, function, line           go statement, wg.Go, main at start            g new; parent running (or 0 for main)
 * GoStart        line                             a P starts running g                          g runnable; p idle
 * GoStop         reason, line                     runtime takes g off p (stop-the-world)        g running on p
 * GoBlock        reason (WaitReason), object,     g parks (chan, select, sync, sleep)           g running on p
 *                line
 * GoUnblock      by (waker, 0 = runtime)          g readied into p's queue                      g waiting; by running or 0
 * GoPreempt      line                             g's 10 ms slice ran out (to global tail)      g running on p
 * GoSched        line                             g called runtime.Gosched (to global tail)     g running on p
 * GoEnd          line                             g's function returned                         g running on p
 * Steal          fromP, toP (= p), count          idle p took goroutines from fromP             fromP != toP, count > 0
 * WaitGroupAdd   wg, delta, counter, line         Add / Done / wg.Go                            actor; counter = previous + delta;
 *                                                                                               negative only right before Panic
 * ChanMake       ch, capacity, line               make(chan T, n)                               actor
 * ChanSend       ch, bufLen, value, line          a send completes                              actor
 * ChanRecv       ch, bufLen, ok, value, line      a receive completes                           actor
 * ChanClose      ch, bufLen, line                 close(ch)                                     actor
 * MutexLock      mutex, read, line                Lock / RLock acquired                         actor
 * MutexUnlock    mutex, read, line                Unlock / RUnlock                              actor
 * TimerFire      timer                            a timer or sleep expires                      any
 * Print          text, stderr, line               one output line (g = 0: the runtime)          actor or g = 0
 * Panic          message                          unrecovered panic or fatal error              actor or g = 0
 * DataRace       write, line, other, otherWrite,  --race: g's access races with other's        actor; other has existed
 *                otherLine, address, report       earlier one (no happens-before edge)
 * Deadlock       report                           nothing runnable and no timer pending         no goroutine running or runnable
 * End            exitCode                         the run is over                               nothing may follow
 * </pre>
 * {@code line} is the source line of g's innermost frame when the event happened (0: unknown);
 * {@code value} is the sent or received value as fmt's {@code %v} prints it, cut to 12 characters.
 * Time never decreases along the log; events a round produces are ordered by the virtual
 * instant they happened at, then by P.
 */
package dev.spindle.trace;
