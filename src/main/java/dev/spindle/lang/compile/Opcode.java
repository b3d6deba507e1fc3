package dev.spindle.lang.compile;

/**
 * Spindle's instruction set. Code is an {@code int[]}: an opcode's ordinal followed by its
 * operands (the count is {@link #operands}). The machine is a stack machine whose every slot
 * has two halves: a {@code long} half for the scalars (int kinds, bool as 0/1, float64 as raw
 * bits) and an {@code Object} half for everything else, so that arithmetic never boxes.
 * Locals are the first slots of a frame. {@code BOX}/{@code UNBOX} move a scalar between the
 * halves where it crosses into an interface, a container, a native call or the runtime.
 *
 * <p>Each constant's comment is its stack picture, starlark style: the operands before and
 * after the name, the top of stack on the right ({@code x y ADD x+y}). Operands written after
 * the name are immediates in the code.
 *
 * <p>Runtime operations ({@link #GO}, channel operations, {@link #SELECT}, {@link #HOST_CALL},
 * {@link #PRINT}) stop the interpreter and hand the operation to the host, which completes it
 * (pushing any results) before the goroutine runs again; {@link #LOOP} and the calls are the
 * safepoints where the instruction budget is checked.
 */
public enum Opcode {
    /** - NOP - */
    NOP(0),

    // ---- locals, captures, globals, constants ----
    /** - LOAD<a> x : copies local a */
    LOAD(1),
    /** x STORE<a> - */
    STORE(1),
    /** - LOAD_FREE<i> box : the closure's i-th captured variable (a Box or an aggregate holder) */
    LOAD_FREE(1),
    /** - LOAD_GLOBAL<g> box : the package variable g's box or holder */
    LOAD_GLOBAL(1),
    /** - CONST_INT<k> k : a small int immediate */
    CONST_INT(1),
    /** - CONST_LONG<i> n : a long from the pool (floats as raw bits) */
    CONST_LONG(1),
    /** - CONST_REF<i> c : an object constant (string, ...) */
    CONST_REF(1),
    /** - ZERO<i> z : a fresh copy of the zero-value template i (struct/array holders are copied) */
    ZERO(1),
    /** - NIL nil */
    NIL(0),
    /** x POP - */
    POP(0),
    /** x DUP x x */
    DUP(0),
    /** x y DUP2 x y x y */
    DUP2(0),
    /** x y SWAP y x */
    SWAP(0),
    /** - INC_LOCAL<a,k> - : local a += k (int) */
    INC_LOCAL(2),

    // ---- boxing between the halves ----
    /** x BOX<kind> obj : Long, Boolean or Double (kind from {@link Kind}) */
    BOX(1),
    /** obj UNBOX<kind> x : null unboxes to the zero value */
    UNBOX(1),

    // ---- integer arithmetic (long half); results of sized types are narrowed by NARROW ----
    /** x y ADD x+y */ ADD(0),
    /** x y SUB x-y */ SUB(0),
    /** x y MUL x*y */ MUL(0),
    /** x y DIV x/y : panics on zero divisor */ DIV(0),
    /** x y REM x%y */ REM(0),
    /** x y DIVU x/y unsigned 64-bit */ DIVU(0),
    /** x y REMU x%y unsigned 64-bit */ REMU(0),
    /** x y AND x&y */ AND(0),
    /** x y OR x|y */ OR(0),
    /** x y XOR x^y */ XOR(0),
    /** x y ANDNOT x&^y */ ANDNOT(0),
    /** x y SHL x<<y : counts >= 64 give 0, negative counts panic */ SHL(0),
    /** x y SHR x>>y arithmetic */ SHR(0),
    /** x y SHRU x>>y logical (unsigned 64-bit) */ SHRU(0),
    /** x NEG -x */ NEG(0),
    /** x COMPL ^x */ COMPL(0),
    /** b NOT !b */ NOT(0),
    /** x NARROW<w> x' : wraps to the width w (see {@link Kind#narrowCode}) */ NARROW(1),
    /** x y EQ x==y (long halves; ints, bools, float bits are not used here) */ EQ(0),
    /** x y NE x!=y */ NE(0),
    /** x y LT x<y */ LT(0),
    /** x y LE x<=y */ LE(0),
    /** x y GT x>y */ GT(0),
    /** x y GE x>=y */ GE(0),
    /** x y LTU x<y unsigned */ LTU(0),
    /** x y LEU x<=y unsigned */ LEU(0),
    /** x y GTU x>y unsigned */ GTU(0),
    /** x y GEU x>=y unsigned */ GEU(0),

    // ---- float arithmetic (long half holds raw bits) ----
    /** x y FADD x+y */ FADD(0),
    /** x y FSUB x-y */ FSUB(0),
    /** x y FMUL x*y */ FMUL(0),
    /** x y FDIV x/y */ FDIV(0),
    /** x FNEG -x */ FNEG(0),
    /** x y FEQ x==y */ FEQ(0),
    /** x y FNE x!=y */ FNE(0),
    /** x y FLT x<y */ FLT(0),
    /** x y FLE x<=y */ FLE(0),
    /** x y FGT x>y */ FGT(0),
    /** x y FGE x>=y */ FGE(0),
    /** x F32 x' : rounds to float32 precision */ F32(0),
    /** i I2F f : signed int to float */ I2F(0),
    /** u U2F f : uint64 to float */ U2F(0),
    /** f F2I i : truncates toward zero */ F2I(0),
    /** f F2U u : float to uint64 */ F2U(0),

    // ---- strings (Object half: byte strings) ----
    /** s t CONCAT s+t */ CONCAT(0),
    /** s t SLT s<t (also for SLE SGT SGE) */ SLT(0),
    /** s t SLE s<=t */ SLE(0),
    /** s t SGT s>t */ SGT(0),
    /** s t SGE s>=t */ SGE(0),
    /** s i STR_INDEX byte */ STR_INDEX(0),
    /** s lo hi STR_SLICE s[lo:hi] */ STR_SLICE(0),
    /** s i STR_DECODE rune width : utf8.DecodeRuneInString at i (for range) */ STR_DECODE(0),
    /** r STR_FROM_RUNE s */ STR_FROM_RUNE(0),
    /** xs STR_FROM_BYTES s */ STR_FROM_BYTES(0),
    /** xs STR_FROM_RUNES s */ STR_FROM_RUNES(0),
    /** s BYTES_FROM_STR xs */ BYTES_FROM_STR(0),
    /** s RUNES_FROM_STR xs */ RUNES_FROM_STR(0),

    // ---- equality on the Object half ----
    /** x y REQ x==y : Go equality (strings, interfaces, struct/array values) */ REQ(0),
    /** x y RNE x!=y */ RNE(0),
    /** x y IDEQ x==y : identity (pointers, chans, maps/slices/funcs vs nil) */ IDEQ(0),
    /** x y IDNE x!=y */ IDNE(0),

    // ---- structs, arrays, pointers ----
    /** f1..fn NEW_STRUCT<shape,n> s : fields boxed, in order */ NEW_STRUCT(2),
    /** s FIELD<i> f : panics on a nil pointer */ FIELD(1),
    /** s v SET_FIELD<i> - */ SET_FIELD(1),
    /** s FIELD_ADDR<i> p : pointer to a non-aggregate field */ FIELD_ADDR(1),
    /** a COPY a' : copy of a struct or array value */ COPY(0),
    /** dst src ASSIGN - : dst holder takes src's contents */ ASSIGN(0),
    /** v NEW_BOX p : a fresh variable on the heap */ NEW_BOX(0),
    /** p DEREF v : panics on nil */ DEREF(0),
    /** p v STORE_PTR - */ STORE_PTR(0),
    /** p NIL_CHECK p : panics if p is nil (for *p of aggregate pointers) */ NIL_CHECK(0),
    /** e1..en NEW_ARRAY<n,inline> a */ NEW_ARRAY(2),

    // ---- indexing (arrays and slices alike; strings have STR_INDEX) ----
    /** xs i INDEX x : bounds-checked element */ INDEX(0),
    /** xs i v SET_INDEX - */ SET_INDEX(0),
    /** xs i INDEX_ADDR p : pointer to a non-aggregate element */ INDEX_ADDR(0),
    /** xs lo hi max SLICE<mode> ys : mode bit 1 lo, 2 hi, 4 max present (absent pushed as 0) */ SLICE(1),
    /** x LEN n : strings, slices, arrays, maps (nil is 0) */ LEN(0),
    /** x CAP n */ CAP(0),

    // ---- slices ----
    /** e1..en NEW_SLICE<n> xs */ NEW_SLICE(1),
    /** len cap MAKE_SLICE<elem> xs : elem = index of an ElemInfo constant */ MAKE_SLICE(1),
    /** xs v1..vn APPEND<elem,n> ys */ APPEND(2),
    /** xs ys APPEND_SLICE<elem> zs : append(xs, ys...); ys may be a string for []byte */ APPEND_SLICE(1),
    /** dst src COPY_SLICE<inline> n : src may be a string */ COPY_SLICE(1),

    // ---- maps ----
    /** hint MAKE_MAP<identity> m */ MAKE_MAP(1),
    /** m k MAP_GET<zero> v : zero-value template index when absent */ MAP_GET(1),
    /** m k MAP_GET2<zero> v ok */ MAP_GET2(1),
    /** m k v MAP_SET - : panics on a nil map */ MAP_SET(0),
    /** m k MAP_DELETE - */ MAP_DELETE(0),
    /** m MAP_ITER it */ MAP_ITER(0),
    /** it MAP_NEXT ok */ MAP_NEXT(0),
    /** it MAP_KEY k */ MAP_KEY(0),
    /** it MAP_VALUE v */ MAP_VALUE(0),
    /** x CLEAR - : clear(map or slice) */ CLEAR(0),

    // ---- interfaces ----
    /** v MAKE_IFACE<type> i : boxes v with its dynamic type */ MAKE_IFACE(1),
    /** i ASSERT<type> v : panics on mismatch */ ASSERT(1),
    /** i ASSERT2<type,zero> v ok */ ASSERT2(2),
    /** i ASSERT_IFACE<iface> i : the dynamic type must implement iface */ ASSERT_IFACE(1),
    /** i ASSERT_IFACE2<iface> i ok */ ASSERT_IFACE2(1),
    /** i TYPE_IS<type> b : for type switches; type may be an interface */ TYPE_IS(1),

    // ---- functions ----
    /** c1..cn CLOSURE<proto,n> f */ CLOSURE(2),
    /** a1..an CALL<proto> r1..rm : static call */ CALL(1),
    /** f a1..an CALL_VALUE<n,m> r1..rm : panics on nil f; m (the result count) lets the compiled tier know the depth after it */ CALL_VALUE(2),
    /** i a1..an CALL_IFACE<name,n> r1..rm : dynamic dispatch on i's dynamic type */ CALL_IFACE(2),
    /** a1..an CALL_NATIVE<native,n,m> r1..rm : a standard-library function; results boxed */ CALL_NATIVE(3),
    /** r1..rm RETURN<m> - : returns the top m slots */ RETURN(1),
    /** - RUN_DEFERS - : runs the frame's deferred calls, one per visit, LIFO */ RUN_DEFERS(0),
    /** - RETURN_LOCALS<a,m> - : returns locals a..a+m-1 (functions with defer) */ RETURN_LOCALS(2),
    /** f a1..an DEFER<n> - : args boxed */ DEFER(1),
    /** v PANIC - : v is an interface value */ PANIC(0),
    /** - RECOVER v */ RECOVER(0),
    /** - RUNTIME_PANIC<msg> - : panics with a runtime error (e.g. missing return) */ RUNTIME_PANIC(1),

    // ---- control ----
    /** - JMP<off> - : pc += off */ JMP(1),
    /** b JT<off> - */ JT(1),
    /** b JF<off> - */ JF(1),
    /** - LOOP<off> - : backward jump and safepoint (budget check) */ LOOP(1),

    // ---- runtime operations: handed to the host ----
    /** f a1..an GO<n> - : args boxed */ GO(1),
    /** size MAKE_CHAN<elem> ch */ MAKE_CHAN(1),
    /** ch v SEND - */ SEND(0),
    /** ch RECV v : v boxed */ RECV(0),
    /** ch RECV2 v ok */ RECV2(0),
    /** ch CLOSE - */ CLOSE(0),
    /** ... SELECT<desc> index v ok : desc = SelectDesc constant; per case ch (and v for sends) */ SELECT(1),
    /** a1..an HOST_CALL<name,n,m> r1..rm : sync, time, runtime, atomic functions; args and results boxed */ HOST_CALL(3),
    /** a1..an PRINT<n,newline> - : the print/println builtins (stderr); args are interfaces */ PRINT(2),

    // ---- superinstructions for the hottest shapes (plain int locals) ----
    /** - JCMP_LL<cmp,a,b,off> - : unless local a cmp local b, pc += off (cmp: {@link #cmpCode}) */
    JCMP_LL(4),
    /** - JCMP_LK<cmp,a,k,off> - : unless local a cmp k, pc += off */
    JCMP_LK(4),
    /** - ADD_LOCAL<c,b> - : local c += local b */
    ADD_LOCAL(2),
    /** - LOAD_ADDK<a,k> x : pushes local a + k */
    LOAD_ADDK(2),

    // ---- loop back edges fused with the loop's test (loops compiled bottom-tested) ----
    /**
     * - LOOP_LL<cmp,a,b,off,head,scalar> - : the back edge of a loop whose test is {@code local a
     * cmp local b}: a safepoint like {@link #LOOP}, then if the test holds pc += off (the body),
     * else falls through out of the loop. When the budget is spent it stops at head (the loop's
     * test at the top) before testing, exactly where LOOP would have stopped, so the budget units
     * and preemption points are LOOP's. scalar is 1 when the whole loop consists of
     * {@link #isScalar} instructions, which the VM may then run on its small scalar-loop path.
     */
    LOOP_LL(6),
    /** - LOOP_LK<cmp,a,k,off,head,scalar> - : as LOOP_LL with the constant k */
    LOOP_LK(6),
    /** - INC_LOOP_LL<c,step,cmp,a,b,off,head,scalar> - : local c += step (the post statement), then LOOP_LL */
    INC_LOOP_LL(8),
    /** - INC_LOOP_LK<c,step,cmp,a,k,off,head,scalar> - : local c += step, then LOOP_LK */
    INC_LOOP_LK(8),

    // ---- operations on locals: LOAD a LOAD b OP and LOAD a CONST_INT k OP, fused by the Emitter ----
    /** - ADD_LL<a,b> x : pushes local a + local b (int) */ ADD_LL(2),
    /** - SUB_LL<a,b> x : pushes local a - local b (int) */ SUB_LL(2),
    /** - MUL_LL<a,b> x : pushes local a * local b (int) */ MUL_LL(2),
    /** - MUL_LK<a,k> x : pushes local a * k (int) */ MUL_LK(2),
    /** - AND_LK<a,k> x : pushes local a &amp; k (int) */ AND_LK(2),
    /** - REM_LK<a,k> x : pushes local a % k, k != 0 (int) */ REM_LK(2),
    /** - SHR_LK<a,k> x : pushes local a &gt;&gt; k, 0 &lt;= k &lt; 64 (int) */ SHR_LK(2),
    /** - FADD_LL<a,b> x : pushes local a + local b (float) */ FADD_LL(2),
    /** - FSUB_LL<a,b> x : pushes local a - local b (float) */ FSUB_LL(2),
    /** - FMUL_LL<a,b> x : pushes local a * local b (float) */ FMUL_LL(2),
    /** - FDIV_LL<a,b> x : pushes local a / local b (float) */ FDIV_LL(2),

    // ---- heap reads of locals, fused by the Emitter only within one source position ----
    /** - LOAD_FIELD<a,i> f : pushes field i of the struct in local a (FIELD's checks and hooks) */ LOAD_FIELD(2),
    /** - INDEX_LL<a,b> v : pushes element local b of the slice or array in local a (INDEX's) */ INDEX_LL(2),
    /** - LOAD_FIELD_UNBOX<a,i> x : LOAD_FIELD then UNBOX (a scalar field's value) */ LOAD_FIELD_UNBOX(2),
    /** - INDEX_LL_UNBOX<a,b> x : INDEX_LL then UNBOX (a scalar element's value) */ INDEX_LL_UNBOX(2);

    /**
     * The operation on two locals that {@code LOAD a LOAD b} followed by this binary operation
     * is fused into, or null. None of them can panic, so the fused instruction needs no line
     * of its own.
     */
    public static Opcode onLocals(Opcode binary) {
        return switch (binary) {
            case ADD -> ADD_LL;
            case SUB -> SUB_LL;
            case MUL -> MUL_LL;
            case FADD -> FADD_LL;
            case FSUB -> FSUB_LL;
            case FMUL -> FMUL_LL;
            case FDIV -> FDIV_LL;
            default -> null;
        };
    }

    /**
     * The operation on a local and a constant that {@code LOAD a CONST_INT k} followed by this
     * binary operation is fused into, or null where k would let it panic or leave Go's range.
     * ({@code a + k} is LOAD_ADDK, chosen by the expression compiler.)
     */
    public static Opcode onLocalAndConstant(Opcode binary, int k) {
        return switch (binary) {
            case MUL -> MUL_LK;
            case AND -> AND_LK;
            case REM -> k != 0 ? REM_LK : null;
            case SHR -> k >= 0 && k < 64 ? SHR_LK : null;
            default -> null;
        };
    }

    /**
     * The instructions of integer loops over locals: no calls, no heap, nothing that can panic
     * except a zero divisor. A loop made only of these is flagged scalar on its back edge.
     */
    public boolean isScalar() {
        return switch (this) {
            case LOAD, STORE, CONST_INT, POP, DUP, INC_LOCAL, ADD, SUB, MUL, DIV, REM, AND, OR, XOR, ANDNOT,
                 NEG, COMPL, NOT, NARROW, EQ, NE, LT, LE, GT, GE, JMP, JT, JF, LOOP, JCMP_LL, JCMP_LK,
                 ADD_LOCAL, LOAD_ADDK, LOOP_LL, LOOP_LK, INC_LOOP_LL, INC_LOOP_LK,
                 ADD_LL, SUB_LL, MUL_LL, MUL_LK, AND_LK, REM_LK, SHR_LK -> true;
            default -> false;
        };
    }

    /** The fused back edge that tests like the forward compare-and-branch op (JCMP_LL or JCMP_LK). */
    public static Opcode backEdgeOf(Opcode jcmp, boolean withIncrement) {
        return switch (jcmp) {
            case JCMP_LL -> withIncrement ? INC_LOOP_LL : LOOP_LL;
            case JCMP_LK -> withIncrement ? INC_LOOP_LK : LOOP_LK;
            default -> throw new IllegalArgumentException(jcmp.name());
        };
    }

    /** Comparison codes of JCMP_*: 0 ==, 1 !=, 2 <, 3 <=, 4 >, 5 >=. */
    public static int cmpCode(Opcode cmp) {
        return switch (cmp) {
            case EQ -> 0;
            case NE -> 1;
            case LT -> 2;
            case LE -> 3;
            case GT -> 4;
            case GE -> 5;
            default -> throw new IllegalArgumentException(cmp.name());
        };
    }

    private final int operands;

    Opcode(int operands) {
        this.operands = operands;
    }

    /** How many immediate operands follow the opcode in the code array. */
    public int operands() {
        return operands;
    }

    private static final Opcode[] VALUES = values();

    public static Opcode of(int ordinal) {
        return VALUES[ordinal];
    }
}
