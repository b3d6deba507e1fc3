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
 * The less frequent instructions, out of the interpreter's main method so that the JIT
 * compiles the hot loop quickly and well. Same contract as the main loop: pc is past the
 * opcode, and the operands, stack and frame live in the goroutine.
 */
final class ColdOps {
    private ColdOps() {}

    static void exec(Goroutine g, Frame f, int op) {
        int[] code = f.proto.code();
        Object[] k = f.consts;
        int pc = f.pc;
        int sp = g.sp;
        long[] ls = g.ls;
        Object[] os = g.os;
        switch (op) {
                case Op.ZERO -> os[sp++] = Ops.zero(k[code[pc++]]);
                case Op.DUP2 -> {
                    ls[sp] = ls[sp - 2];
                    os[sp] = os[sp - 2];
                    ls[sp + 1] = ls[sp - 1];
                    os[sp + 1] = os[sp - 1];
                    sp += 2;
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
                case Op.NEG -> ls[sp - 1] = -ls[sp - 1];
                case Op.COMPL -> ls[sp - 1] = ~ls[sp - 1];
                case Op.NOT -> ls[sp - 1] ^= 1;
                case Op.FNEG -> ls[sp - 1] = Interpreter.fbits(-Interpreter.fval(ls[sp - 1]));
                case Op.F32 -> ls[sp - 1] = Interpreter.fbits((float) Interpreter.fval(ls[sp - 1]));
                case Op.U2F -> ls[sp - 1] = Interpreter.fbits(Ops.unsignedToDouble(ls[sp - 1]));
                case Op.F2I -> ls[sp - 1] = (long) Interpreter.fval(ls[sp - 1]);
                case Op.F2U -> ls[sp - 1] = Ops.doubleToUnsigned(Interpreter.fval(ls[sp - 1]));
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
                case Op.STR_FROM_BYTES -> {
                    Heap.owns(g, os[sp - 1], false, false);
                    os[sp - 1] = Ops.stringFromBytes((SliceValue) os[sp - 1]);
                }
                case Op.STR_FROM_RUNES -> {
                    Heap.owns(g, os[sp - 1], false, false);
                    os[sp - 1] = Ops.stringFromRunes((SliceValue) os[sp - 1]);
                }
                case Op.BYTES_FROM_STR -> os[sp - 1] = Ops.bytesFromString((String) os[sp - 1]);
                case Op.RUNES_FROM_STR -> os[sp - 1] = Ops.runesFromString((String) os[sp - 1]);
                case Op.NEW_STRUCT -> {
                    StructShape shape = (StructShape) k[code[pc++]];
                    int n = code[pc++];
                    Object[] fields = new Object[n];
                    sp -= n;
                    System.arraycopy(os, sp, fields, 0, n);
                    os[sp++] = new StructValue(shape, fields);
                }
                case Op.FIELD_ADDR -> {
                    Object s = os[sp - 1];
                    if (s == null) {
                        throw RuntimeErrors.nilDeref();
                    }
                    os[sp - 1] = new FieldPointer((StructValue) s, code[pc++]);
                }
                case Op.COPY -> {
                    Heap.whole(g, pc, os[sp - 1], false);
                    os[sp - 1] = Ops.copy(os[sp - 1]);
                }
                case Op.ASSIGN -> {
                    sp -= 2;
                    // The fields as they are before: assignFrom gives inline structs new objects.
                    Heap.owns(g, os[sp + 1], false, false);
                    Heap.whole(g, pc, os[sp], true);
                    Ops.assign(os[sp], os[sp + 1]);
                }
                case Op.NEW_BOX -> os[sp - 1] = new Box(os[sp - 1]);
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
                case Op.INDEX_ADDR -> {
                    sp--;
                    os[sp - 1] = Ops.indexAddr(os[sp - 1], ls[sp]);
                }
                case Op.SLICE -> {
                    sp -= 3;
                    os[sp - 1] = Ops.slice(os[sp - 1], code[pc++], ls[sp], ls[sp + 1], ls[sp + 2]);
                }
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
                case Op.APPEND_SLICE -> {
                    ElemInfo e = (ElemInfo) k[code[pc++]];
                    sp--;
                    SliceValue before = (SliceValue) os[sp - 1];
                    Heap.owns(g, before, true, false);
                    Heap.owns(g, os[sp], false, e.inline());
                    os[sp - 1] = Ops.appendSlice(before, os[sp], e);
                    Heap.appended(g, pc, before, os[sp], (SliceValue) os[sp - 1]);
                }
                case Op.COPY_SLICE -> {
                    boolean inline = code[pc++] != 0;
                    sp--;
                    Heap.owns(g, os[sp - 1], true, false);
                    Heap.owns(g, os[sp], false, inline);
                    ls[sp - 1] = Ops.copySlice((SliceValue) os[sp - 1], os[sp], inline);
                    Heap.copied(g, pc, (SliceValue) os[sp - 1], os[sp], ls[sp - 1]);
                    os[sp - 1] = null;
                }
                case Op.MAKE_MAP -> {
                    boolean identity = code[pc++] != 0;
                    os[sp - 1] = new MapValue(identity, (int) Math.min(ls[sp - 1], 1 << 20));
                }
                case Op.MAP_GET2 -> {
                    Object zero = k[code[pc++]];
                    MapValue m = (MapValue) os[sp - 2];
                    Heap.map(g, pc, m, false);
                    Object key = os[sp - 1];
                    if (m == null) {
                        MapValue.hashOfNil(key);
                    }
                    boolean ok = m != null && m.containsKey(key);
                    os[sp - 2] = ok ? m.get(key) : Ops.zero(zero);
                    os[sp - 1] = null;
                    ls[sp - 1] = ok ? 1 : 0;
                }
                case Op.MAP_DELETE -> {
                    sp -= 2;
                    MapValue m = (MapValue) os[sp];
                    Heap.map(g, pc, m, true);
                    if (m != null) {
                        m.delete(os[sp + 1]);
                    } else {
                        MapValue.hashOfNil(os[sp + 1]);
                    }
                }
                case Op.MAP_ITER -> {
                    MapValue m = (MapValue) os[sp - 1];
                    Heap.map(g, pc, m, false);
                    os[sp - 1] = m == null ? new MapValue(false).iterator(g.random()) : m.iterator(g.random());
                }
                case Op.MAP_NEXT -> {
                    Heap.owns(g, ((MapIterator) os[sp - 1]).map(), false, false);
                    ls[sp - 1] = ((MapIterator) os[sp - 1]).next() ? 1 : 0;
                    os[sp - 1] = null;
                }
                case Op.MAP_KEY -> os[sp - 1] = ((MapIterator) os[sp - 1]).key();
                case Op.MAP_VALUE -> {
                    Heap.owns(g, ((MapIterator) os[sp - 1]).map(), false, false);
                    os[sp - 1] = ((MapIterator) os[sp - 1]).value();
                }
                case Op.CLEAR -> {
                    sp--;
                    Heap.owns(g, os[sp], true, false);
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
                case Op.RECOVER -> {
                    PanicState ps = g.panic;
                    if (f.kind == Frame.DEFER_PANIC && ps != null && f.panic == ps && !ps.recovered && !ps.goexit) {
                        ps.recovered = true;
                        os[sp++] = ps.value;
                    } else {
                        os[sp++] = null;
                    }
                }
                case Op.RUNTIME_PANIC -> throw RuntimeErrors.plain((String) k[code[pc++]]);
                case Op.NOP -> { }
                case Op.SWAP -> {
                    long tl = ls[sp - 1];
                    Object to = os[sp - 1];
                    ls[sp - 1] = ls[sp - 2];
                    os[sp - 1] = os[sp - 2];
                    ls[sp - 2] = tl;
                    os[sp - 2] = to;
                }
                case Op.LTU -> { sp--; ls[sp - 1] = Long.compareUnsigned(ls[sp - 1], ls[sp]) < 0 ? 1 : 0; }
                case Op.LEU -> { sp--; ls[sp - 1] = Long.compareUnsigned(ls[sp - 1], ls[sp]) <= 0 ? 1 : 0; }
                case Op.GTU -> { sp--; ls[sp - 1] = Long.compareUnsigned(ls[sp - 1], ls[sp]) > 0 ? 1 : 0; }
                case Op.GEU -> { sp--; ls[sp - 1] = Long.compareUnsigned(ls[sp - 1], ls[sp]) >= 0 ? 1 : 0; }
                case Op.FEQ -> { sp--; ls[sp - 1] = Interpreter.fval(ls[sp - 1]) == Interpreter.fval(ls[sp]) ? 1 : 0; }
                case Op.FNE -> { sp--; ls[sp - 1] = Interpreter.fval(ls[sp - 1]) != Interpreter.fval(ls[sp]) ? 1 : 0; }
                case Op.FLT -> { sp--; ls[sp - 1] = Interpreter.fval(ls[sp - 1]) < Interpreter.fval(ls[sp]) ? 1 : 0; }
                case Op.FLE -> { sp--; ls[sp - 1] = Interpreter.fval(ls[sp - 1]) <= Interpreter.fval(ls[sp]) ? 1 : 0; }
                case Op.FGT -> { sp--; ls[sp - 1] = Interpreter.fval(ls[sp - 1]) > Interpreter.fval(ls[sp]) ? 1 : 0; }
                case Op.FGE -> { sp--; ls[sp - 1] = Interpreter.fval(ls[sp - 1]) >= Interpreter.fval(ls[sp]) ? 1 : 0; }
                case Op.CONCAT -> { sp--; os[sp - 1] = ((String) os[sp - 1]).concat((String) os[sp]); os[sp] = null; }
                case Op.REQ -> { sp--; Heap.owns(g, os[sp - 1], false, false); Heap.owns(g, os[sp], false, false); ls[sp - 1] = Ops.goEquals(os[sp - 1], os[sp]) ? 1 : 0; os[sp - 1] = null; }
                case Op.RNE -> { sp--; Heap.owns(g, os[sp - 1], false, false); Heap.owns(g, os[sp], false, false); ls[sp - 1] = Ops.goEquals(os[sp - 1], os[sp]) ? 0 : 1; os[sp - 1] = null; }
                case Op.IDEQ -> { sp--; ls[sp - 1] = os[sp - 1] == os[sp] || Ops.samePointer(os[sp - 1], os[sp]) ? 1 : 0; os[sp - 1] = null; }
                case Op.IDNE -> { sp--; ls[sp - 1] = os[sp - 1] == os[sp] || Ops.samePointer(os[sp - 1], os[sp]) ? 0 : 1; os[sp - 1] = null; }
                case Op.APPEND -> {
                    ElemInfo e = (ElemInfo) k[code[pc++]];
                    int n = code[pc++];
                    sp -= n;
                    SliceValue s = (SliceValue) os[sp - 1];
                    Heap.owns(g, s, true, false);
                    os[sp - 1] = n == 1 ? SliceValue.append1(s, os[sp], e.size(), e.zero(), e.inline(), e.backing())
                            : SliceValue.append(s, os, sp, n, e.size(), e.zero(), e.inline(), e.backing());
                    Heap.appended(g, pc, s, null, (SliceValue) os[sp - 1]);
                }
                case Op.MAP_GET -> {
                    Object zero = k[code[pc++]];
                    sp--;
                    MapValue m = (MapValue) os[sp - 1];
                    Heap.map(g, pc, m, false);
                    if (m == null) {
                        MapValue.hashOfNil(os[sp]);
                    }
                    Object v = m == null ? null : m.get(os[sp]);
                    os[sp - 1] = v == null ? Ops.zero(zero) : v;
                }
                case Op.MAP_SET -> {
                    sp -= 3;
                    MapValue m = (MapValue) os[sp];
                    if (m == null) {
                        throw RuntimeErrors.nilMap();
                    }
                    Heap.map(g, pc, m, true);
                    m.put(os[sp + 1], os[sp + 2]);
                }
                case Op.PANIC -> {
                    sp--;
                    throw new GoPanic(os[sp]);
                }
            default -> throw new IllegalStateException("bad opcode " + op + " in " + f.proto.name());
        }
        f.pc = pc;
        g.sp = sp;
    }
}
