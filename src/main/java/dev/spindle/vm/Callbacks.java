package dev.spindle.vm;

import dev.spindle.lang.compile.FuncProto;
import dev.spindle.lang.compile.Kind;
import dev.spindle.lang.compile.MethodRef;
import dev.spindle.vm.value.FuncValue;
import dev.spindle.vm.value.IfaceValue;
import dev.spindle.vm.value.Pointer;

/**
 * Go code called from Java: a native's callback (sort.Slice's less, fmt's calls of Error and
 * String) and the panic report's calls of Error/String. The call runs to completion on the
 * same goroutine above a barrier frame; it may print but not block (a callback that tries to
 * block is a fatal error: Spindle's natives never hold a goroutine across a scheduling point).
 */
public final class Callbacks {
    private Callbacks() {}

    /** Calls a Go func value with boxed args; returns the result as a native would (null, value, Object[]). */
    public static Object call(Goroutine g, FuncValue fn, Object... args) {
        if (fn == null) {
            throw RuntimeErrors.nilDeref(); // sort.Slice(s, nil): a call of a nil func
        }
        return run(g, fn.proto, fn.captures, args);
    }

    /** Calls method {@code name} of an interface value; the receiver is the interface's value. */
    public static Object callMethod(Goroutine g, IfaceValue recv, String name, Object... args) {
        if (recv == null) {
            throw RuntimeErrors.nilDeref(); // sort.Sort(nil): a method of a nil interface
        }
        Machine.Bound bound = g.machine.bind(recv, name);
        MethodRef m = bound.method();
        Object r = bound.receiver();
        Object[] all = new Object[args.length + 1];
        all[0] = r;
        System.arraycopy(args, 0, all, 1, args.length);
        if (m.proto() == null) {
            return Interpreter.callNative(g, m.nativeName(), all);
        }
        return run(g, m.proto(), null, all);
    }

    private static Object run(Goroutine g, FuncProto p, Object[] captures, Object[] args) {
        byte[] heldOut = g.pendingStdout.toByteArray();
        byte[] heldErr = g.pendingStderr.toByteArray();
        g.pendingStdout.reset();
        g.pendingStderr.reset();
        int savedSp = g.sp;
        int savedFp = g.fp;
        PanicState savedPanic = g.panic;
        // The Java code of this call (the native, Calls, the outer loop) holds the caller's
        // Frame object until the callback returns: nothing at or below it may be spilled.
        int savedFloor = g.spillFloor;
        g.spillFloor = Math.min(savedFloor, savedFp - 1);
        int at = g.sp;
        g.pushArgs(p, args, at);
        g.pushFrame(p, captures, at, at, Frame.BARRIER);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        out.writeBytes(heldOut);
        err.writeBytes(heldErr);
        try {
            for (;;) {
                Stop s = Interpreter.run(g, Long.MAX_VALUE);
                switch (s) {
                    case RUNTIME_OP -> {
                        if (g.pendingOp instanceof HostOp.Output o) {
                            (o.stderr() ? err : out).writeBytes(o.bytes());
                            g.pendingOp = null;
                        } else if (g.pendingOp instanceof HostOp.Access a) {
                            // A callback cannot stop for a boundary: it takes the object at once.
                            // Not ordered (the one gap in the ownership rule, see Shared); the
                            // natives' own arguments and captured variables were checked before.
                            a.grant(g.id());
                            g.pendingOp = null;
                        } else {
                            throw new GoFatal("spindle: a blocking operation inside " + p.name()
                                    + " called from the standard library is not supported");
                        }
                    }
                    case BUDGET -> { }
                    case FINISHED -> {
                        Object res = results(g, p, at);
                        g.sp = savedSp;
                        return res;
                    }
                    case PANICKED -> {
                        Object v = g.panic.value;
                        g.panic = savedPanic;
                        g.fp = savedFp;
                        g.sp = savedSp;
                        throw new GoPanic(v);
                    }
                    case FATAL -> throw g.fatal;
                }
            }
        } finally {
            g.spillFloor = savedFloor;
            if (out.size() > 0) {
                g.stdoutBuffer().writeBytes(out.toByteArray());
            }
            if (err.size() > 0) {
                g.stderrBuffer().writeBytes(err.toByteArray());
            }
        }
    }

    private static Object results(Goroutine g, FuncProto p, int at) {
        int[] kinds = p.resultKinds();
        Object[] rs = new Object[kinds.length];
        for (int i = 0; i < kinds.length; i++) {
            rs[i] = kinds[i] == Kind.REF ? g.os[at + i] : Values.box(g.ls[at + i], kinds[i]);
        }
        return rs.length == 0 ? null : rs.length == 1 ? rs[0] : rs;
    }
}
