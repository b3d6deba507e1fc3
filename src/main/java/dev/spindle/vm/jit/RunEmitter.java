package dev.spindle.vm.jit;

import dev.spindle.lang.compile.FuncProto;
import dev.spindle.lang.compile.Op;
import dev.spindle.lang.compile.Opcode;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.Label;
import java.lang.classfile.instruction.SwitchCase;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;
import java.lang.constant.MethodTypeDesc;
import java.util.ArrayList;
import java.util.List;

import static dev.spindle.vm.jit.FunctionCompiler.*; // the descriptors of the VM classes the code calls
import static java.lang.constant.ConstantDescs.CD_Object;
import static java.lang.constant.ConstantDescs.CD_int;
import static java.lang.constant.ConstantDescs.CD_long;
import static java.lang.constant.ConstantDescs.CD_void;

/**
 * Emits one function's run method, instruction by instruction ({@link FunctionCompiler} decides
 * the form: which locals are cached, which calls are made directly, and checks the length).
 */
final class RunEmitter {
    // JVM locals of run(Goroutine g, Frame f, long budget)
    static final int G_ = 1;
    static final int F_ = 2;
    static final int BUDGET = 3;
    static final int DEPTH = 5;
    static final int LS = 6;
    static final int OS = 7;
    static final int BASE = 8;
    static final int K = 9;
    /**
     * The interpreter's pc and (relative) sp if the current instruction throws, in one int
     * (pc | sp &lt;&lt; 16: one constant per instruction that can throw, not two).
     */
    static final int XPC = 10;
    static final int T1 = 12;
    static final int T2 = 13;
    /** What run returns when it leaves through the shared exit. */
    static final int R = 14;
    /** The long halves of the locals live in JVM locals from here (two slots each) when cached. */
    static final int LOCALS = 15;
    /** Functions with more locals keep them in the slot array only. */
    static final int MAX_CACHED = 64;

    final FuncProto p;
    final StackShape shape;
    final CodeBuilder c;
    final int[] code;
    final int nl;
    final Label[] at;
    final Label declined;
    /**
     * The one exit that writes the cached locals and the budget back and returns R: a
     * write-back per exit would make a big function's method too long for the JVM's compilers.
     */
    final Label exit;
    /** Whether the locals' long halves are kept in JVM locals between exits. */
    final boolean cache;

    /** Per pc, the class data index of the pure native a BOX, CALL_NATIVE, UNBOX there calls, or -1. */
    final int[] unaryAt;

    RunEmitter(FuncProto p, StackShape shape, int[] unaryAt, CodeBuilder c, boolean cacheLocals) {
        this.p = p;
        this.shape = shape;
        this.unaryAt = unaryAt;
        this.c = c;
        this.code = p.code();
        this.nl = p.numLocals();
        this.at = new Label[code.length + 1];
        for (int pc = 0; pc < code.length; pc++) {
            if (shape.depth[pc] >= 0) {
                at[pc] = c.newLabel();
            }
        }
        this.declined = c.newLabel();
        this.exit = c.newLabel();
        this.cache = cacheLocals && nl <= MAX_CACHED;
    }

    int jl(int a) {
        return LOCALS + 2 * a;
    }

    /** Writes the cached locals back to the slot array: before anything else may read or keep them. */
    void flush() {
        if (cache) {
            for (int a = 0; a < nl; a++) {
                lsAt(a);
                c.lload(jl(a));
                c.lastore();
            }
        }
    }

    /**
     * Reads g's slot arrays again: a pushed frame or pushed results may have grown them, and
     * the cached locals must be written back to the arrays the goroutine has now.
     */
    void arrays() {
        c.aload(G_).getfield(G, "ls", LONGS).astore(LS);
        c.aload(G_).getfield(G, "os", OBJS).astore(OS);
    }

    /** Reads the locals from the slot array, where an entry finds them. */
    void reload() {
        if (cache) {
            for (int a = 0; a < nl; a++) {
                lsAt(a); // the array itself, not the cached copy loadL would give
                c.laload();
                c.lstore(jl(a));
            }
        }
    }

    /** ls[a] = (the long computed by value) for local a. */
    void storeLocal(int a, Runnable value) {
        if (cache) {
            value.run();
            c.lstore(jl(a));
        } else {
            lsAt(a);
            value.run();
            c.lastore();
        }
    }

    void emit() {
        // Prologue: the frame's invariants in JVM locals.
        c.aload(G_).getfield(G, "ls", LONGS).astore(LS);
        c.aload(G_).getfield(G, "os", OBJS).astore(OS);
        c.aload(F_).getfield(F, "base", CD_int).istore(BASE);
        c.aload(F_).getfield(F, "consts", OBJS).astore(K);
        c.iconst_0().istore(XPC);
        // The locals once, before the entry is chosen: a live frame's locals are always in the
        // array (reading them for an entry that then declines changes nothing).
        reload();
        Label start = c.newLabel();
        Label end = c.newLabel();
        Label handler = c.newLabel();
        c.labelBinding(start);
        // Entry: by f.pc, only where a frame can resume and only with the stack as expected.
        // One switch on pc * span + depth (the depth checked to be in [0, span) first) goes
        // straight to the instruction: no code per entry, which a big function cannot afford.
        int span = 1;
        for (int pc = 0; pc < code.length; pc++) {
            span = Math.max(span, shape.depth[pc] + 1);
        }
        List<SwitchCase> cases = new ArrayList<>();
        for (int pc = 0; pc < code.length; pc++) {
            if (shape.entry[pc] && shape.depth[pc] >= 0) {
                cases.add(SwitchCase.of(pc * span + shape.depth[pc], at[pc]));
            }
        }
        c.aload(G_).getfield(G, "sp", CD_int).iload(BASE).isub();
        if (nl != 0) {
            c.loadConstant(nl).isub();
        }
        c.dup().istore(T1).iflt(declined);
        c.iload(T1).loadConstant(span).if_icmpge(declined);
        c.aload(F_).getfield(F, "pc", CD_int).loadConstant(span).imul().iload(T1).iadd();
        c.lookupswitch(declined, cases);
        for (int pc = 0; pc < code.length; pc++) {
            if (at[pc] != null) {
                c.labelBinding(at[pc]);
                instruction(pc, nl + shape.depth[pc]);
            }
        }
        c.labelBinding(end);
        c.labelBinding(declined);
        c.getstatic(GATE, "DECLINED", CD_Object);
        c.areturn();
        c.labelBinding(exit);
        flush();
        saveBudget();
        c.aload(R).areturn();
        // Anything an instruction throws: put back pc and sp as the interpreter's locals were.
        c.labelBinding(handler);
        c.astore(R);
        park();
        c.goto_(exit);
        c.exceptionCatchAll(start, end, handler);
    }

    // ---- small pieces ----

    /** Pushes base + s (an absolute slot index). */
    void sp(int s) {
        c.iload(BASE);
        if (s != 0) {
            c.loadConstant(s);
            c.iadd();
        }
    }

    /** ls, index of slot s (relative to base). */
    void lsAt(int s) {
        c.aload(LS);
        sp(s);
    }

    void osAt(int s) {
        c.aload(OS);
        sp(s);
    }

    void loadL(int s) {
        if (cache && s < nl) {
            c.lload(jl(s));
            return;
        }
        lsAt(s);
        c.laload();
    }

    void loadO(int s) {
        osAt(s);
        c.aaload();
    }

    /** os[s] = null. */
    void clearO(int s) {
        osAt(s);
        c.aconst_null().aastore();
    }

    void throwsAt(int xpc, int xsp) {
        c.loadConstant(xpc | xsp << 16).istore(XPC);
    }

    /** f.pc and g.sp as {@link #throwsAt} last said (the state on the heap, as the interpreter leaves it for a helper). */
    void park() {
        c.aload(G_).aload(F_).iload(XPC).invokestatic(GATE, "park", MethodTypeDesc.of(CD_void, G, F, CD_int));
    }

    void saveBudget() {
        c.aload(G_).lload(BUDGET).putfield(G, "budgetLeft", CD_long);
    }

    void setPc(int pc) {
        c.aload(F_).loadConstant(pc).putfield(F, "pc", CD_int);
    }

    void setSp(int s) {
        c.aload(G_);
        sp(s);
        c.putfield(G, "sp", CD_int);
    }

    /** Returns a Stop with the budget saved. */
    void stop(String name) {
        c.getstatic(STOP, name, STOP).astore(R);
        c.goto_(exit);
    }

    /** Returns null: the interpreter re-enters the (possibly new) top frame. */
    void reenter() {
        c.aconst_null().astore(R);
        c.goto_(exit);
    }

    /** budget--; if it is spent, pc/sp are put back to resumePc/s and the run stops. */
    void safepoint(int resumePc, int s) {
        c.lload(BUDGET).lconst_1().lsub().lstore(BUDGET);
        Label ok = c.newLabel();
        c.lload(BUDGET).lconst_0().lcmp().ifgt(ok);
        if (resumePc >= 0) {
            setPc(resumePc);
            setSp(s);
        }
        stop("BUDGET");
        c.labelBinding(ok);
    }

    void fbits() {
        c.invokestatic(ConstantDescs.CD_Double, "doubleToRawLongBits", MethodTypeDesc.of(CD_long, ConstantDescs.CD_double));
    }

    void fval() {
        c.invokestatic(ConstantDescs.CD_Double, "longBitsToDouble", MethodTypeDesc.of(ConstantDescs.CD_double, CD_long));
    }

    /**
     * The fused back edge's test, shared by LOOP_* and INC_LOOP_*: the operands start at
     * {@code pc + first} (cmp, a, b or k, the jump's offset, the loop head's offset), the
     * instruction is {@code length} ints long; the budget is spent as the interpreter spends
     * it (stopping at the head), then the jump is taken while a cmp b.
     */
    void loopTest(int pc, int first, int length, boolean twoLocals, int s, int next) {
        safepoint(pc + length + code[pc + first + 4], s);
        local(code[pc + first + 1]);
        if (twoLocals) {
            local(code[pc + first + 2]);
        } else {
            c.loadConstant((long) code[pc + first + 2]);
        }
        branch(code[pc + first], false, at[pc + length + code[pc + first + 3]]);
        c.goto_(at[next]);
    }

    /** Branches to l when the two longs on the JVM stack compare with cmp (0 ==, 1 !=, 2 <, 3 <=, 4 >, 5 >=), negated if asked. */
    void branch(int cmp, boolean negate, Label l) {
        c.lcmp();
        int k = negate ? cmp ^ (cmp < 2 ? 1 : 0) : cmp;
        if (negate && cmp >= 2) {
            k = switch (cmp) {
                case 2 -> 5;
                case 3 -> 4;
                case 4 -> 3;
                default -> 2;
            };
        }
        switch (k) {
            case 0 -> c.ifeq(l);
            case 1 -> c.ifne(l);
            case 2 -> c.iflt(l);
            case 3 -> c.ifle(l);
            case 4 -> c.ifgt(l);
            default -> c.ifge(l);
        }
    }

    /** ls[dst] = (the two longs on the JVM stack compare with cmp) ? 1 : 0, with ls/index already below them. */
    void compareTo01(int cmp) {
        Label yes = c.newLabel();
        Label done = c.newLabel();
        branch(cmp, false, yes);
        c.lconst_0().goto_(done);
        c.labelBinding(yes);
        c.lconst_1();
        c.labelBinding(done);
        c.lastore();
    }

    /** Loads the comparand of a fused op: local a's long half. */
    void local(int a) {
        loadL(a);
    }

    void heap(String name, MethodTypeDesc type) {
        c.invokestatic(HEAP, name, type);
    }

    static final MethodTypeDesc FIELD = MethodTypeDesc.of(CD_Object, G, CD_int, CD_Object, CD_int);
    static final MethodTypeDesc INDEX = MethodTypeDesc.of(CD_Object, G, CD_int, CD_Object, CD_long);
    static final MethodTypeDesc UNBOX = MethodTypeDesc.of(CD_long, CD_Object);

    void unbox() {
        c.invokestatic(VALUES, "unbox", UNBOX);
    }

    // ---- one instruction; s = slot of the stack pointer before it, relative to base ----

    void instruction(int pc, int s) {
        int op = code[pc];
        int next = pc + 1 + Opcode.of(op).operands();
        if (unaryAt[pc] >= 0) {
            pureUnary(pc, s);
            return;
        }
        switch (op) {
            case Op.LOAD -> {
                int a = code[pc + 1];
                lsAt(s);
                loadL(a);
                c.lastore();
                osAt(s);
                loadO(a);
                c.aastore();
            }
            case Op.STORE -> {
                int a = code[pc + 1];
                storeLocal(a, () -> loadL(s - 1));
                osAt(a);
                loadO(s - 1);
                c.aastore();
            }
            case Op.LOAD_FREE -> {
                osAt(s);
                c.aload(F_).getfield(F, "captures", OBJS).loadConstant(code[pc + 1]).aaload();
                c.aastore();
            }
            case Op.LOAD_GLOBAL -> {
                osAt(s);
                c.aload(G_).getfield(G, "machine", MACHINE).getfield(MACHINE, "globals", OBJS);
                c.loadConstant(code[pc + 1]).aaload();
                c.aastore();
            }
            case Op.CONST_INT -> {
                lsAt(s);
                c.loadConstant((long) code[pc + 1]);
                c.lastore();
            }
            case Op.CONST_LONG -> {
                lsAt(s);
                c.loadConstant(p.longs()[code[pc + 1]]);
                c.lastore();
            }
            case Op.CONST_REF -> {
                osAt(s);
                c.aload(K).loadConstant(code[pc + 1]).aaload();
                c.aastore();
            }
            case Op.NIL -> clearO(s);
            case Op.POP -> clearO(s - 1);
            case Op.DUP -> {
                lsAt(s);
                loadL(s - 1);
                c.lastore();
                osAt(s);
                loadO(s - 1);
                c.aastore();
            }
            case Op.INC_LOCAL -> {
                int a = code[pc + 1];
                storeLocal(a, () -> {
                    loadL(a);
                    c.loadConstant((long) code[pc + 2]).ladd();
                });
            }
            case Op.BOX -> {
                osAt(s - 1);
                loadL(s - 1);
                // A kind's own box method: small enough for C2 to inline into a long function.
                String box = switch (code[pc + 1]) {
                    case dev.spindle.lang.compile.Kind.INT -> "boxInt";
                    case dev.spindle.lang.compile.Kind.BOOL -> "boxBool";
                    case dev.spindle.lang.compile.Kind.FLOAT -> "boxFloat";
                    default -> null;
                };
                if (box != null) {
                    c.invokestatic(VALUES, box, MethodTypeDesc.of(CD_Object, CD_long));
                } else {
                    c.loadConstant(code[pc + 1]); // Values.box says what is wrong with it
                    c.invokestatic(VALUES, "box", MethodTypeDesc.of(CD_Object, CD_long, CD_int));
                }
                c.aastore();
            }
            case Op.UNBOX -> {
                lsAt(s - 1);
                loadO(s - 1);
                unbox();
                c.lastore();
                clearO(s - 1);
            }
            case Op.ADD, Op.SUB, Op.MUL, Op.AND, Op.OR, Op.XOR, Op.ANDNOT -> {
                lsAt(s - 2);
                loadL(s - 2);
                loadL(s - 1);
                switch (op) {
                    case Op.ADD -> c.ladd();
                    case Op.SUB -> c.lsub();
                    case Op.MUL -> c.lmul();
                    case Op.AND -> c.land();
                    case Op.OR -> c.lor();
                    case Op.XOR -> c.lxor();
                    default -> c.loadConstant(-1L).lxor().land();
                }
                c.lastore();
            }
            case Op.DIV, Op.REM -> {
                Label ok = c.newLabel();
                loadL(s - 1);
                c.lconst_0().lcmp().ifne(ok);
                throwsAt(pc + 1, s - 1);
                c.invokestatic(ERRORS, "divide", MethodTypeDesc.of(GOPANIC)).athrow();
                c.labelBinding(ok);
                lsAt(s - 2);
                loadL(s - 2);
                loadL(s - 1);
                if (op == Op.DIV) {
                    c.ldiv();
                } else {
                    c.lrem();
                }
                c.lastore();
            }
            case Op.SHL, Op.SHR, Op.SHRU -> {
                throwsAt(pc + 1, s - 1);
                lsAt(s - 2);
                loadL(s - 2);
                loadL(s - 1);
                String name = op == Op.SHL ? "shl" : op == Op.SHR ? "shr" : "shru";
                c.invokestatic(OPS, name, MethodTypeDesc.of(CD_long, CD_long, CD_long));
                c.lastore();
            }
            case Op.NARROW -> {
                lsAt(s - 1);
                loadL(s - 1);
                c.loadConstant(code[pc + 1]);
                c.invokestatic(KIND, "narrow", MethodTypeDesc.of(CD_long, CD_long, CD_int));
                c.lastore();
            }
            case Op.EQ, Op.NE, Op.LT, Op.LE, Op.GT, Op.GE -> {
                lsAt(s - 2);
                loadL(s - 2);
                loadL(s - 1);
                compareTo01(op - Op.EQ);
            }
            case Op.FADD, Op.FSUB, Op.FMUL, Op.FDIV -> {
                lsAt(s - 2);
                loadL(s - 2);
                fval();
                loadL(s - 1);
                fval();
                farith(op - Op.FADD);
                fbits();
                c.lastore();
            }
            case Op.I2F -> {
                lsAt(s - 1);
                loadL(s - 1);
                c.l2d();
                fbits();
                c.lastore();
            }
            case Op.FIELD -> {
                throwsAt(pc + 1, s);
                osAt(s - 1);
                c.aload(G_).loadConstant(pc + 1);
                loadO(s - 1);
                c.loadConstant(code[pc + 1]);
                heap("field", FIELD);
                c.aastore();
            }
            case Op.SET_FIELD -> {
                throwsAt(pc + 1, s - 2);
                c.aload(G_).loadConstant(pc + 1);
                loadO(s - 2);
                c.loadConstant(code[pc + 1]);
                loadO(s - 1);
                heap("setField", MethodTypeDesc.of(CD_void, G, CD_int, CD_Object, CD_int, CD_Object));
            }
            case Op.LOAD_FIELD, Op.INDEX_LL -> {
                // The interpreter's os[sp++] = ...: sp is one past when the access throws.
                throwsAt(pc + 1, s + 1);
                osAt(s);
                c.aload(G_).loadConstant(pc + 1);
                loadO(code[pc + 1]);
                if (op == Op.LOAD_FIELD) {
                    c.loadConstant(code[pc + 2]);
                    heap("field", FIELD);
                } else {
                    loadL(code[pc + 2]);
                    heap("index", INDEX);
                }
                c.aastore();
            }
            case Op.LOAD_FIELD_UNBOX, Op.INDEX_LL_UNBOX -> {
                throwsAt(pc + 1, s);
                lsAt(s);
                c.aload(G_).loadConstant(pc + 1);
                loadO(code[pc + 1]);
                if (op == Op.LOAD_FIELD_UNBOX) {
                    c.loadConstant(code[pc + 2]);
                    heap("field", FIELD);
                    unbox();
                } else {
                    loadL(code[pc + 2]);
                    heap("indexBits", MethodTypeDesc.of(CD_long, G, CD_int, CD_Object, CD_long));
                }
                c.lastore();
                clearO(s);
            }
            case Op.DEREF -> {
                throwsAt(pc + 1, s);
                osAt(s - 1);
                c.aload(G_).loadConstant(pc + 1);
                loadO(s - 1);
                heap("load", MethodTypeDesc.of(CD_Object, G, CD_int, CD_Object));
                c.aastore();
            }
            case Op.STORE_PTR -> {
                throwsAt(pc + 1, s - 2);
                c.aload(G_).loadConstant(pc + 1);
                loadO(s - 2);
                loadO(s - 1);
                heap("store", MethodTypeDesc.of(CD_void, G, CD_int, CD_Object, CD_Object));
            }
            case Op.INDEX -> {
                throwsAt(pc + 1, s - 1);
                osAt(s - 2);
                c.aload(G_).loadConstant(pc + 1);
                loadO(s - 2);
                loadL(s - 1);
                heap("index", INDEX);
                c.aastore();
            }
            case Op.SET_INDEX -> {
                throwsAt(pc + 1, s - 3);
                c.aload(G_).loadConstant(pc + 1);
                loadO(s - 3);
                loadL(s - 2);
                loadO(s - 1);
                heap("setIndex", MethodTypeDesc.of(CD_void, G, CD_int, CD_Object, CD_long, CD_Object));
            }
            case Op.LEN -> {
                throwsAt(pc + 1, s);
                lsAt(s - 1);
                c.aload(G_);
                loadO(s - 1);
                heap("len", MethodTypeDesc.of(CD_long, G, CD_Object));
                c.lastore();
                clearO(s - 1);
            }
            case Op.CALL -> call(pc, s);
            case Op.CALL_VALUE -> callValue(pc, s);
            case Op.RETURN -> ret(pc, s);
            case Op.CALL_IFACE, Op.CALL_NATIVE -> {
                throwsAt(pc + 1, s);
                park();
                c.aload(G_).aload(F_).loadConstant(op);
                c.invokestatic(CALLS, "call", MethodTypeDesc.of(CD_int, G, F, CD_int));
                c.istore(T1);
                arrays();
                Label notOutput = c.newLabel();
                c.iload(T1).iconst_2().if_icmpne(notOutput);
                stop("RUNTIME_OP");
                c.labelBinding(notOutput);
                if (op == Op.CALL_IFACE) {
                    // A method in Go pushed its frame (a native method ran in this one: SAME).
                    Label same = c.newLabel();
                    c.iload(T1).ifeq(same);
                    safepoint(-1, 0);
                    enterCallee(next);
                    c.labelBinding(same);
                }
                // A native ran in this frame: its results are pushed (arrays above re-read them).
                c.goto_(at[next]);
            }
            case Op.RETURN_LOCALS -> {
                throwsAt(pc + 1, s);
                park();
                flush();
                c.aload(G_).aload(F_);
                c.invokestatic(CALLS, "returnLocals", MethodTypeDesc.of(STOP, G, F));
                saveBudget();
                c.areturn();
            }
            case Op.RUN_DEFERS -> {
                throwsAt(pc + 1, s);
                park();
                c.aload(G_).aload(F_);
                c.invokestatic(CALLS, "runDefers", MethodTypeDesc.of(CD_void, G, F));
                arrays();
                reenter();
            }
            case Op.GO, Op.MAKE_CHAN, Op.SEND, Op.RECV, Op.RECV2, Op.CLOSE, Op.SELECT, Op.HOST_CALL, Op.PRINT -> {
                throwsAt(pc + 1, s);
                park();
                c.aload(G_).aload(F_).loadConstant(op);
                c.invokestatic(HOST, "request", MethodTypeDesc.of(CD_void, G, F, CD_int));
                arrays();
                stop("RUNTIME_OP");
            }
            case Op.JMP -> c.goto_(at[pc + 2 + code[pc + 1]]);
            case Op.JT, Op.JF -> {
                loadL(s - 1);
                c.lconst_0().lcmp();
                Label t = at[pc + 2 + code[pc + 1]];
                if (op == Op.JT) {
                    c.ifne(t);
                } else {
                    c.ifeq(t);
                }
                c.goto_(at[next]);
            }
            case Op.LOOP -> {
                int target = pc + 2 + code[pc + 1];
                safepoint(target, s);
                c.goto_(at[target]);
            }
            case Op.JCMP_LL, Op.JCMP_LK -> {
                local(code[pc + 2]);
                if (op == Op.JCMP_LL) {
                    local(code[pc + 3]);
                } else {
                    c.loadConstant((long) code[pc + 3]);
                }
                branch(code[pc + 1], true, at[pc + 5 + code[pc + 4]]);
                c.goto_(at[next]);
            }
            case Op.ADD_LOCAL -> {
                int a = code[pc + 1];
                storeLocal(a, () -> {
                    loadL(a);
                    loadL(code[pc + 2]);
                    c.ladd();
                });
            }
            case Op.LOAD_ADDK, Op.MUL_LK, Op.AND_LK, Op.REM_LK, Op.SHR_LK -> {
                lsAt(s);
                loadL(code[pc + 1]);
                int k = code[pc + 2];
                switch (op) {
                    case Op.LOAD_ADDK -> c.loadConstant((long) k).ladd();
                    case Op.MUL_LK -> c.loadConstant((long) k).lmul();
                    case Op.AND_LK -> c.loadConstant((long) k).land();
                    case Op.REM_LK -> c.loadConstant((long) k).lrem();
                    default -> c.loadConstant(k).lshr();
                }
                c.lastore();
                clearO(s);
            }
            case Op.ADD_LL, Op.SUB_LL, Op.MUL_LL -> {
                lsAt(s);
                loadL(code[pc + 1]);
                loadL(code[pc + 2]);
                switch (op) {
                    case Op.ADD_LL -> c.ladd();
                    case Op.SUB_LL -> c.lsub();
                    default -> c.lmul();
                }
                c.lastore();
                clearO(s);
            }
            case Op.FADD_LL, Op.FSUB_LL, Op.FMUL_LL, Op.FDIV_LL -> {
                lsAt(s);
                loadL(code[pc + 1]);
                fval();
                loadL(code[pc + 2]);
                fval();
                farith(op - Op.FADD_LL);
                fbits();
                c.lastore();
                clearO(s);
            }
            case Op.LOOP_LL, Op.LOOP_LK -> loopTest(pc, 1, 7, op == Op.LOOP_LL, s, next);
            case Op.INC_LOOP_LL, Op.INC_LOOP_LK -> {
                int a = code[pc + 1];
                storeLocal(a, () -> {
                    loadL(a);
                    c.loadConstant((long) code[pc + 2]).ladd();
                });
                loopTest(pc, 3, 9, op == Op.INC_LOOP_LL, s, next);
            }
            default -> {
                // ColdOps runs it, on the heap state, as the interpreter's default case does.
                throwsAt(pc + 1, s);
                c.aload(G_).aload(F_).iload(XPC).loadConstant(op);
                c.invokestatic(GATE, "cold", MethodTypeDesc.of(CD_void, G, F, CD_int, CD_int));
                if (op == Op.PANIC || op == Op.RUNTIME_PANIC) {
                    reenter(); // not reached: they throw
                }
            }
        }
        if (falls(op)) {
            c.goto_(at[next]);
        }
    }

    /**
     * BOX float, CALL_NATIVE of a pure function of one float64, UNBOX float, as one: the
     * function on the long half's double, leaving the slots as the three leave them (the
     * result's bits in the long half, the object half cleared). The native call's other work
     * does nothing for such a function (its argument reaches no object; it writes no output
     * and cannot panic) and it charges no budget, so no state but the stack slot differs
     * between the two ways; the CALL_NATIVE and UNBOX are still compiled on their own for a
     * frame entering there.
     */
    void pureUnary(int pc, int s) {
        lsAt(s - 1);
        c.ldc(PureCall.constant(unaryAt[pc]));
        loadL(s - 1);
        fval();
        c.invokeinterface(PureCall.UNARY, "applyAsDouble",
                MethodTypeDesc.of(ConstantDescs.CD_double, ConstantDescs.CD_double));
        fbits();
        c.lastore();
        clearO(s - 1);
        c.goto_(at[PureCall.after(pc)]);
    }

    /** Whether op's code above ends by going on to the next instruction (the emitter adds the jump). */
    private static boolean falls(int op) {
        return switch (op) {
            case Op.CALL, Op.CALL_VALUE, Op.RETURN, Op.CALL_IFACE, Op.CALL_NATIVE, Op.RETURN_LOCALS, Op.RUN_DEFERS,
                 Op.GO, Op.MAKE_CHAN, Op.SEND, Op.RECV, Op.RECV2, Op.CLOSE, Op.SELECT, Op.HOST_CALL, Op.PRINT,
                 Op.JMP, Op.JT, Op.JF, Op.LOOP, Op.JCMP_LL, Op.JCMP_LK, Op.LOOP_LL, Op.LOOP_LK, Op.INC_LOOP_LL,
                 Op.INC_LOOP_LK, Op.PANIC, Op.RUNTIME_PANIC -> false;
            default -> true;
        };
    }

    void farith(int which) {
        switch (which) {
            case 0 -> c.dadd();
            case 1 -> c.dsub();
            case 2 -> c.dmul();
            default -> c.ddiv();
        }
    }

    /** CALL: the callee's frame is pushed on the heap and the interpreter enters it (compiled or not). */
    void call(int pc, int s) {
        FuncProto callee = (FuncProto) p.consts()[code[pc + 1]];
        int nb = s - callee.numParams();
        throwsAt(pc + 2, s);
        park();
        c.aload(G_);
        c.aload(K).loadConstant(code[pc + 1]).aaload().checkcast(PROTO);
        c.aconst_null();
        sp(nb);
        sp(nb);
        c.iconst_0();
        c.invokevirtual(G, "pushFrame", MethodTypeDesc.of(F, PROTO, OBJS, CD_int, CD_int, CD_int)).pop();
        arrays();
        safepoint(-1, 0);
        enterCallee(pc + 2);
    }

    /**
     * The callee's frame is on top: when it is compiled (and the Java stack not too deep),
     * runs it as a Java call; when it returns normally this frame goes on at next, else
     * whatever stopped it goes up as it is (this frame's pc is already past the call).
     */
    void enterCallee(int next) {
        Label viaInterpreter = c.newLabel();
        Label popped = c.newLabel();
        c.iload(DEPTH).loadConstant(MAX_NESTING).if_icmpge(viaInterpreter);
        c.aload(G_).getfield(G, "frames", F.arrayType());
        c.aload(G_).getfield(G, "fp", CD_int).iconst_1().isub().aaload().astore(T2);
        c.aload(T2).getfield(F, "proto", PROTO).getfield(PROTO, "jitCode", CD_Object);
        c.dup().instanceOf(COMPILED).ifeq(popped);
        c.checkcast(COMPILED);
        // No write-back of the cached locals here: the callee never reads them (its frame is
        // above them), and every way out of this method below goes through the exit, which
        // writes them to the arrays the goroutine has then.
        c.aload(G_).aload(T2).lload(BUDGET).iload(DEPTH).iconst_1().iadd();
        c.invokevirtual(COMPILED, "run", RUN).astore(T2);
        Label notDeclined = c.newLabel();
        c.aload(T2).getstatic(GATE, "DECLINED", CD_Object).if_acmpne(notDeclined);
        arrays();
        reenter();
        c.labelBinding(notDeclined);
        c.aload(G_).getfield(G, "budgetLeft", CD_long).lstore(BUDGET);
        Label up = c.newLabel();
        c.aload(T2).getstatic(GATE, "RETURNED", CD_Object).if_acmpne(up);
        c.aload(G_).getfield(G, "ls", LONGS).astore(LS);
        c.aload(G_).getfield(G, "os", OBJS).astore(OS);
        c.goto_(at[next]);
        c.labelBinding(up);
        arrays();
        c.aload(T2).astore(R);
        c.goto_(exit);
        c.labelBinding(popped);
        c.pop();
        c.labelBinding(viaInterpreter);
        reenter();
    }

    /** CALL_VALUE: as the interpreter's, a nil function panics; then as CALL. */
    void callValue(int pc, int s) {
        int n = code[pc + 1];
        throwsAt(pc + 3, s);
        Label ok = c.newLabel();
        loadO(s - n - 1);
        c.ifnonnull(ok);
        c.invokestatic(ERRORS, "nilDeref", MethodTypeDesc.of(GOPANIC)).athrow();
        c.labelBinding(ok);
        loadO(s - n - 1);
        c.checkcast(FUNCVALUE).astore(T1);
        park();
        c.aload(G_);
        c.aload(T1).getfield(FUNCVALUE, "proto", PROTO);
        c.aload(T1).getfield(FUNCVALUE, "captures", OBJS);
        sp(s - n);
        sp(s - n - 1);
        c.iconst_0();
        c.invokevirtual(G, "pushFrame", MethodTypeDesc.of(F, PROTO, OBJS, CD_int, CD_int, CD_int)).pop();
        arrays();
        safepoint(-1, 0);
        if (shape.valueCallsGoOn) {
            enterCallee(pc + 3);
        } else {
            reenter(); // the code after it is not compiled: the interpreter runs the callee and the rest
        }
    }

    /** RETURN m: the interpreter's, results copied to retBase. */
    void ret(int pc, int s) {
        int m = code[pc + 1];
        throwsAt(pc + 2, s);
        // First: the results go to retBase, which is where a callee's locals begin.
        flush();
        c.aload(F_).getfield(F, "retBase", CD_int).istore(T1);
        if (m == 1) {
            c.aload(LS).iload(T1);
            loadL(s - 1);
            c.lastore();
            c.aload(OS).iload(T1);
            loadO(s - 1);
            c.aastore();
        } else {
            ClassDesc sys = ClassDesc.of("java.lang.System");
            MethodTypeDesc copy = MethodTypeDesc.of(CD_void, CD_Object, CD_int, CD_Object, CD_int, CD_int);
            c.aload(LS);
            sp(s - m);
            c.aload(LS).iload(T1).loadConstant(m).invokestatic(sys, "arraycopy", copy);
            c.aload(OS);
            sp(s - m);
            c.aload(OS).iload(T1).loadConstant(m).invokestatic(sys, "arraycopy", copy);
        }
        c.aload(G_).iload(T1).loadConstant(m).iadd().putfield(G, "sp", CD_int);
        Label slow = c.newLabel();
        c.aload(F_).getfield(F, "kind", CD_int).ifne(slow);
        c.aload(G_).getfield(G, "fp", CD_int).iconst_1().if_icmple(slow);
        c.aload(G_).dup().getfield(G, "fp", CD_int).iconst_1().isub().putfield(G, "fp", CD_int);
        Label toInterpreter = c.newLabel();
        c.iload(DEPTH).ifeq(toInterpreter);
        saveBudget();
        c.getstatic(GATE, "RETURNED", CD_Object).areturn();
        c.labelBinding(toInterpreter);
        saveBudget();
        c.aconst_null().areturn();
        c.labelBinding(slow);
        setPc(pc + 2);
        c.aload(G_).invokestatic(UNWINDER, "popFrame", MethodTypeDesc.of(STOP, G));
        saveBudget();
        c.areturn();
    }
}
