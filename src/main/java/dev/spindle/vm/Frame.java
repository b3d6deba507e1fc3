package dev.spindle.vm;

import dev.spindle.lang.compile.FuncProto;
import java.util.ArrayList;

/**
 * One activation of a function on a goroutine's heap stack. Frames are reused as the stack
 * goes up and down (see {@link Goroutine#pushFrame}), so every field is reset on entry.
 */
final class Frame {
    /** A call made by ordinary code. */
    static final int NORMAL = 0;
    /** A deferred call run by RUN_DEFERS on the way out of a returning function. */
    static final int DEFER_NORMAL = 1;
    /** A deferred call run while a panic unwinds; only here may recover succeed. */
    static final int DEFER_PANIC = 2;
    /** The bottom of a nested run for a native's callback; returning ends the nested run. */
    static final int BARRIER = 3;

    /**
     * The function; its code is read from it ({@code proto.code()}), not cached here: 48 bytes
     * a frame instead of 56, and a parked goroutine has one. The constants stay cached (the
     * compiled tier reads this field).
     */
    FuncProto proto;
    Object[] consts;
    /** The closure's captured variables (boxes and holders). */
    Object[] captures;
    /** The next instruction to execute (saved when the frame is not on top). */
    int pc;
    /** Slot of local 0. */
    int base;
    /** Where results go when the frame returns (also where the caller's stack resumes). */
    int retBase;
    int kind;
    /** For DEFER_PANIC frames: the panic that started the call. */
    PanicState panic;
    /** Pending deferred calls, LIFO; null until the first defer. */
    ArrayList<Deferred> defers;

    void enter(FuncProto p, Object[] captures, int base, int retBase, int kind) {
        this.proto = p;
        this.consts = p.consts();
        this.captures = captures;
        this.pc = 0;
        this.base = base;
        this.retBase = retBase;
        this.kind = kind;
        this.panic = null;
        if (defers != null) {
            defers.clear();
        }
    }

    boolean hasDefers() {
        return defers != null && !defers.isEmpty();
    }
}
