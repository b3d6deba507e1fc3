/**
 * A simple, single-threaded host for the interpreter: it runs a program's goroutines
 * cooperatively on one P in Go's order (the newest goroutine and every goroutine readied by
 * a channel, unlock or Done in {@code runnext}, the previous {@code runnext} to the tail of
 * a FIFO local queue, Gosched and preemption to the global queue), implements channels,
 * select, WaitGroup, Mutex/RWMutex, Once, Cond, atomics and sleeping on a virtual clock, and
 * reports deadlocks with Go's goroutine dump.
 *
 * <p>It is deliberately small: the M:N scheduler engine (package {@code runtime}) replaces it
 * and drives the very same interpreter through the same interface —
 * {@link dev.spindle.vm.Interpreter#run} stops with a reason, a
 * {@link dev.spindle.vm.HostOp} says which runtime operation a goroutine asked for, and the
 * host completes it with {@link dev.spindle.vm.Goroutine#pushResult}.
 */
package dev.spindle.vm.host;
