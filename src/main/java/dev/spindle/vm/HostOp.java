package dev.spindle.vm;

import dev.spindle.lang.compile.ElemInfo;
import dev.spindle.lang.compile.SelectDesc;
import dev.spindle.vm.value.FuncValue;

/**
 * A runtime operation a goroutine asked for. The interpreter stops with
 * {@link Stop#RUNTIME_OP} and leaves one of these in {@link Goroutine#pendingOp()}; the host
 * (the scheduler engine) performs it, pushes its
 * results with {@link Goroutine#pushResult} — always boxed, the compiled code unboxes — and
 * runs the goroutine again, or parks it. Every value here is in the value representation.
 */
public sealed interface HostOp {
    /**
     * {@code go f(args)}: start a goroutine; {@code line} is the go statement's line and
     * {@code creator} the function it is in (Go's "created by"), or null when the go statement
     * is in a Go-written library function (placed at the program's call of it).
     */
    record Go(FuncValue fn, Object[] args, int line, String creator) implements HostOp {}

    /** {@code make(chan T, size)}: push the new channel. */
    record MakeChan(long size, ElemInfo elem) implements HostOp {}

    /** {@code ch <- v}. */
    record Send(Object chan, Object value) implements HostOp {}

    /** {@code <-ch}; push the value, and when {@code withOk} also a Boolean. */
    record Recv(Object chan, boolean withOk) implements HostOp {}

    /** {@code close(ch)}. */
    record Close(Object chan) implements HostOp {}

    /**
     * A select statement: per case its channel and, for sends, the value. Push the chosen
     * case's index (Long; -1 for default), the received value (or null) and ok (Boolean).
     */
    record Select(SelectDesc desc, Object[] chans, Object[] values) implements HostOp {}

    /**
     * A call into the runtime's library: {@code sync.(*WaitGroup).Add}, {@code time.Sleep},
     * {@code runtime.Gosched}, {@code sync/atomic.AddInt64}, ... Push {@code results} values.
     */
    record Call(String name, Object[] args, int results) implements HostOp {}

    /** Bytes the goroutine wrote: to stdout (fmt) or stderr (print, println, fmt.Fprint*(os.Stderr)). */
    record Output(byte[] bytes, boolean stderr) implements HostOp {}

    /**
     * An access to a heap object the goroutine does not own ({@link Shared}): the engine grants
     * it at the boundary with {@link #grant()}, then runs the goroutine again, which repeats the
     * instruction. {@code line}: the instruction's source line. Pushes nothing.
     */
    record Access(dev.spindle.vm.value.Owned object, boolean write, int line) implements HostOp {
        /** Coordinator only: the goroutine {@code goid} may now do the access. */
        public void grant(long goid) {
            Shared.grant(object, (int) goid, write, id -> true);
        }

        /** Coordinator only: as {@link #grant(long)}, knowing which goroutines are {@code alive}. */
        public void grant(long goid, java.util.function.LongPredicate alive) {
            Shared.grant(object, (int) goid, write, alive);
        }
    }
}
