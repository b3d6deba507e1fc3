package dev.spindle.vm;

import dev.spindle.lang.compile.FuncProto;
import dev.spindle.lang.compile.IfaceCall;
import dev.spindle.lang.compile.Kind;
import dev.spindle.lang.compile.MethodRef;
import dev.spindle.lang.compile.Op;
import dev.spindle.vm.value.IfaceValue;

/**
 * The calls and returns that are too big for the interpreter's hot method: interface calls,
 * native calls, returns of functions with defer and the deferred calls themselves. Kept out of
 * {@link Interpreter}'s loop so that the JIT compiles that loop small (it inlines more and
 * spills less there); each costs a method call the hot opcodes do not pay.
 *
 * <p>Same contract as {@link ColdOps}: pc is past the opcode, the state is on the goroutine;
 * the caller reloads the top frame afterwards (it may have changed).
 */
final class Calls {
    private Calls() {}

    /** The call continued in the same frame (a native ran). */
    static final int SAME = 0;
    /** A Go function's frame was pushed: a safepoint, the caller charges one budget unit. */
    static final int PUSHED = 1;
    /** A native wrote output: g.pendingOp is set, the caller stops with RUNTIME_OP. */
    static final int OUTPUT = 2;

    /** CALL_IFACE or CALL_NATIVE; returns SAME, PUSHED or OUTPUT. */
    static int call(Goroutine g, Frame f, int op) {
        int[] code = f.proto.code();
        Object[] k = f.consts;
        int pc = f.pc;
        int sp = g.sp;
        if (op == Op.CALL_NATIVE) {
            String name = (String) k[code[pc++]];
            int n = code[pc++];
            int m = code[pc++];
            Object[] args = new Object[n];
            sp -= n;
            System.arraycopy(g.os, sp, args, 0, n);
            Shared.beforeNative(g, args);
            f.pc = pc;
            g.sp = sp;
            Object res = Interpreter.callNative(g, name, args);
            g.sp = pushResults(g, sp, res, m);
            return flushed(g);
        }
        IfaceCall call = (IfaceCall) k[code[pc++]];
        int n = code[pc++];
        int recvSlot = sp - n - 1;
        Object rv = g.os[recvSlot];
        if (!(rv instanceof IfaceValue iv)) {
            throw RuntimeErrors.nilDeref();
        }
        Machine.Bound bound = g.machine.bind(iv, call.name());
        MethodRef m = bound.method();
        Object recv = bound.receiver();
        f.pc = pc;
        if (m.proto() == null) {
            Object[] args = new Object[n + 1];
            args[0] = recv;
            int[] kinds = call.argKinds();
            for (int i = 0; i < n; i++) {
                args[i + 1] = kinds[i] == Kind.REF ? g.os[recvSlot + 1 + i] : Values.box(g.ls[recvSlot + 1 + i], kinds[i]);
            }
            Shared.beforeNative(g, args);
            g.sp = recvSlot;
            Object res = Interpreter.callNative(g, m.nativeName(), args);
            g.sp = pushResults(g, recvSlot, res, call.resultKinds());
            return flushed(g);
        }
        FuncProto p = m.proto();
        if (p.paramKinds()[0] == Kind.REF) {
            g.os[recvSlot] = recv;
        } else {
            g.ls[recvSlot] = Values.unbox(recv);
            g.os[recvSlot] = null;
        }
        g.sp = sp;
        g.pushFrame(p, null, recvSlot, recvSlot, Frame.NORMAL);
        return PUSHED;
    }

    private static int flushed(Goroutine g) {
        if (g.pendingStdout.size() > 0 || g.pendingStderr.size() > 0) {
            g.pendingOp = Interpreter.flushOutput(g);
            return OUTPUT;
        }
        return SAME;
    }

    /** RETURN_LOCALS: returns locals a..a+m-1; a Stop when the goroutine or a nested run ends, else null. */
    static Stop returnLocals(Goroutine g, Frame f) {
        int[] code = f.proto.code();
        int pc = f.pc;
        int a = f.base + code[pc];
        int m = code[pc + 1];
        int rb = f.retBase;
        System.arraycopy(g.ls, a, g.ls, rb, m);
        System.arraycopy(g.os, a, g.os, rb, m);
        g.sp = rb + m;
        return Unwinder.popFrame(g);
    }

    /** RUN_DEFERS: calls the newest deferred call of f, which runs RUN_DEFERS again when it returns. */
    static void runDefers(Goroutine g, Frame f) {
        if (f.hasDefers()) {
            Deferred d = f.defers.removeLast();
            f.pc--;
            Unwinder.callDeferred(g, d, Frame.DEFER_NORMAL, null);
        }
    }

    /** Pushes m native results (boxed) at sp; returns the new sp. */
    private static int pushResults(Goroutine g, int sp, Object res, int m) {
        g.ensure(sp + m + 1);
        if (m == 1) {
            g.os[sp++] = res;
        } else if (m > 1) {
            Object[] rs = (Object[]) res;
            for (int i = 0; i < m; i++) {
                g.os[sp++] = rs[i];
            }
        }
        return sp;
    }

    /** Pushes results of an interface call to a native method in their kinds. */
    private static int pushResults(Goroutine g, int sp, Object res, int[] kinds) {
        int m = kinds.length;
        g.ensure(sp + m + 1);
        for (int i = 0; i < m; i++) {
            Object r = m == 1 ? res : ((Object[]) res)[i];
            if (kinds[i] == Kind.REF) {
                g.os[sp] = r;
            } else {
                g.ls[sp] = Values.unbox(r);
                g.os[sp] = null;
            }
            sp++;
        }
        return sp;
    }
}
