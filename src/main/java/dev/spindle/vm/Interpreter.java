package dev.spindle.vm;

import dev.spindle.lang.compile.AssertInfo;
import dev.spindle.lang.compile.ElemInfo;
import dev.spindle.lang.compile.FuncProto;
import dev.spindle.lang.compile.IfaceCall;
import dev.spindle.lang.compile.Kind;
import dev.spindle.lang.compile.MethodRef;
import dev.spindle.lang.compile.Op;
import dev.spindle.lang.compile.SelectDesc;
import dev.spindle.lang.types.Type;
import dev.spindle.vm.value.ArrayValue;
import dev.spindle.vm.value.Box;
import dev.spindle.vm.value.ElemPointer;
import dev.spindle.vm.value.FieldPointer;
import dev.spindle.vm.value.FuncValue;
import dev.spindle.vm.value.GoString;
import dev.spindle.vm.value.IfaceValue;
import dev.spindle.vm.value.MapIterator;
import dev.spindle.vm.value.MapValue;
import dev.spindle.vm.value.SliceValue;
import dev.spindle.vm.value.StructShape;
import dev.spindle.vm.value.ValuePanic;
import java.util.ArrayList;

/**
 * The interpreter loop: runs one goroutine for a budget and says why it stopped.
 *
 * <p>The hot state (code, pc, stack pointer, the two slot arrays) is copied into Java locals
 * and written back to the goroutine whenever the loop leaves the current frame or stops, so
 * that between two calls of {@link #run} the goroutine is entirely on the heap. The budget
 * counts safepoints (backward jumps and calls), the hook the scheduler uses to preempt, the
 * UI to step and the CLI to stop runaway programs.
 *
 * <p>Panics never use the Java stack either: an instruction that panics throws
 * {@link GoPanic}, caught right here, and {@link Unwinder} pops heap frames and pushes the
 * deferred calls as ordinary frames.
 */
public final class Interpreter {
    private Interpreter() {}

    /**
     * Runs g until it has passed {@code budget} safepoints, asks for a runtime operation,
     * finishes, panics or dies. The caller owns g for the duration.
     */
    public static Stop run(Goroutine g, long budget) {
        dev.spindle.vm.value.Owned.enter(g.own); // what it makes is its own
        if (JitGate.mode == 1) {
            JitGate.resumed(g);
        }
        Stop s = loop(g, budget);
        g.lastUsed = budget - g.budgetLeft;
        return s;
    }

    /** The loop itself; every exit leaves the unspent budget in g.budgetLeft (no per-instruction cost). */
    private static Stop loop(Goroutine g, long budget) {
        if (g.pendingStdout.size() > 0 || g.pendingStderr.size() > 0) {
            g.pendingOp = flushOutput(g);
            g.budgetLeft = budget;
            return Stop.RUNTIME_OP;
        }
        if (g.fp == 0) {
            g.budgetLeft = budget;
            return Stop.FINISHED;
        }
        if (g.machine.loadFailure != null) {
            g.fatal = g.machine.loadFailure;
            g.budgetLeft = budget;
            return Stop.FATAL;
        }
        if (g.pendingHostPanic != null) {
            GoPanic p = g.pendingHostPanic;
            g.pendingHostPanic = null;
            Stop s = p == Unwinder.GOEXIT ? Unwinder.startGoexit(g) : Unwinder.startPanic(g, p.value());
            if (s != null) {
                g.budgetLeft = budget;
                return s;
            }
        }
        outer:
        for (;;) {
            // (Re)enters the top frame. Inside the inner loop the frame's code, constants, base
            // and slot arrays never change, so the JIT keeps them in registers and hoists their
            // checks out of the dispatch loop; instructions that change frames continue here.
            Frame f = g.top();
            int[] code = f.proto.code();
            Object[] k = f.consts;
            int base = f.base;
            long[] ls = g.ls;
            Object[] os = g.os;
            int pc = f.pc;
            int sp = g.sp;
            try {
                if (JitGate.mode != 0) {
                    // Compiled code runs the frame if it can (package vm.jit); it hands back
                    // anything unusual at an instruction boundary, with the goroutine on the heap.
                    Object r = JitGate.enter(g, f, budget);
                    if (r != JitGate.DECLINED) {
                        budget = g.budgetLeft;
                        if (r instanceof Stop s) {
                            return s;
                        }
                        if (r == null) {
                            continue outer;
                        }
                        f = g.frames[g.fp - 1]; // compiled callees may have raised it
                        code = f.proto.code();
                        pc = f.pc;
                        sp = g.sp;
                        throw JitGate.rethrow(r);
                    }
                }
                for (;;) {
                    switch (code[pc++]) {
                        case Op.LOAD -> {
                            int a = base + code[pc++];
                            ls[sp] = ls[a];
                            os[sp] = os[a];
                            sp++;
                        }
                        case Op.STORE -> {
                            int a = base + code[pc++];
                            sp--;
                            ls[a] = ls[sp];
                            os[a] = os[sp];
                        }
                        case Op.LOAD_FREE -> os[sp++] = f.captures[code[pc++]];
                        case Op.LOAD_GLOBAL -> os[sp++] = g.machine.globals[code[pc++]];
                        case Op.CONST_INT -> ls[sp++] = code[pc++];
                        case Op.CONST_LONG -> ls[sp++] = f.proto.longs()[code[pc++]];
                        case Op.CONST_REF -> os[sp++] = k[code[pc++]];
                        case Op.NIL -> os[sp++] = null;
                        case Op.POP -> os[--sp] = null;
                        case Op.DUP -> {
                            ls[sp] = ls[sp - 1];
                            os[sp] = os[sp - 1];
                            sp++;
                        }
                        case Op.INC_LOCAL -> {
                            int a = base + code[pc++];
                            ls[a] += code[pc++];
                        }
                        case Op.BOX -> {
                            sp--;
                            os[sp] = Values.box(ls[sp], code[pc++]);
                            sp++;
                        }
                        case Op.UNBOX -> {
                            pc++;
                            sp--;
                            ls[sp] = Values.unbox(os[sp]);
                            os[sp] = null;
                            sp++;
                        }
                        case Op.ADD -> { sp--; ls[sp - 1] += ls[sp]; }
                        case Op.SUB -> { sp--; ls[sp - 1] -= ls[sp]; }
                        case Op.MUL -> { sp--; ls[sp - 1] *= ls[sp]; }
                        case Op.DIV -> {
                            sp--;
                            if (ls[sp] == 0) {
                                throw RuntimeErrors.divide();
                            }
                            ls[sp - 1] /= ls[sp];
                        }
                        case Op.REM -> {
                            sp--;
                            if (ls[sp] == 0) {
                                throw RuntimeErrors.divide();
                            }
                            ls[sp - 1] %= ls[sp];
                        }
                        case Op.AND -> { sp--; ls[sp - 1] &= ls[sp]; }
                        case Op.OR -> { sp--; ls[sp - 1] |= ls[sp]; }
                        case Op.XOR -> { sp--; ls[sp - 1] ^= ls[sp]; }
                        case Op.ANDNOT -> { sp--; ls[sp - 1] &= ~ls[sp]; }
                        case Op.SHL -> { sp--; ls[sp - 1] = Ops.shl(ls[sp - 1], ls[sp]); }
                        case Op.SHR -> { sp--; ls[sp - 1] = Ops.shr(ls[sp - 1], ls[sp]); }
                        case Op.SHRU -> { sp--; ls[sp - 1] = Ops.shru(ls[sp - 1], ls[sp]); }
                        case Op.NARROW -> ls[sp - 1] = Kind.narrow(ls[sp - 1], code[pc++]);
                        case Op.EQ -> { sp--; ls[sp - 1] = ls[sp - 1] == ls[sp] ? 1 : 0; }
                        case Op.NE -> { sp--; ls[sp - 1] = ls[sp - 1] != ls[sp] ? 1 : 0; }
                        case Op.LT -> { sp--; ls[sp - 1] = ls[sp - 1] < ls[sp] ? 1 : 0; }
                        case Op.LE -> { sp--; ls[sp - 1] = ls[sp - 1] <= ls[sp] ? 1 : 0; }
                        case Op.GT -> { sp--; ls[sp - 1] = ls[sp - 1] > ls[sp] ? 1 : 0; }
                        case Op.GE -> { sp--; ls[sp - 1] = ls[sp - 1] >= ls[sp] ? 1 : 0; }
                        case Op.FADD -> { sp--; ls[sp - 1] = fbits(fval(ls[sp - 1]) + fval(ls[sp])); }
                        case Op.FSUB -> { sp--; ls[sp - 1] = fbits(fval(ls[sp - 1]) - fval(ls[sp])); }
                        case Op.FMUL -> { sp--; ls[sp - 1] = fbits(fval(ls[sp - 1]) * fval(ls[sp])); }
                        case Op.FDIV -> { sp--; ls[sp - 1] = fbits(fval(ls[sp - 1]) / fval(ls[sp])); }
                        case Op.I2F -> ls[sp - 1] = fbits((double) ls[sp - 1]);
                        case Op.FIELD -> {
                            os[sp - 1] = Heap.field(g, pc, os[sp - 1], code[pc]);
                            pc++;
                        }
                        case Op.SET_FIELD -> {
                            sp -= 2;
                            Heap.setField(g, pc, os[sp], code[pc], os[sp + 1]);
                            pc++;
                        }
                        case Op.LOAD_FIELD -> {
                            os[sp++] = Heap.field(g, pc, os[base + code[pc]], code[pc + 1]);
                            pc += 2;
                        }
                        case Op.INDEX_LL -> {
                            os[sp++] = Heap.index(g, pc, os[base + code[pc]], ls[base + code[pc + 1]]);
                            pc += 2;
                        }
                        case Op.LOAD_FIELD_UNBOX -> {
                            ls[sp] = Values.unbox(Heap.field(g, pc, os[base + code[pc]], code[pc + 1]));
                            os[sp++] = null;
                            pc += 2;
                        }
                        case Op.INDEX_LL_UNBOX -> {
                            ls[sp] = Heap.indexBits(g, pc, os[base + code[pc]], ls[base + code[pc + 1]]);
                            os[sp++] = null;
                            pc += 2;
                        }
                        case Op.DEREF -> os[sp - 1] = Heap.load(g, pc, os[sp - 1]);
                        case Op.STORE_PTR -> {
                            sp -= 2;
                            Heap.store(g, pc, os[sp], os[sp + 1]);
                        }
                        case Op.INDEX -> {
                            sp--;
                            os[sp - 1] = Heap.index(g, pc, os[sp - 1], ls[sp]);
                        }
                        case Op.SET_INDEX -> {
                            sp -= 3;
                            Heap.setIndex(g, pc, os[sp], ls[sp + 1], os[sp + 2]);
                        }
                        case Op.LEN -> { ls[sp - 1] = Heap.len(g, os[sp - 1]); os[sp - 1] = null; }
                        case Op.CALL -> {
                            FuncProto p = (FuncProto) k[code[pc++]];
                            f.pc = pc;
                            int nb = sp - p.numParams();
                            g.sp = sp;
                            g.pushFrame(p, null, nb, nb, Frame.NORMAL);
                            if (--budget <= 0) {
                                g.budgetLeft = budget;
                                return Stop.BUDGET;
                            }
                            continue outer;
                        }
                        case Op.CALL_VALUE -> {
                            int n = code[pc];
                            pc += 2; // the result count is for the compiled tier
                            Object fo = os[sp - n - 1];
                            if (fo == null) {
                                throw RuntimeErrors.nilDeref();
                            }
                            FuncValue fv = (FuncValue) fo;
                            f.pc = pc;
                            g.sp = sp;
                            g.pushFrame(fv.proto, fv.captures, sp - n, sp - n - 1, Frame.NORMAL);
                            if (--budget <= 0) {
                                g.budgetLeft = budget;
                                return Stop.BUDGET;
                            }
                            continue outer;
                        }
                        case Op.RETURN -> {
                            int m = code[pc++];
                            int rb = f.retBase;
                            if (m == 1) {
                                ls[rb] = ls[sp - 1];
                                os[rb] = os[sp - 1];
                            } else {
                                System.arraycopy(ls, sp - m, ls, rb, m);
                                System.arraycopy(os, sp - m, os, rb, m);
                            }
                            g.sp = rb + m;
                            if (f.kind == Frame.NORMAL && g.fp > 1) {
                                g.fp--;
                                continue outer;
                            }
                            f.pc = pc; // the goroutine may end here: its last line is this return's
                            Stop s = Unwinder.popFrame(g);
                            if (s != null) {
                                g.budgetLeft = budget;
                                return s;
                            }
                            continue outer;
                        }
                        case Op.CALL_IFACE, Op.CALL_NATIVE -> {
                            f.pc = pc;
                            g.sp = sp;
                            int r = Calls.call(g, f, code[pc - 1]);
                            if (r == Calls.OUTPUT) {
                                g.budgetLeft = budget;
                                return Stop.RUNTIME_OP;
                            }
                            if (r == Calls.PUSHED && --budget <= 0) {
                                g.budgetLeft = budget;
                                return Stop.BUDGET;
                            }
                            continue outer;
                        }
                        case Op.RETURN_LOCALS -> {
                            f.pc = pc;
                            g.sp = sp;
                            Stop s = Calls.returnLocals(g, f);
                            if (s != null) {
                                g.budgetLeft = budget;
                                return s;
                            }
                            continue outer;
                        }
                        case Op.RUN_DEFERS -> {
                            f.pc = pc;
                            g.sp = sp;
                            Calls.runDefers(g, f);
                            continue outer;
                        }
                        case Op.GO, Op.MAKE_CHAN, Op.SEND, Op.RECV, Op.RECV2, Op.CLOSE, Op.SELECT, Op.HOST_CALL, Op.PRINT -> {
                            f.pc = pc;
                            g.sp = sp;
                            HostRequests.request(g, f, code[pc - 1]);
                            g.budgetLeft = budget;
                            return Stop.RUNTIME_OP;
                        }
                        case Op.JMP -> pc += code[pc] + 1;
                        case Op.JT -> {
                            sp--;
                            pc += ls[sp] != 0 ? code[pc] + 1 : 1;
                        }
                        case Op.JF -> {
                            sp--;
                            pc += ls[sp] == 0 ? code[pc] + 1 : 1;
                        }
                        case Op.LOOP -> {
                            pc += code[pc] + 1;
                            if (--budget <= 0) {
                                f.pc = pc;
                                g.sp = sp;
                                g.budgetLeft = budget;
                                return Stop.BUDGET;
                            }
                        }
                        case Op.JCMP_LL -> {
                            long a = ls[base + code[pc + 1]];
                            long b = ls[base + code[pc + 2]];
                            pc += compare(code[pc], a, b) ? 4 : code[pc + 3] + 4;
                        }
                        case Op.JCMP_LK -> {
                            long a = ls[base + code[pc + 1]];
                            pc += compare(code[pc], a, code[pc + 2]) ? 4 : code[pc + 3] + 4;
                        }
                        case Op.ADD_LOCAL -> {
                            ls[base + code[pc]] += ls[base + code[pc + 1]];
                            pc += 2;
                        }
                        case Op.LOAD_ADDK -> {
                            ls[sp] = ls[base + code[pc]] + code[pc + 1];
                            os[sp] = null;
                            sp++;
                            pc += 2;
                        }
                        case Op.ADD_LL -> {
                            ls[sp] = ls[base + code[pc]] + ls[base + code[pc + 1]];
                            os[sp++] = null;
                            pc += 2;
                        }
                        case Op.SUB_LL -> {
                            ls[sp] = ls[base + code[pc]] - ls[base + code[pc + 1]];
                            os[sp++] = null;
                            pc += 2;
                        }
                        case Op.MUL_LL -> {
                            ls[sp] = ls[base + code[pc]] * ls[base + code[pc + 1]];
                            os[sp++] = null;
                            pc += 2;
                        }
                        case Op.MUL_LK -> {
                            ls[sp] = ls[base + code[pc]] * code[pc + 1];
                            os[sp++] = null;
                            pc += 2;
                        }
                        case Op.AND_LK -> {
                            ls[sp] = ls[base + code[pc]] & code[pc + 1];
                            os[sp++] = null;
                            pc += 2;
                        }
                        case Op.REM_LK -> {
                            ls[sp] = ls[base + code[pc]] % code[pc + 1];
                            os[sp++] = null;
                            pc += 2;
                        }
                        case Op.SHR_LK -> {
                            ls[sp] = ls[base + code[pc]] >> code[pc + 1];
                            os[sp++] = null;
                            pc += 2;
                        }
                        case Op.FADD_LL -> {
                            ls[sp] = fbits(fval(ls[base + code[pc]]) + fval(ls[base + code[pc + 1]]));
                            os[sp++] = null;
                            pc += 2;
                        }
                        case Op.FSUB_LL -> {
                            ls[sp] = fbits(fval(ls[base + code[pc]]) - fval(ls[base + code[pc + 1]]));
                            os[sp++] = null;
                            pc += 2;
                        }
                        case Op.FMUL_LL -> {
                            ls[sp] = fbits(fval(ls[base + code[pc]]) * fval(ls[base + code[pc + 1]]));
                            os[sp++] = null;
                            pc += 2;
                        }
                        case Op.FDIV_LL -> {
                            ls[sp] = fbits(fval(ls[base + code[pc]]) / fval(ls[base + code[pc + 1]]));
                            os[sp++] = null;
                            pc += 2;
                        }
                        case Op.LOOP_LL -> {
                            if (--budget <= 0) {
                                return spent(g, f, pc + 6 + code[pc + 4], sp, budget);
                            }
                            if (!compare(code[pc + 0], ls[base + code[pc + 1]], ls[base + code[pc + 2]])) {
                                pc += 6;
                            } else if (code[pc + 5] == 0) {
                                pc += code[pc + 3] + 6;
                            } else {
                                pc = ScalarLoop.run(g, code, ls, os, base, pc + code[pc + 3] + 6, sp, budget);
                                sp = g.sp;
                                budget = g.budgetLeft;
                                if (budget <= 0) {
                                    f.pc = pc;
                                    return Stop.BUDGET;
                                }
                            }
                        }
                        case Op.LOOP_LK -> {
                            if (--budget <= 0) {
                                return spent(g, f, pc + 6 + code[pc + 4], sp, budget);
                            }
                            if (!compare(code[pc + 0], ls[base + code[pc + 1]], code[pc + 2])) {
                                pc += 6;
                            } else if (code[pc + 5] == 0) {
                                pc += code[pc + 3] + 6;
                            } else {
                                pc = ScalarLoop.run(g, code, ls, os, base, pc + code[pc + 3] + 6, sp, budget);
                                sp = g.sp;
                                budget = g.budgetLeft;
                                if (budget <= 0) {
                                    f.pc = pc;
                                    return Stop.BUDGET;
                                }
                            }
                        }
                        case Op.INC_LOOP_LL -> {
                            ls[base + code[pc]] += code[pc + 1];
                            if (--budget <= 0) {
                                return spent(g, f, pc + 8 + code[pc + 6], sp, budget);
                            }
                            if (!compare(code[pc + 2], ls[base + code[pc + 3]], ls[base + code[pc + 4]])) {
                                pc += 8;
                            } else if (code[pc + 7] == 0) {
                                pc += code[pc + 5] + 8;
                            } else {
                                pc = ScalarLoop.run(g, code, ls, os, base, pc + code[pc + 5] + 8, sp, budget);
                                sp = g.sp;
                                budget = g.budgetLeft;
                                if (budget <= 0) {
                                    f.pc = pc;
                                    return Stop.BUDGET;
                                }
                            }
                        }
                        case Op.INC_LOOP_LK -> {
                            ls[base + code[pc]] += code[pc + 1];
                            if (--budget <= 0) {
                                return spent(g, f, pc + 8 + code[pc + 6], sp, budget);
                            }
                            if (!compare(code[pc + 2], ls[base + code[pc + 3]], code[pc + 4])) {
                                pc += 8;
                            } else if (code[pc + 7] == 0) {
                                pc += code[pc + 5] + 8;
                            } else {
                                pc = ScalarLoop.run(g, code, ls, os, base, pc + code[pc + 5] + 8, sp, budget);
                                sp = g.sp;
                                budget = g.budgetLeft;
                                if (budget <= 0) {
                                    f.pc = pc;
                                    return Stop.BUDGET;
                                }
                            }
                        }
                        default -> {
                            f.pc = pc;
                            g.sp = sp;
                            ColdOps.exec(g, f, code[pc - 1]);
                            pc = f.pc;
                            sp = g.sp;
                        }
                    }
                }
            } catch (Shared.Miss m) {
                // An object another goroutine owns: undo the instruction, ask for the object.
                f.pc = pc - 1;
                g.sp = sp + Shared.popped(code[pc - 1]);
                g.pendingOp = Shared.request(g, f.proto.lines().line(pc - 1));
                g.budgetLeft = budget;
                return Stop.RUNTIME_OP;
            } catch (GoPanic p) {
                f.pc = pc;
                g.sp = sp;
                Stop s = Unwinder.startPanic(g, p.value());
                if (s != null) {
                    g.budgetLeft = budget;
                    return s;
                }
            } catch (GoFatal e) {
                f.pc = pc;
                g.sp = sp;
                g.fatal = e;
                g.budgetLeft = budget;
                return Stop.FATAL;
            } catch (OutOfMemoryError e) {
                f.pc = pc;
                g.sp = sp;
                g.fatal = GoFatal.outOfMemory(e, "runtime: out of memory: cannot allocate\n");
                g.budgetLeft = budget;
                return Stop.FATAL;
            } catch (RuntimeException e) {
                f.pc = pc;
                g.sp = sp;
                if (e instanceof ValuePanic vp) {
                    // Raised inside a value's equals/hashCode: Go's runtime error, recoverable.
                    Stop s = Unwinder.startPanic(g, RuntimeErrors.error(vp.getMessage()).value());
                    if (s != null) {
                        g.budgetLeft = budget;
                        return s;
                    }
                    continue;
                }
                // A compiler bug, not the program's: report it as a fatal error, never a Java trace.
                g.fatal = new GoFatal("spindle internal error: " + e.getClass().getSimpleName()
                        + " in " + f.proto.name() + " at pc " + (pc - 1));
                g.budgetLeft = budget;
                return Stop.FATAL;
            }
        }
    }

    /** Stops at a fused back edge whose budget ran out: the goroutine resumes at the loop's test, pc. */
    private static Stop spent(Goroutine g, Frame f, int pc, int sp, long budget) {
        f.pc = pc;
        g.sp = sp;
        g.budgetLeft = budget;
        return Stop.BUDGET;
    }

    /**
     * a cmp b for the comparison codes of the fused ops (0 ==, 1 !=, 2 <, 3 <=, 4 >, 5 >=).
     * Nibble cmp of 0x643152 is the set of outcomes of Long.compare (bit 0 less, 1 equal,
     * 2 greater) that satisfy it: tiny enough for the JIT to inline at every site even in this
     * big method, where a switch here was left as a call.
     */
    static boolean compare(int cmp, long a, long b) {
        return (0x643152 >>> ((cmp << 2) + Long.compare(a, b) + 1) & 1) != 0;
    }

    static double fval(long bits) {
        return Double.longBitsToDouble(bits);
    }

    static long fbits(double d) {
        return Double.doubleToRawLongBits(d);
    }

    /** Calls a native with g's context; its output is buffered on g. */
    static Object callNative(Goroutine g, String name, Object[] args) {
        if (name.equals("runtime.Error.Error")) {
            return args[0];
        }
        return g.machine.nativeFn(name).call(g, args);
    }

    static HostOp flushOutput(Goroutine g) {
        // One stream per operation; run() flushes what remains before executing anything else.
        if (g.pendingStdout.size() > 0) {
            byte[] b = g.pendingStdout.toByteArray();
            g.pendingStdout.reset();
            return new HostOp.Output(b, false);
        }
        byte[] b = g.pendingStderr.toByteArray();
        g.pendingStderr.reset();
        return new HostOp.Output(b, true);
    }
}
