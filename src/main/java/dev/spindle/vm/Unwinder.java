package dev.spindle.vm;

import dev.spindle.vm.value.FuncValue;

/**
 * Frame popping on return, deferred calls and panics, all on the heap stack. Go's rules:
 * deferred calls run LIFO when a function returns or when a panic unwinds through it; a
 * deferred call that recovers the panic makes the deferring function return normally
 * (with its named results as they are); an unrecovered panic that unwinds every frame
 * kills the program with the report of {@link PanicReport}.
 */
final class Unwinder {
    private Unwinder() {}

    /**
     * Pops the frame that just returned (its results are in place and g.sp is past them).
     * Returns a stop reason if the goroutine (or a nested callback run) is done, else null
     * with g's top frame ready to continue at its saved pc.
     */
    static Stop popFrame(Goroutine g) {
        Frame done = g.frames[--g.fp];
        int kind = done.kind;
        if (g.fp == 0) {
            g.endLine = done.proto.lines().line(Math.max(0, done.pc - 1));
            return Stop.FINISHED;
        }
        if (kind == Frame.BARRIER) {
            return Stop.FINISHED;
        }
        if (kind == Frame.NORMAL) {
            return null;
        }
        g.sp = done.retBase;
        if (kind == Frame.DEFER_NORMAL) {
            return null;
        }
        PanicState ps = done.panic;
        if (ps.recovered) {
            g.panic = ps.previous;
            Frame owner = g.top();
            owner.pc = owner.proto.deferReturnPc();
            g.sp = owner.base + owner.proto.numLocals();
            return null;
        }
        return unwind(g);
    }

    /** Starts a panic with the given value (an interface value) and unwinds. */
    static Stop startPanic(Goroutine g, Object value) {
        g.panic = new PanicState(value, g.panic, g.stack());
        return unwind(g);
    }

    /** The pending host "panic" that is runtime.Goexit (see {@link Goroutine#goexit}). */
    static final GoPanic GOEXIT = new GoPanic(null);

    /** Starts runtime.Goexit: the deferred calls run, then the goroutine ends. */
    static Stop startGoexit(Goroutine g) {
        g.panic = new PanicState(null, g.panic, g.stack());
        g.panic.goexit = true;
        return unwind(g);
    }

    /**
     * Runs the next deferred call of the innermost frame that has one, popping frames without;
     * returns null when a deferred call was pushed, PANICKED when the stack is empty.
     */
    static Stop unwind(Goroutine g) {
        while (g.fp > 0) {
            Frame f = g.top();
            if (f.hasDefers()) {
                g.sp = f.base + f.proto.numLocals();
                callDeferred(g, f.defers.removeLast(), Frame.DEFER_PANIC, g.panic);
                return null;
            }
            g.fp--;
            if (f.kind == Frame.BARRIER) {
                g.sp = f.retBase;
                return Stop.PANICKED;
            }
        }
        if (g.panic.goexit) {
            g.panic = null;
            g.goexited = true;
            return Stop.FINISHED;
        }
        g.panicReport = PanicReport.format(g);
        return Stop.PANICKED;
    }

    /** Pushes a frame that calls d at g.sp. */
    static Frame callDeferred(Goroutine g, Deferred d, int kind, PanicState panic) {
        FuncValue fn = d.fn();
        int at = g.sp;
        g.pushArgs(fn.proto, d.args(), at);
        Frame f = g.pushFrame(fn.proto, fn.captures, at, at, kind);
        f.panic = panic;
        return f;
    }
}
