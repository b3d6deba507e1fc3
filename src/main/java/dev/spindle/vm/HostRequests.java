package dev.spindle.vm;

import dev.spindle.lang.compile.ElemInfo;
import dev.spindle.lang.compile.Op;
import dev.spindle.lang.compile.SelectDesc;
import dev.spindle.vm.value.FuncValue;

/**
 * The runtime operations (go, channels, select, host calls, print): each pops its operands and
 * leaves the {@link HostOp} in g.pendingOp; the interpreter then stops with RUNTIME_OP. Out of
 * the interpreter's hot method, like {@link ColdOps}: pc is past the opcode, the state is on
 * the goroutine, and on return f.pc is past the instruction (where the goroutine resumes).
 */
final class HostRequests {
    private HostRequests() {}

    /** Go's maxAlloc on linux/amd64 (2^48) and sizeof(hchan): makechan panics past them. */
    private static final long MAX_ALLOC = 1L << 48;
    private static final long HCHAN_SIZE = 96;
    /**
     * Spindle's own limit: a buffer is a Java array, so a capacity of 2^31 or more panics as an
     * impossible size does in Go, instead of being truncated (Go itself would try to allocate
     * gigabytes and, on the playground, die out of memory).
     */
    private static final long MAX_CHAN_SIZE = Integer.MAX_VALUE - 8;

    static void request(Goroutine g, Frame f, int op) {
        int[] code = f.proto.code();
        Object[] k = f.consts;
        int pc = f.pc;
        int sp = g.sp;
        long[] ls = g.ls;
        Object[] os = g.os;
        HostOp req = switch (op) {
            case Op.GO -> {
                int n = code[pc++];
                Object[] args = new Object[n];
                sp -= n;
                System.arraycopy(os, sp, args, 0, n);
                FuncValue fv = (FuncValue) os[--sp];
                os[sp] = null;
                if (fv == null) {
                    throw new GoFatal("go of nil func value"); // newproc's fatal, as in Go
                }
                // A go statement inside a Go-written library function (errgroup's Go) is placed
                // at the program's call of that function, the line the program's file has.
                yield f.proto.sourceFile() == null
                        ? new HostOp.Go(fv, args, f.proto.lines().line(pc - 1), f.proto.name())
                        : new HostOp.Go(fv, args, g.currentLine(), null);
            }
            case Op.MAKE_CHAN -> {
                ElemInfo e = (ElemInfo) k[code[pc++]];
                long size = ls[--sp];
                if (size < 0 || size > MAX_CHAN_SIZE || Math.multiplyHigh(size, Math.max(1, e.size())) != 0
                        || size * Math.max(1, e.size()) > MAX_ALLOC - HCHAN_SIZE) {
                    throw RuntimeErrors.plain("makechan: size out of range");
                }
                yield new HostOp.MakeChan(size, e);
            }
            case Op.SEND -> {
                sp -= 2;
                yield new HostOp.Send(os[sp], os[sp + 1]);
            }
            case Op.RECV, Op.RECV2 -> {
                sp--;
                yield new HostOp.Recv(os[sp], op == Op.RECV2);
            }
            case Op.CLOSE -> {
                sp--;
                yield new HostOp.Close(os[sp]);
            }
            case Op.SELECT -> {
                SelectDesc d = (SelectDesc) k[code[pc++]];
                int n = d.cases();
                Object[] chans = new Object[n];
                Object[] vals = new Object[n];
                for (int i = n - 1; i >= 0; i--) {
                    if (d.sends()[i]) {
                        vals[i] = os[--sp];
                    }
                    chans[i] = os[--sp];
                }
                yield new HostOp.Select(d, chans, vals);
            }
            case Op.HOST_CALL -> {
                String name = (String) k[code[pc++]];
                int n = code[pc++];
                int m = code[pc++];
                Object[] args = new Object[n];
                sp -= n;
                System.arraycopy(os, sp, args, 0, n);
                yield new HostOp.Call(name, args, m);
            }
            case Op.PRINT -> {
                int n = code[pc++];
                boolean ln = code[pc++] != 0;
                Object[] args = new Object[n];
                sp -= n;
                System.arraycopy(os, sp, args, 0, n);
                yield new HostOp.Output(PrintBuiltin.format(g.machine, args, ln), true);
            }
            default -> throw new IllegalStateException("not a runtime operation: " + op);
        };
        f.pc = pc;
        g.sp = sp;
        g.pendingOp = req;
    }
}
