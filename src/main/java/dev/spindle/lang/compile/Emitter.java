package dev.spindle.lang.compile;

import dev.spindle.lang.syntax.Pos;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The code buffer of one function: appends instructions, interns constants, tracks the
 * operand-stack depth (for the frame size), records the line table and patches jumps.
 */
final class Emitter {
    private int[] code = new int[64];
    private int n;
    private final List<Object> consts = new ArrayList<>();
    private final Map<Object, Integer> constIndex = new HashMap<>();
    private final List<Long> longs = new ArrayList<>();
    private final LineTable.Builder lines = new LineTable.Builder();
    private int depth;
    private int maxDepth;
    private Pos pos = new Pos(0, 0);

    /** Sets the source position of the instructions emitted next. */
    void at(Pos p) {
        if (p != null && p.line() > 0) {
            pos = p;
        }
    }

    Pos pos() {
        return pos;
    }

    /** The current pc; the caller may jump here, so no instruction before it is fused with one after. */
    int pc() {
        label = n;
        return n;
    }

    /** Emits op with its operands; delta is its effect on the stack depth. */
    int emit(Opcode op, int delta, int... operands) {
        if (operands.length != op.operands()) {
            throw new IllegalArgumentException(op + " takes " + op.operands() + " operands");
        }
        if (operands.length == 0 && fuse(op)) {
            adjust(delta);
            return last;
        }
        if (op == Opcode.FIELD && fuseField(operands[0])) {
            adjust(delta);
            return last;
        }
        if (op == Opcode.UNBOX && fuseUnbox()) {
            adjust(delta);
            return last;
        }
        if (op == Opcode.BOX && foldBox(operands[0])) {
            adjust(delta);
            return last;
        }
        lines.add(n, pos.line(), pos.col());
        int at = n;
        beforeLast = last;
        last = at;
        beforeLastPos = lastPos;
        lastPos = pos;
        ensure(1 + operands.length);
        code[n++] = op.ordinal();
        for (int o : operands) {
            code[n++] = o;
        }
        adjust(delta);
        return at;
    }

    /** Where the last two instructions start (-1: none), and the latest pc something may jump to. */
    private int last = -1;
    private int beforeLast = -1;
    private int label;
    /** The source positions the last two instructions were emitted at. */
    private Pos lastPos;
    private Pos beforeLastPos;

    /**
     * {@code LOAD a FIELD i} becomes {@code LOAD_FIELD a i} when both are on one line and no
     * jump lands on FIELD. The fused instruction takes FIELD's line and column: it is the one
     * that may panic (nil) and that the race detector sees, and no goroutine ever stops
     * between a LOAD and the next instruction (stops are at safepoints and runtime operations).
     */
    private boolean fuseField(int field) {
        if (last < 0 || label > last || n != last + 2 || code[last] != Opcode.LOAD.ordinal()
                || lastPos == null || lastPos.line() != pos.line()) {
            return false;
        }
        code[last] = Opcode.LOAD_FIELD.ordinal();
        ensure(1);
        code[n++] = field;
        relabel(last);
        beforeLast = -1;
        return true;
    }

    /**
     * {@code LOAD_FIELD a i UNBOX} and {@code INDEX_LL a b UNBOX} become one instruction (the
     * scalar's long half straight from the heap); UNBOX cannot panic, so the position stays
     * the heap read's. A jump to UNBOX itself prevents it.
     */
    private boolean fuseUnbox() {
        if (last < 0 || label > last || n != last + 3) {
            return false;
        }
        if (code[last] == Opcode.LOAD_FIELD.ordinal()) {
            code[last] = Opcode.LOAD_FIELD_UNBOX.ordinal();
        } else if (code[last] == Opcode.INDEX_LL.ordinal()) {
            code[last] = Opcode.INDEX_LL_UNBOX.ordinal();
        } else {
            return false;
        }
        beforeLast = -1;
        return true;
    }

    /**
     * {@code CONST_INT k BOX} of an int or bool is the boxed constant itself: one CONST_REF of
     * an interned, immutable Long or Boolean (what BOX would have allocated, equal by value)
     * instead of a box per execution.
     */
    private boolean foldBox(int kind) {
        if (last < 0 || label > last || n != last + 2 || code[last] != Opcode.CONST_INT.ordinal()
                || (kind != Kind.INT && kind != Kind.BOOL)) {
            return false;
        }
        long k = code[last + 1];
        code[last] = Opcode.CONST_REF.ordinal();
        code[last + 1] = constant(kind == Kind.INT ? (Object) Long.valueOf(k) : (Object) Boolean.valueOf(k != 0));
        beforeLast = -1;
        return true;
    }

    /** The instruction at pc, the last one, now has the current position. */
    private void relabel(int pc) {
        lines.truncate(pc - 1);
        lines.add(pc, pos.line(), pos.col());
        lastPos = pos;
    }

    /**
     * Superinstructions: {@code LOAD a LOAD b OP} becomes {@code OP_LL a b} and {@code LOAD a
     * CONST_INT k OP} (or {@code CONST_INT k LOAD a OP} for commutative OPs) becomes
     * {@code OP_LK a k}, one dispatch instead of three, unless a jump may land between them.
     * Measured on the bench suite's arithmetic (see the note); the fused forms are
     * what {@link Opcode#onLocals} and {@link Opcode#onLocalAndConstant} name, and
     * {@code LOAD a LOAD b INDEX} becomes {@code INDEX_LL a b} at one source position.
     */
    private boolean fuse(Opcode op) {
        if (beforeLast < 0 || label > beforeLast || last != beforeLast + 2 || n != last + 2) {
            return false;
        }
        int first = code[beforeLast];
        int second = code[last];
        int x = code[beforeLast + 1];
        int y = code[last + 1];
        Opcode fused;
        int a;
        int b;
        if (first == Opcode.LOAD.ordinal() && second == Opcode.LOAD.ordinal()) {
            fused = Opcode.onLocals(op);
            a = x;
            b = y;
        } else if (first == Opcode.LOAD.ordinal() && second == Opcode.CONST_INT.ordinal()) {
            fused = Opcode.onLocalAndConstant(op, y);
            a = x;
            b = y;
        } else if (first == Opcode.CONST_INT.ordinal() && second == Opcode.LOAD.ordinal()
                && (op == Opcode.MUL || op == Opcode.AND)) {
            fused = Opcode.onLocalAndConstant(op, x);
            a = y;
            b = x;
        } else {
            return false;
        }
        if (op == Opcode.INDEX && first == Opcode.LOAD.ordinal() && second == Opcode.LOAD.ordinal()) {
            // INDEX may panic (bounds, nil) and is seen by the race detector: the fused
            // instruction takes INDEX's position (see fuseField), all three on one line.
            if (lastPos == null || beforeLastPos == null || lastPos.line() != pos.line()
                    || beforeLastPos.line() != pos.line()) {
                return false;
            }
            fused = Opcode.INDEX_LL;
        }
        if (fused == null) {
            return false;
        }
        n = beforeLast;
        lines.truncate(n);
        last = n;
        beforeLast = -1;
        code[n++] = fused.ordinal();
        code[n++] = a;
        code[n++] = b;
        if (fused == Opcode.INDEX_LL) {
            relabel(last);
        }
        return true;
    }

    void adjust(int delta) {
        depth += delta;
        if (depth > maxDepth) {
            maxDepth = depth;
        }
        if (depth < 0) {
            depth = 0;
        }
    }

    int depth() {
        return depth;
    }

    void setDepth(int d) {
        depth = d;
    }

    /** Emits a forward jump whose target is patched later by {@link #patch}. */
    int jump(Opcode op) {
        int delta = op == Opcode.JMP ? 0 : -1;
        emit(op, delta, 0);
        return n - 1;
    }

    /** Emits a fused compare-and-branch (jumps when the comparison is false); returns its operand to patch. */
    int jcmp(Opcode op, int cmp, int a, int b) {
        emit(op, 0, cmp, a, b, 0);
        return n - 1;
    }

    /** Points the jump whose operand is at {@code operandAt} to the current pc. */
    void patch(int operandAt) {
        label = n;
        code[operandAt] = n - (operandAt + 1);
    }

    /** Emits a backward jump (a LOOP safepoint) to target. */
    void loop(int target) {
        emit(Opcode.LOOP, 0, 0);
        code[n - 1] = target - n;
    }

    /**
     * Emits a fused back edge (LOOP_LL, LOOP_LK, INC_LOOP_*): {@code lead} operands, then the
     * body target taken when the test holds, the head where a spent budget stops, and the scalar
     * flag: 1 when every instruction from head to here is {@link Opcode#isScalar}.
     */
    void backEdge(Opcode op, int body, int head, int... lead) {
        int scalar = scalarFrom(head) ? 1 : 0;
        int[] operands = Arrays.copyOf(lead, lead.length + 3);
        emit(op, 0, operands);
        code[n - 3] = body - n;
        code[n - 2] = head - n;
        code[n - 1] = scalar;
    }

    private boolean scalarFrom(int from) {
        for (int pc = from; pc < n; pc += 1 + Opcode.of(code[pc]).operands()) {
            if (!Opcode.of(code[pc]).isScalar()) {
                return false;
            }
        }
        return true;
    }

    /** Emits a jump to an already known target (forward or backward without safepoint). */
    void jumpTo(Opcode op, int target) {
        emit(op, op == Opcode.JMP ? 0 : -1, 0);
        code[n - 1] = target - n;
    }

    int constant(Object c) {
        // Strings and boxed numbers are interned by value; everything else by identity.
        Object key = c instanceof String || c instanceof Long || c instanceof Double || c instanceof Boolean
                ? c : new IdentityKey(c);
        Integer i = constIndex.get(key);
        if (i != null) {
            return i;
        }
        consts.add(c);
        constIndex.put(key, consts.size() - 1);
        return consts.size() - 1;
    }

    int longConstant(long v) {
        int i = longs.indexOf(v);
        if (i >= 0) {
            return i;
        }
        longs.add(v);
        return longs.size() - 1;
    }

    void pushInt(long v) {
        if (v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE) {
            emit(Opcode.CONST_INT, 1, (int) v);
        } else {
            emit(Opcode.CONST_LONG, 1, longConstant(v));
        }
    }

    int[] code() {
        return Arrays.copyOf(code, n);
    }

    Object[] consts() {
        return consts.toArray();
    }

    long[] longs() {
        long[] out = new long[longs.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = longs.get(i);
        }
        return out;
    }

    int maxStack() {
        return maxDepth + 4;
    }

    LineTable lineTable() {
        return lines.build();
    }

    private void ensure(int extra) {
        if (n + extra > code.length) {
            code = Arrays.copyOf(code, Math.max(code.length * 2, n + extra));
        }
    }

    private record IdentityKey(Object o) {
        @Override
        public boolean equals(Object other) {
            return other instanceof IdentityKey k && k.o == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(o);
        }
    }
}
