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
import dev.spindle.vm.value.Pointer;
import dev.spindle.vm.value.SliceValue;
import dev.spindle.vm.value.StructShape;
import dev.spindle.vm.value.StructValue;
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
        if (g.pendingStdout.size() > 0 || g.pendingStderr.size() > 0) {
            g.pendingOp = flushOutput(g);
            return Stop.RUNTIME_OP;
        }
        if (g.fp == 0) {
            return Stop.FINISHED;
        }
        if (g.pendingHostPanic != null) {
            GoPanic p = g.pendingHostPanic;
            g.pendingHostPanic = null;
            Stop s = Unwinder.startPanic(g, p.value());
            if (s != null) {
                return s;
            }
        }
        Frame f = g.frames[g.fp - 1];
        int[] code = f.code;
        Object[] k = f.consts;
        int pc = f.pc;
        int base = f.base;
        int sp = g.sp;
        long[] ls = g.ls;
        Object[] os = g.os;
        for (;;) {
            try {
                for (;;) {
                    switch (code[pc++]) {
                        case Op.NOP -> { }
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
                        case Op.ZERO -> os[sp++] = Ops.zero(k[code[pc++]]);
                        case Op.NIL -> os[sp++] = null;
                        case Op.POP -> os[--sp] = null;
                        case Op.DUP -> {
                            ls[sp] = ls[sp - 1];
                            os[sp] = os[sp - 1];
                            sp++;
                        }
                        case Op.DUP2 -> {
                            ls[sp] = ls[sp - 2];
                            os[sp] = os[sp - 2];
                            ls[sp + 1] = ls[sp - 1];
                            os[sp + 1] = os[sp - 1];
                            sp += 2;
                        }
                        case Op.SWAP -> {
                            long tl = ls[sp - 1];
                            Object to = os[sp - 1];
                            ls[sp - 1] = ls[sp - 2];
                            os[sp - 1] = os[sp - 2];
                            ls[sp - 2] = tl;
                            os[sp - 2] = to;
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
                        case Op.DIVU -> {
                            sp--;
                            if (ls[sp] == 0) {
                                throw RuntimeErrors.divide();
                            }
                            ls[sp - 1] = Long.divideUnsigned(ls[sp - 1], ls[sp]);
                        }
                        case Op.REMU -> {
                            sp--;
                            if (ls[sp] == 0) {
                                throw RuntimeErrors.divide();
                            }
                            ls[sp - 1] = Long.remainderUnsigned(ls[sp - 1], ls[sp]);
                        }
                        case Op.AND -> { sp--; ls[sp - 1] &= ls[sp]; }
                        case Op.OR -> { sp--; ls[sp - 1] |= ls[sp]; }
                        case Op.XOR -> { sp--; ls[sp - 1] ^= ls[sp]; }
                        case Op.ANDNOT -> { sp--; ls[sp - 1] &= ~ls[sp]; }
                        case Op.SHL -> { sp--; ls[sp - 1] = Ops.shl(ls[sp - 1], ls[sp]); }
                        case Op.SHR -> { sp--; ls[sp - 1] = Ops.shr(ls[sp - 1], ls[sp]); }
                        case Op.SHRU -> { sp--; ls[sp - 1] = Ops.shru(ls[sp - 1], ls[sp]); }
                        case Op.NEG -> ls[sp - 1] = -ls[sp - 1];
                        case Op.COMPL -> ls[sp - 1] = ~ls[sp - 1];
                        case Op.NOT -> ls[sp - 1] ^= 1;
                        case Op.NARROW -> ls[sp - 1] = Kind.narrow(ls[sp - 1], code[pc++]);
                        case Op.EQ -> { sp--; ls[sp - 1] = ls[sp - 1] == ls[sp] ? 1 : 0; }
                        case Op.NE -> { sp--; ls[sp - 1] = ls[sp - 1] != ls[sp] ? 1 : 0; }
                        case Op.LT -> { sp--; ls[sp - 1] = ls[sp - 1] < ls[sp] ? 1 : 0; }
                        case Op.LE -> { sp--; ls[sp - 1] = ls[sp - 1] <= ls[sp] ? 1 : 0; }
                        case Op.GT -> { sp--; ls[sp - 1] = ls[sp - 1] > ls[sp] ? 1 : 0; }
                        case Op.GE -> { sp--; ls[sp - 1] = ls[sp - 1] >= ls[sp] ? 1 : 0; }
                        case Op.LTU -> { sp--; ls[sp - 1] = Long.compareUnsigned(ls[sp - 1], ls[sp]) < 0 ? 1 : 0; }
                        case Op.LEU -> { sp--; ls[sp - 1] = Long.compareUnsigned(ls[sp - 1], ls[sp]) <= 0 ? 1 : 0; }
                        case Op.GTU -> { sp--; ls[sp - 1] = Long.compareUnsigned(ls[sp - 1], ls[sp]) > 0 ? 1 : 0; }
                        case Op.GEU -> { sp--; ls[sp - 1] = Long.compareUnsigned(ls[sp - 1], ls[sp]) >= 0 ? 1 : 0; }
                        case Op.FADD -> { sp--; ls[sp - 1] = fbits(fval(ls[sp - 1]) + fval(ls[sp])); }
                        case Op.FSUB -> { sp--; ls[sp - 1] = fbits(fval(ls[sp - 1]) - fval(ls[sp])); }
                        case Op.FMUL -> { sp--; ls[sp - 1] = fbits(fval(ls[sp - 1]) * fval(ls[sp])); }
                        case Op.FDIV -> { sp--; ls[sp - 1] = fbits(fval(ls[sp - 1]) / fval(ls[sp])); }
                        case Op.FNEG -> ls[sp - 1] = fbits(-fval(ls[sp - 1]));
                        case Op.FEQ -> { sp--; ls[sp - 1] = fval(ls[sp - 1]) == fval(ls[sp]) ? 1 : 0; }
                        case Op.FNE -> { sp--; ls[sp - 1] = fval(ls[sp - 1]) != fval(ls[sp]) ? 1 : 0; }
                        case Op.FLT -> { sp--; ls[sp - 1] = fval(ls[sp - 1]) < fval(ls[sp]) ? 1 : 0; }
                        case Op.FLE -> { sp--; ls[sp - 1] = fval(ls[sp - 1]) <= fval(ls[sp]) ? 1 : 0; }
                        case Op.FGT -> { sp--; ls[sp - 1] = fval(ls[sp - 1]) > fval(ls[sp]) ? 1 : 0; }
                        case Op.FGE -> { sp--; ls[sp - 1] = fval(ls[sp - 1]) >= fval(ls[sp]) ? 1 : 0; }
                        case Op.F32 -> ls[sp - 1] = fbits((float) fval(ls[sp - 1]));
                        case Op.I2F -> ls[sp - 1] = fbits((double) ls[sp - 1]);
                        case Op.U2F -> ls[sp - 1] = fbits(Ops.unsignedToDouble(ls[sp - 1]));
                        case Op.F2I -> ls[sp - 1] = (long) fval(ls[sp - 1]);
                        case Op.F2U -> ls[sp - 1] = Ops.doubleToUnsigned(fval(ls[sp - 1]));
                        case Op.CONCAT -> { sp--; os[sp - 1] = ((String) os[sp - 1]).concat((String) os[sp]); os[sp] = null; }
                        case Op.SLT -> { sp--; ls[sp - 1] = ((String) os[sp - 1]).compareTo((String) os[sp]) < 0 ? 1 : 0; }
                        case Op.SLE -> { sp--; ls[sp - 1] = ((String) os[sp - 1]).compareTo((String) os[sp]) <= 0 ? 1 : 0; }
                        case Op.SGT -> { sp--; ls[sp - 1] = ((String) os[sp - 1]).compareTo((String) os[sp]) > 0 ? 1 : 0; }
                        case Op.SGE -> { sp--; ls[sp - 1] = ((String) os[sp - 1]).compareTo((String) os[sp]) >= 0 ? 1 : 0; }
                        case Op.STR_INDEX -> {
                            sp--;
                            String s = (String) os[sp - 1];
                            long i = ls[sp];
                            if (i < 0 || i >= s.length()) {
                                throw RuntimeErrors.index(i, s.length());
                            }
                            ls[sp - 1] = s.charAt((int) i) & 0xFF;
                            os[sp - 1] = null;
                        }
                        case Op.STR_SLICE -> {
                            sp -= 2;
                            String s = (String) os[sp - 1];
                            os[sp - 1] = Ops.sliceString(s, ls[sp], ls[sp + 1]);
                        }
                        case Op.STR_DECODE -> {
                            String s = (String) os[sp - 2];
                            long d = GoString.decodeRune(s, (int) ls[sp - 1]);
                            os[sp - 2] = null;
                            ls[sp - 2] = GoString.rune(d);
                            ls[sp - 1] = GoString.width(d);
                        }
                        case Op.STR_FROM_RUNE -> os[sp - 1] = GoString.ofRune(ls[sp - 1]);
                        case Op.STR_FROM_BYTES -> os[sp - 1] = Ops.stringFromBytes((SliceValue) os[sp - 1]);
                        case Op.STR_FROM_RUNES -> os[sp - 1] = Ops.stringFromRunes((SliceValue) os[sp - 1]);
                        case Op.BYTES_FROM_STR -> os[sp - 1] = Ops.bytesFromString((String) os[sp - 1]);
                        case Op.RUNES_FROM_STR -> os[sp - 1] = Ops.runesFromString((String) os[sp - 1]);
                        case Op.REQ -> { sp--; ls[sp - 1] = Ops.goEquals(os[sp - 1], os[sp]) ? 1 : 0; os[sp - 1] = null; }
                        case Op.RNE -> { sp--; ls[sp - 1] = Ops.goEquals(os[sp - 1], os[sp]) ? 0 : 1; os[sp - 1] = null; }
                        case Op.IDEQ -> { sp--; ls[sp - 1] = os[sp - 1] == os[sp] || Ops.samePointer(os[sp - 1], os[sp]) ? 1 : 0; os[sp - 1] = null; }
                        case Op.IDNE -> { sp--; ls[sp - 1] = os[sp - 1] == os[sp] || Ops.samePointer(os[sp - 1], os[sp]) ? 0 : 1; os[sp - 1] = null; }
                        case Op.NEW_STRUCT -> {
                            StructShape shape = (StructShape) k[code[pc++]];
                            int n = code[pc++];
                            Object[] fields = new Object[n];
                            sp -= n;
                            System.arraycopy(os, sp, fields, 0, n);
                            os[sp++] = new StructValue(shape, fields);
                        }
                        case Op.FIELD -> {
                            Object s = os[sp - 1];
                            if (s == null) {
                                throw RuntimeErrors.nilDeref();
                            }
                            os[sp - 1] = ((StructValue) s).fields[code[pc++]];
                        }
                        case Op.SET_FIELD -> {
                            sp -= 2;
                            Object s = os[sp];
                            if (s == null) {
                                throw RuntimeErrors.nilDeref();
                            }
                            ((StructValue) s).fields[code[pc++]] = os[sp + 1];
                        }
                        case Op.FIELD_ADDR -> {
                            Object s = os[sp - 1];
                            if (s == null) {
                                throw RuntimeErrors.nilDeref();
                            }
                            os[sp - 1] = new FieldPointer((StructValue) s, code[pc++]);
                        }
                        case Op.COPY -> os[sp - 1] = Ops.copy(os[sp - 1]);
                        case Op.ASSIGN -> {
                            sp -= 2;
                            Ops.assign(os[sp], os[sp + 1]);
                        }
                        case Op.NEW_BOX -> os[sp - 1] = new Box(os[sp - 1]);
                        case Op.DEREF -> {
                            Object p = os[sp - 1];
                            if (p == null) {
                                throw RuntimeErrors.nilDeref();
                            }
                            os[sp - 1] = ((Pointer) p).load();
                        }
                        case Op.STORE_PTR -> {
                            sp -= 2;
                            Object p = os[sp];
                            if (p == null) {
                                throw RuntimeErrors.nilDeref();
                            }
                            ((Pointer) p).store(os[sp + 1]);
                        }
                        case Op.NIL_CHECK -> {
                            if (os[sp - 1] == null) {
                                throw RuntimeErrors.nilDeref();
                            }
                        }
                        case Op.NEW_ARRAY -> {
                            int n = code[pc++];
                            boolean inline = code[pc++] != 0;
                            Object[] elems = new Object[n];
                            sp -= n;
                            System.arraycopy(os, sp, elems, 0, n);
                            os[sp++] = new ArrayValue(elems, inline);
                        }
                        case Op.INDEX -> {
                            sp--;
                            os[sp - 1] = Ops.index(os[sp - 1], ls[sp]);
                        }
                        case Op.SET_INDEX -> {
                            sp -= 3;
                            Ops.setIndex(os[sp], ls[sp + 1], os[sp + 2]);
                        }
                        case Op.INDEX_ADDR -> {
                            sp--;
                            os[sp - 1] = Ops.indexAddr(os[sp - 1], ls[sp]);
                        }
                        case Op.SLICE -> {
                            sp -= 3;
                            os[sp - 1] = Ops.slice(os[sp - 1], code[pc++], ls[sp], ls[sp + 1], ls[sp + 2]);
                        }
                        case Op.LEN -> { ls[sp - 1] = Ops.len(os[sp - 1]); os[sp - 1] = null; }
                        case Op.CAP -> { ls[sp - 1] = Ops.cap(os[sp - 1]); os[sp - 1] = null; }
                        case Op.NEW_SLICE -> {
                            int n = code[pc++];
                            Object[] elems = new Object[n];
                            sp -= n;
                            System.arraycopy(os, sp, elems, 0, n);
                            os[sp++] = SliceValue.of(elems);
                        }
                        case Op.MAKE_SLICE -> {
                            ElemInfo e = (ElemInfo) k[code[pc++]];
                            sp--;
                            os[sp - 1] = Ops.makeSlice(ls[sp - 1], ls[sp], e);
                        }
                        case Op.APPEND -> {
                            ElemInfo e = (ElemInfo) k[code[pc++]];
                            int n = code[pc++];
                            sp -= n;
                            SliceValue s = (SliceValue) os[sp - 1];
                            os[sp - 1] = n == 1 ? SliceValue.append1(s, os[sp], e.size(), e.zero(), e.inline())
                                    : SliceValue.append(s, os, sp, n, e.size(), e.zero(), e.inline());
                        }
                        case Op.APPEND_SLICE -> {
                            ElemInfo e = (ElemInfo) k[code[pc++]];
                            sp--;
                            os[sp - 1] = Ops.appendSlice((SliceValue) os[sp - 1], os[sp], e);
                        }
                        case Op.COPY_SLICE -> {
                            boolean inline = code[pc++] != 0;
                            sp--;
                            ls[sp - 1] = Ops.copySlice((SliceValue) os[sp - 1], os[sp], inline);
                            os[sp - 1] = null;
                        }
                        case Op.MAKE_MAP -> {
                            boolean identity = code[pc++] != 0;
                            os[sp - 1] = new MapValue(identity, (int) Math.min(ls[sp - 1], 1 << 20));
                        }
                        case Op.MAP_GET -> {
                            Object zero = k[code[pc++]];
                            sp--;
                            MapValue m = (MapValue) os[sp - 1];
                            Object v = m == null ? null : m.get(os[sp]);
                            os[sp - 1] = v == null ? Ops.zero(zero) : v;
                        }
                        case Op.MAP_GET2 -> {
                            Object zero = k[code[pc++]];
                            MapValue m = (MapValue) os[sp - 2];
                            Object key = os[sp - 1];
                            boolean ok = m != null && m.containsKey(key);
                            os[sp - 2] = ok ? m.get(key) : Ops.zero(zero);
                            os[sp - 1] = null;
                            ls[sp - 1] = ok ? 1 : 0;
                        }
                        case Op.MAP_SET -> {
                            sp -= 3;
                            MapValue m = (MapValue) os[sp];
                            if (m == null) {
                                throw RuntimeErrors.nilMap();
                            }
                            m.put(os[sp + 1], os[sp + 2]);
                        }
                        case Op.MAP_DELETE -> {
                            sp -= 2;
                            MapValue m = (MapValue) os[sp];
                            if (m != null) {
                                m.delete(os[sp + 1]);
                            }
                        }
                        case Op.MAP_ITER -> {
                            MapValue m = (MapValue) os[sp - 1];
                            os[sp - 1] = m == null ? new MapValue(false).iterator(g.machine.random) : m.iterator(g.machine.random);
                        }
                        case Op.MAP_NEXT -> { ls[sp - 1] = ((MapIterator) os[sp - 1]).next() ? 1 : 0; os[sp - 1] = null; }
                        case Op.MAP_KEY -> os[sp - 1] = ((MapIterator) os[sp - 1]).key();
                        case Op.MAP_VALUE -> os[sp - 1] = ((MapIterator) os[sp - 1]).value();
                        case Op.CLEAR -> {
                            sp--;
                            Ops.clear(os[sp]);
                        }
                        case Op.MAKE_IFACE -> os[sp - 1] = new IfaceValue((Type) k[code[pc++]], os[sp - 1]);
                        case Op.ASSERT -> os[sp - 1] = Assertions.assertType(g.machine, os[sp - 1], (AssertInfo) k[code[pc++]]);
                        case Op.ASSERT2 -> {
                            Type t = (Type) k[code[pc++]];
                            Object zero = k[code[pc++]];
                            Object v = os[sp - 1];
                            if (v instanceof IfaceValue iv && iv.dynType().equals(t)) {
                                os[sp - 1] = iv.value();
                                ls[sp] = 1;
                            } else {
                                os[sp - 1] = Ops.zero(zero);
                                ls[sp] = 0;
                            }
                            os[sp] = null;
                            sp++;
                        }
                        case Op.ASSERT_IFACE -> os[sp - 1] = Assertions.assertIface(g.machine, os[sp - 1], (AssertInfo) k[code[pc++]]);
                        case Op.ASSERT_IFACE2 -> {
                            Type t = (Type) k[code[pc++]];
                            boolean ok = Assertions.implementsIface(g.machine, os[sp - 1], t);
                            if (!ok) {
                                os[sp - 1] = null;
                            }
                            ls[sp] = ok ? 1 : 0;
                            os[sp] = null;
                            sp++;
                        }
                        case Op.TYPE_IS -> {
                            ls[sp - 1] = Assertions.typeIs(g.machine, os[sp - 1], (Type) k[code[pc++]]) ? 1 : 0;
                            os[sp - 1] = null;
                        }
                        case Op.CLOSURE -> {
                            FuncProto p = (FuncProto) k[code[pc++]];
                            int n = code[pc++];
                            Object[] caps = new Object[n];
                            sp -= n;
                            System.arraycopy(os, sp, caps, 0, n);
                            os[sp++] = new FuncValue(p, caps);
                        }
                        case Op.CALL -> {
                            FuncProto p = (FuncProto) k[code[pc++]];
                            f.pc = pc;
                            int nb = sp - p.numParams();
                            g.sp = sp;
                            f = g.pushFrame(p, null, nb, nb, Frame.NORMAL);
                            code = f.code;
                            k = f.consts;
                            pc = 0;
                            base = nb;
                            sp = g.sp;
                            ls = g.ls;
                            os = g.os;
                            if (--budget <= 0) {
                                g.sp = sp;
                                return Stop.BUDGET;
                            }
                        }
                        case Op.CALL_VALUE -> {
                            int n = code[pc++];
                            Object fo = os[sp - n - 1];
                            if (fo == null) {
                                throw RuntimeErrors.nilDeref();
                            }
                            FuncValue fv = (FuncValue) fo;
                            f.pc = pc;
                            g.sp = sp;
                            f = g.pushFrame(fv.proto, fv.captures, sp - n, sp - n - 1, Frame.NORMAL);
                            code = f.code;
                            k = f.consts;
                            pc = 0;
                            base = f.base;
                            sp = g.sp;
                            ls = g.ls;
                            os = g.os;
                            if (--budget <= 0) {
                                g.sp = sp;
                                return Stop.BUDGET;
                            }
                        }
                        case Op.CALL_IFACE -> {
                            IfaceCall call = (IfaceCall) k[code[pc++]];
                            int n = code[pc++];
                            int recvSlot = sp - n - 1;
                            Object rv = os[recvSlot];
                            if (!(rv instanceof IfaceValue iv)) {
                                throw RuntimeErrors.nilDeref();
                            }
                            Machine.Bound bound = g.machine.bind(iv, call.name());
                            MethodRef m = bound.method();
                            Object recv = bound.receiver();
                            if (m.proto() == null) {
                                Object[] args = new Object[n + 1];
                                args[0] = recv;
                                int[] kinds = call.argKinds();
                                for (int i = 0; i < n; i++) {
                                    args[i + 1] = kinds[i] == Kind.REF ? os[recvSlot + 1 + i] : Values.box(ls[recvSlot + 1 + i], kinds[i]);
                                }
                                sp = recvSlot;
                                f.pc = pc;
                                g.sp = sp;
                                Object res = callNative(g, m.nativeName(), args);
                                sp = pushResults(g, sp, res, call.resultKinds());
                                ls = g.ls;
                                os = g.os;
                                if (g.pendingStdout.size() > 0 || g.pendingStderr.size() > 0) {
                                    f.pc = pc;
                                    g.sp = sp;
                                    g.pendingOp = flushOutput(g);
                                    return Stop.RUNTIME_OP;
                                }
                            } else {
                                FuncProto p = m.proto();
                                if (p.paramKinds()[0] == Kind.REF) {
                                    os[recvSlot] = recv;
                                } else {
                                    ls[recvSlot] = Values.unbox(recv);
                                    os[recvSlot] = null;
                                }
                                f.pc = pc;
                                g.sp = sp;
                                f = g.pushFrame(p, null, recvSlot, recvSlot, Frame.NORMAL);
                                code = f.code;
                                k = f.consts;
                                pc = 0;
                                base = f.base;
                                sp = g.sp;
                                ls = g.ls;
                                os = g.os;
                                if (--budget <= 0) {
                                    g.sp = sp;
                                    return Stop.BUDGET;
                                }
                            }
                        }
                        case Op.CALL_NATIVE -> {
                            String name = (String) k[code[pc++]];
                            int n = code[pc++];
                            int m = code[pc++];
                            Object[] args = new Object[n];
                            sp -= n;
                            System.arraycopy(os, sp, args, 0, n);
                            f.pc = pc;
                            g.sp = sp;
                            Object res = callNative(g, name, args);
                            sp = pushResults(g, sp, res, m);
                            ls = g.ls;
                            os = g.os;
                            if (g.pendingStdout.size() > 0 || g.pendingStderr.size() > 0) {
                                g.sp = sp;
                                g.pendingOp = flushOutput(g);
                                return Stop.RUNTIME_OP;
                            }
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
                            sp = rb + m;
                            if (f.kind == Frame.NORMAL && g.fp > 1) {
                                g.fp--;
                                f = g.frames[g.fp - 1];
                                code = f.code;
                                k = f.consts;
                                pc = f.pc;
                                base = f.base;
                                continue;
                            }
                            g.sp = sp;
                            Stop s = Unwinder.popFrame(g);
                            if (s != null) {
                                return s;
                            }
                            f = g.frames[g.fp - 1];
                            code = f.code;
                            k = f.consts;
                            pc = f.pc;
                            base = f.base;
                            sp = g.sp;
                            ls = g.ls;
                            os = g.os;
                        }
                        case Op.RETURN_LOCALS -> {
                            int a = base + code[pc++];
                            int m = code[pc++];
                            int rb = f.retBase;
                            System.arraycopy(ls, a, ls, rb, m);
                            System.arraycopy(os, a, os, rb, m);
                            sp = rb + m;
                            g.sp = sp;
                            Stop s = Unwinder.popFrame(g);
                            if (s != null) {
                                return s;
                            }
                            f = g.frames[g.fp - 1];
                            code = f.code;
                            k = f.consts;
                            pc = f.pc;
                            base = f.base;
                            sp = g.sp;
                            ls = g.ls;
                            os = g.os;
                        }
                        case Op.RUN_DEFERS -> {
                            if (f.hasDefers()) {
                                Deferred d = f.defers.removeLast();
                                f.pc = pc - 1;
                                g.sp = sp;
                                f = Unwinder.callDeferred(g, d, Frame.DEFER_NORMAL, null);
                                code = f.code;
                                k = f.consts;
                                pc = 0;
                                base = f.base;
                                sp = g.sp;
                                ls = g.ls;
                                os = g.os;
                            }
                        }
                        case Op.DEFER -> {
                            int n = code[pc++];
                            Object[] args = new Object[n];
                            sp -= n;
                            System.arraycopy(os, sp, args, 0, n);
                            FuncValue fv = (FuncValue) os[--sp];
                            if (f.defers == null) {
                                f.defers = new ArrayList<>(2);
                            }
                            f.defers.add(new Deferred(fv, args));
                        }
                        case Op.PANIC -> {
                            sp--;
                            throw new GoPanic(os[sp]);
                        }
                        case Op.RECOVER -> {
                            PanicState ps = g.panic;
                            if (f.kind == Frame.DEFER_PANIC && ps != null && f.panic == ps && !ps.recovered) {
                                ps.recovered = true;
                                os[sp++] = ps.value;
                            } else {
                                os[sp++] = null;
                            }
                        }
                        case Op.RUNTIME_PANIC -> throw RuntimeErrors.plain((String) k[code[pc++]]);
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
                                return Stop.BUDGET;
                            }
                        }
                        case Op.GO -> {
                            int n = code[pc++];
                            Object[] args = new Object[n];
                            sp -= n;
                            System.arraycopy(os, sp, args, 0, n);
                            FuncValue fv = (FuncValue) os[--sp];
                            os[sp] = null;
                            if (fv == null) {
                                throw RuntimeErrors.nilDeref();
                            }
                            f.pc = pc;
                            g.sp = sp;
                            g.pendingOp = new HostOp.Go(fv, args, f.proto.lines().line(pc - 1));
                            return Stop.RUNTIME_OP;
                        }
                        case Op.MAKE_CHAN -> {
                            ElemInfo e = (ElemInfo) k[code[pc++]];
                            long size = ls[--sp];
                            if (size < 0) {
                                throw RuntimeErrors.error("makechan: size out of range");
                            }
                            f.pc = pc;
                            g.sp = sp;
                            g.pendingOp = new HostOp.MakeChan(size, e);
                            return Stop.RUNTIME_OP;
                        }
                        case Op.SEND -> {
                            sp -= 2;
                            f.pc = pc;
                            g.sp = sp;
                            g.pendingOp = new HostOp.Send(os[sp], os[sp + 1]);
                            return Stop.RUNTIME_OP;
                        }
                        case Op.RECV, Op.RECV2 -> {
                            boolean ok = code[pc - 1] == Op.RECV2;
                            sp--;
                            f.pc = pc;
                            g.sp = sp;
                            g.pendingOp = new HostOp.Recv(os[sp], ok);
                            return Stop.RUNTIME_OP;
                        }
                        case Op.CLOSE -> {
                            sp--;
                            f.pc = pc;
                            g.sp = sp;
                            g.pendingOp = new HostOp.Close(os[sp]);
                            return Stop.RUNTIME_OP;
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
                            f.pc = pc;
                            g.sp = sp;
                            g.pendingOp = new HostOp.Select(d, chans, vals);
                            return Stop.RUNTIME_OP;
                        }
                        case Op.HOST_CALL -> {
                            String name = (String) k[code[pc++]];
                            int n = code[pc++];
                            int m = code[pc++];
                            Object[] args = new Object[n];
                            sp -= n;
                            System.arraycopy(os, sp, args, 0, n);
                            f.pc = pc;
                            g.sp = sp;
                            g.pendingOp = new HostOp.Call(name, args, m);
                            return Stop.RUNTIME_OP;
                        }
                        case Op.PRINT -> {
                            int n = code[pc++];
                            boolean ln = code[pc++] != 0;
                            Object[] args = new Object[n];
                            sp -= n;
                            System.arraycopy(os, sp, args, 0, n);
                            f.pc = pc;
                            g.sp = sp;
                            g.pendingOp = new HostOp.Output(PrintBuiltin.format(g.machine, args, ln), true);
                            return Stop.RUNTIME_OP;
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
                        default -> throw new IllegalStateException("bad opcode " + code[pc - 1] + " in " + f.proto.name());
                    }
                }
            } catch (GoPanic p) {
                f.pc = pc;
                g.sp = sp;
                Stop s = Unwinder.startPanic(g, p.value());
                if (s != null) {
                    return s;
                }
            } catch (GoFatal e) {
                f.pc = pc;
                g.sp = sp;
                g.fatal = e;
                return Stop.FATAL;
            } catch (OutOfMemoryError e) {
                f.pc = pc;
                g.sp = sp;
                g.fatal = new GoFatal("out of memory", "runtime: out of memory: cannot allocate\n");
                return Stop.FATAL;
            } catch (ClassCastException | ArrayIndexOutOfBoundsException | NullPointerException e) {
                // A compiler bug, not the program's: report it as a fatal error, never a Java trace.
                f.pc = pc;
                g.sp = sp;
                g.fatal = new GoFatal("spindle internal error: " + e.getClass().getSimpleName()
                        + " in " + f.proto.name() + " at pc " + (pc - 1));
                return Stop.FATAL;
            }
            f = g.frames[g.fp - 1];
            code = f.code;
            k = f.consts;
            pc = f.pc;
            base = f.base;
            sp = g.sp;
            ls = g.ls;
            os = g.os;
        }
    }

    private static boolean compare(int cmp, long a, long b) {
        return switch (cmp) {
            case 0 -> a == b;
            case 1 -> a != b;
            case 2 -> a < b;
            case 3 -> a <= b;
            case 4 -> a > b;
            default -> a >= b;
        };
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
