package dev.spindle.lang.compile;

import dev.spindle.lang.syntax.Expr;
import dev.spindle.lang.syntax.Token;
import dev.spindle.lang.types.Array;
import dev.spindle.lang.types.Basic;
import dev.spindle.lang.types.BuiltinKind;
import dev.spindle.lang.types.CallInfo;
import dev.spindle.lang.types.Chan;
import dev.spindle.lang.types.Constant;
import dev.spindle.lang.types.FuncInfo;
import dev.spindle.lang.types.MapType;
import dev.spindle.lang.types.Pointer;
import dev.spindle.lang.types.Selection;
import dev.spindle.lang.types.Signature;
import dev.spindle.lang.types.Slice;
import dev.spindle.lang.types.Struct;
import dev.spindle.lang.types.Symbol;
import dev.spindle.lang.types.Type;
import dev.spindle.lang.types.TypeAndValue;
import java.util.ArrayList;
import java.util.List;

/**
 * Expressions: each leaves its value on the stack in its {@link Kind}'s half. {@link #expr}
 * gives the value as is (for a struct variable: its holder), {@link #value} a value that may
 * be stored elsewhere (aggregates copied); both apply the checker's implicit conversion to
 * an interface.
 */
final class ExprCompiler {
    private final FuncCompiler f;
    private final Emitter e;

    ExprCompiler(FuncCompiler f) {
        this.f = f;
        this.e = f.e;
    }

    private Type typeOf(Expr x) {
        return f.c.info.typeOf(x);
    }

    // ---- entry points ----

    void expr(Expr x) {
        raw(x);
        implicit(x);
    }

    /** A value to store: aggregates read from variables are copied. */
    void value(Expr x) {
        raw(x);
        Type t = typeOf(x);
        if (Layouts.aggregate(t) && needsCopy(x)) {
            e.emit(Opcode.COPY, 0);
        }
        implicit(x);
    }

    void cond(Expr x) {
        expr(x);
    }

    /**
     * A condition one fused instruction can test: {@code local a cmp local b} ({@code local}) or
     * {@code local a cmp k}, on signed or narrow int kinds (their slots hold the exact value, so
     * a 64-bit signed comparison is Go's), with cmp a {@link Opcode#cmpCode}.
     */
    record FusedCond(boolean local, int cmp, int a, int b, dev.spindle.lang.syntax.Pos pos) {
        /** The forward compare-and-branch, taken when the condition is false. */
        Opcode jump() {
            return local ? Opcode.JCMP_LL : Opcode.JCMP_LK;
        }
    }

    /** The fused form of condition c, or null when it has none. */
    FusedCond fusedCond(Expr c) {
        Expr u = Expr.unparen(c);
        if (u instanceof Expr.Binary b && f.c.info.valueOf(u) == null
                && !f.c.info.implicitConversions().containsKey(b.x()) && !f.c.info.implicitConversions().containsKey(b.y())) {
            Opcode cmp = switch (b.op()) {
                case EQL -> Opcode.EQ;
                case NEQ -> Opcode.NE;
                case LSS -> Opcode.LT;
                case LEQ -> Opcode.LE;
                case GTR -> Opcode.GT;
                case GEQ -> Opcode.GE;
                default -> null;
            };
            Type lt = typeOf(b.x());
            if (cmp != null && Layouts.kind(lt) == Kind.INT && !Layouts.isUnsigned64(lt)) {
                int a = plainLocal(b.x());
                if (a >= 0) {
                    int sb = plainLocal(b.y());
                    if (sb >= 0) {
                        return new FusedCond(true, Opcode.cmpCode(cmp), a, sb, b.opPos());
                    }
                    Long k = smallConst(b.y());
                    if (k != null) {
                        return new FusedCond(false, Opcode.cmpCode(cmp), a, (int) (long) k, b.opPos());
                    }
                }
            }
        }
        return null;
    }

    /** Compiles a condition and a jump taken when it is false; returns the jump's operand to patch. */
    int condJumpFalse(Expr c) {
        FusedCond fc = fusedCond(c);
        if (fc != null) {
            e.at(fc.pos());
            return e.jcmp(fc.jump(), fc.cmp(), fc.a(), fc.b());
        }
        cond(c);
        return e.jump(Opcode.JF);
    }

    /** The slot of an int variable that lives unboxed in this frame, or -1. */
    int plainLocal(Expr x) {
        Expr u = Expr.unparen(x);
        if (u instanceof Expr.Ident id && f.c.info.symbolOf(id) instanceof Symbol.Var v
                && f.slots.containsKey(v) && !f.isBoxed(v) && !f.free.containsKey(v)
                && v.kind() != Symbol.VarKind.GLOBAL && Layouts.kind(v.type()) == Kind.INT) {
            return f.slots.get(v);
        }
        return -1;
    }

    /**
     * The slot of a local of any kind that x names, read as it is (not captured, not boxed,
     * not converted), or -1. Only this function's own statements can assign such a slot.
     */
    int plainSlot(Expr x) {
        Expr u = Expr.unparen(x);
        if (u instanceof Expr.Ident id && f.c.info.symbolOf(id) instanceof Symbol.Var v
                && f.slots.containsKey(v) && !f.isBoxed(v) && !f.free.containsKey(v)
                && v.kind() != Symbol.VarKind.GLOBAL && !f.c.info.implicitConversions().containsKey(x)) {
            return f.slots.get(v);
        }
        return -1;
    }

    /** The value of a constant that fits an int immediate, or null. */
    Long smallConst(Expr x) {
        Constant c = f.c.info.valueOf(x);
        if (c instanceof Constant.Int i && i.value().bitLength() < 32) {
            return i.value().longValue();
        }
        return null;
    }

    private void implicit(Expr x) {
        Type target = f.c.info.implicitConversions().get(x);
        if (target != null) {
            convertValue(typeOf(x), target);
        }
    }

    /** Converts the value on top from type {@code from} to {@code to} where Go converts implicitly. */
    void convertValue(Type from, Type to) {
        if (to == null || from == null || !Layouts.isInterface(to) || Layouts.isInterface(from)) {
            return;
        }
        if (from instanceof Basic b && b.kind() == Basic.Kind.UNTYPED_NIL) {
            return;
        }
        f.box(Layouts.kind(from));
        e.emit(Opcode.MAKE_IFACE, 0, e.constant(defaultType(from)));
    }

    private static Type defaultType(Type t) {
        if (t instanceof Basic b) {
            return switch (b.kind()) {
                case UNTYPED_BOOL -> Basic.BOOL;
                case UNTYPED_INT -> Basic.INT;
                case UNTYPED_RUNE -> Basic.RUNE;
                case UNTYPED_FLOAT -> Basic.FLOAT64;
                case UNTYPED_STRING -> Basic.STRING;
                default -> t;
            };
        }
        return t;
    }

    private static boolean needsCopy(Expr x) {
        Expr u = Expr.unparen(x);
        return u instanceof Expr.Ident || u instanceof Expr.Selector || u instanceof Expr.Index
                || u instanceof Expr.Star;
    }

    // ---- raw expressions ----

    void raw(Expr x) {
        TypeAndValue tv = f.c.info.types().get(x);
        if (tv != null && tv.value() != null) {
            constant(tv.value(), tv.type());
            return;
        }
        e.at(x.pos());
        switch (x) {
            case Expr.Paren p -> raw(p.x());
            case Expr.Ident id -> ident(id);
            case Expr.BasicLit lit -> throw new IllegalStateException("literal without value: " + lit.raw());
            case Expr.CompositeLit cl -> Composites.literal(f, cl, typeOf(cl));
            case Expr.FuncLit fl -> closure(fl);
            case Expr.Selector s -> selector(s);
            case Expr.Index ix -> index(ix);
            case Expr.Slice sl -> slice(sl);
            case Expr.TypeAssert ta -> typeAssert(ta);
            case Expr.Call call -> {
                int n = call(call);
                if (n != 1) {
                    throw new IllegalStateException("call with " + n + " results used as a value");
                }
            }
            case Expr.Star st -> {
                Type pt = typeOf(st.x());
                Type elem = ((Pointer) pt.underlying()).elem();
                expr(st.x());
                if (Layouts.aggregate(elem)) {
                    e.emit(Opcode.NIL_CHECK, 0);
                } else {
                    e.emit(Opcode.DEREF, 0);
                    f.unbox(Layouts.kind(elem));
                }
            }
            case Expr.Unary u -> unary(u);
            case Expr.Binary b -> binary(b);
            case Expr.KeyValue kv -> throw new IllegalStateException("key:value outside a literal");
            default -> throw new IllegalStateException("not an expression: " + x.getClass().getSimpleName());
        }
    }

    private void ident(Expr.Ident id) {
        Symbol s = f.c.info.symbolOf(id);
        switch (s) {
            case Symbol.Var v -> f.loadVar(v);
            case Symbol.Func fn -> funcValue(fn);
            case null -> {
                if (id.name().equals("nil")) {
                    e.emit(Opcode.NIL, 1);
                } else {
                    throw new IllegalStateException("unresolved " + id.name());
                }
            }
            default -> {
                if (id.name().equals("nil")) {
                    e.emit(Opcode.NIL, 1);
                } else {
                    throw new IllegalStateException("unexpected symbol " + s);
                }
            }
        }
    }

    /** A declared function (or library function) used as a value. */
    void funcValue(Symbol.Func fn) {
        FuncProto p = f.c.funcProtos.get(fn);
        if (p == null) {
            p = Wrappers.forFunc(f.c, fn);
        }
        e.emit(Opcode.CLOSURE, 1, e.constant(p), 0);
    }

    private void closure(Expr.FuncLit fl) {
        FuncProto p = f.compileLiteral(fl);
        FuncInfo lfi = f.c.info.funcs().get(fl);
        for (Symbol.Var v : lfi.captures()) {
            f.loadCapture(v);
        }
        int n = lfi.captures().size();
        e.emit(Opcode.CLOSURE, 1 - n, e.constant(p), n);
    }

    void zero(Type t) {
        zero(t, null);
    }

    /** The zero value of a variable called {@code objectName} (see {@link Layouts#zero(Type, String)}). */
    void zero(Type t, String objectName) {
        int k = Layouts.kind(t);
        if (k != Kind.REF) {
            e.emit(Opcode.CONST_INT, 1, 0);
            return;
        }
        Object z = f.c.layouts.zero(t, objectName);
        if (z == null) {
            e.emit(Opcode.NIL, 1);
        } else if (z instanceof String) {
            e.emit(Opcode.CONST_REF, 1, e.constant(z));
        } else {
            e.emit(Opcode.ZERO, 1, e.constant(z));
        }
    }

    void constant(Constant c, Type t) {
        int k = Layouts.kind(t);
        switch (c) {
            case Constant.Bool b -> {
                e.emit(Opcode.CONST_INT, 1, b.value() ? 1 : 0);
                if (k == Kind.REF) {
                    e.emit(Opcode.BOX, 0, Kind.BOOL);
                }
            }
            case Constant.Str s -> e.emit(Opcode.CONST_REF, 1, e.constant(s.value()));
            case Constant.Int i -> {
                if (k == Kind.FLOAT) {
                    e.emit(Opcode.CONST_LONG, 1, e.longConstant(Double.doubleToRawLongBits(i.value().doubleValue())));
                } else {
                    e.pushInt(i.value().longValue());
                    if (k == Kind.REF) {
                        e.emit(Opcode.BOX, 0, Kind.INT);
                    }
                }
            }
            case Constant.Float fl -> {
                if (k == Kind.INT) {
                    e.pushInt((long) fl.toDouble());
                } else {
                    double d = fl.toDouble();
                    if (Layouts.isFloat32(t)) {
                        d = (float) d;
                    }
                    e.emit(Opcode.CONST_LONG, 1, e.longConstant(Double.doubleToRawLongBits(d)));
                    if (k == Kind.REF) {
                        e.emit(Opcode.BOX, 0, Kind.FLOAT);
                    }
                }
            }
        }
    }

    // ---- selectors, index, slice, assertions ----

    private void selector(Expr.Selector s) {
        Selection sel = f.c.info.selections().get(s);
        if (sel == null) {
            throw new IllegalStateException("no selection for " + s.sel().name());
        }
        switch (sel.kind()) {
            case QUALIFIED -> {
                Symbol m = sel.member();
                if (m instanceof Symbol.Var v) {
                    f.loadVar(v);
                } else if (m instanceof Symbol.Func fn) {
                    funcValue(fn);
                } else {
                    throw new IllegalStateException("qualified " + m);
                }
            }
            case FIELD -> {
                expr(s.x());
                Type t = typeOf(s.x());
                followPath(t, sel.path(), true);
            }
            case METHOD, INTERFACE_METHOD -> MethodValues.bound(f, s, sel);
            case METHOD_EXPR -> MethodValues.expression(f, s, sel);
        }
    }

    /**
     * Follows field indices from a value of type t (a struct or pointer to struct) on the stack.
     * When {@code unboxLast}, the last field is unboxed to its kind.
     */
    Type followPath(Type t, List<Integer> path, boolean unboxLast) {
        for (int i = 0; i < path.size(); i++) {
            Type u = t.underlying();
            if (u instanceof Pointer p) {
                u = p.elem().underlying();
            }
            Struct st = (Struct) u;
            int idx = path.get(i);
            e.emit(Opcode.FIELD, 0, idx);
            t = st.fields().get(idx).type();
        }
        if (unboxLast) {
            f.unbox(Layouts.kind(t));
        }
        return t;
    }

    private void index(Expr.Index ix) {
        Symbol.Func inst = f.c.info.instanceOf(ix);
        if (inst != null) {
            funcValue(inst); // F[int]: a generic function's instance as a value
            return;
        }
        Type t = typeOf(ix.x());
        Type u = t.underlying();
        Expr i = ix.indices().getFirst();
        if (u instanceof Basic) {
            expr(ix.x());
            expr(i);
            e.at(ix.lbrack());
            e.emit(Opcode.STR_INDEX, -1);
            return;
        }
        if (u instanceof MapType m) {
            expr(ix.x());
            value(i);
            f.box(Layouts.kind(m.key()));
            e.emit(Opcode.MAP_GET, -1, e.constant(f.c.layouts.zero(m.elem())));
            f.unbox(Layouts.kind(m.elem()));
            return;
        }
        Type elem = FuncCompiler.elemOf(t);
        expr(ix.x());
        expr(i);
        e.at(ix.lbrack());
        e.emit(Opcode.INDEX, -1);
        f.unbox(Layouts.kind(elem));
    }

    private void slice(Expr.Slice sl) {
        expr(sl.x());
        int mode = 0;
        for (int b = 0; b < 3; b++) {
            Expr part = b == 0 ? sl.lo() : b == 1 ? sl.hi() : sl.max();
            if (part != null) {
                expr(part);
                mode |= 1 << b;
            } else {
                e.emit(Opcode.CONST_INT, 1, 0);
            }
        }
        e.at(sl.lbrack());
        e.emit(Opcode.SLICE, -3, mode);
    }

    private void typeAssert(Expr.TypeAssert ta) {
        Type target = typeOf(ta.type());
        Type source = typeOf(ta.x());
        expr(ta.x());
        e.at(ta.dot());
        if (Layouts.isInterface(target)) {
            e.emit(Opcode.ASSERT_IFACE, 0, e.constant(new AssertInfo(target, source)));
        } else {
            e.emit(Opcode.ASSERT, 0, e.constant(new AssertInfo(target, source)));
            f.unbox(Layouts.kind(target));
        }
    }

    // ---- operators ----

    private void unary(Expr.Unary u) {
        Type t = typeOf(u);
        switch (u.op()) {
            case ADD -> expr(u.x());
            case SUB -> {
                expr(u.x());
                if (Layouts.kind(t) == Kind.FLOAT) {
                    e.emit(Opcode.FNEG, 0);
                } else {
                    e.emit(Opcode.NEG, 0);
                    narrow(t);
                }
            }
            case NOT -> {
                expr(u.x());
                e.emit(Opcode.NOT, 0);
            }
            case XOR -> {
                expr(u.x());
                e.emit(Opcode.COMPL, 0);
                narrow(t);
            }
            case AND -> Addresses.addressOf(f, u.x());
            case ARROW -> {
                Type elem = ((Chan) typeOf(u.x()).underlying()).elem();
                expr(u.x());
                e.emit(Opcode.RECV, 0);
                f.unbox(Layouts.kind(elem));
            }
            default -> throw new IllegalStateException("unary " + u.op());
        }
    }

    private void binary(Expr.Binary b) {
        if (b.op() == Token.LAND || b.op() == Token.LOR) {
            expr(b.x());
            e.emit(Opcode.DUP, 1);
            int j = e.jump(b.op() == Token.LAND ? Opcode.JF : Opcode.JT);
            e.emit(Opcode.POP, -1);
            expr(b.y());
            e.patch(j);
            return;
        }
        Type lt = typeOf(b.x());
        Type rt = typeOf(b.y());
        if ((b.op() == Token.ADD || b.op() == Token.SUB) && Layouts.kind(lt) == Kind.INT
                && Layouts.narrowCode(lt) < 0 && !f.c.info.implicitConversions().containsKey(b.x())) {
            int a = plainLocal(b.x());
            Long k = a >= 0 ? smallConst(b.y()) : null;
            if (k != null && k != Integer.MIN_VALUE) {
                e.at(b.opPos());
                e.emit(Opcode.LOAD_ADDK, 1, a, (int) (b.op() == Token.ADD ? (long) k : -k));
                return;
            }
        }
        expr(b.x());
        expr(b.y());
        e.at(b.opPos());
        binaryOp(b.op(), lt, rt, b.y());
    }

    /** Both operands are on the stack; lt is the left operand's type (the operation's type). */
    void binaryOp(Token op, Type lt, Type rt) {
        binaryOp(op, lt, rt, null);
    }

    /** The same, where y (if known) is the right operand's expression: a constant shift count needs no range fix. */
    void binaryOp(Token op, Type lt, Type rt, Expr y) {
        int k = Layouts.kind(lt);
        boolean cmp = switch (op) {
            case EQL, NEQ, LSS, LEQ, GTR, GEQ -> true;
            default -> false;
        };
        if (cmp) {
            compare(op, lt, rt);
            return;
        }
        if (k == Kind.FLOAT) {
            Opcode o = switch (op) {
                case ADD -> Opcode.FADD;
                case SUB -> Opcode.FSUB;
                case MUL -> Opcode.FMUL;
                case QUO -> Opcode.FDIV;
                default -> throw new IllegalStateException("float " + op);
            };
            e.emit(o, -1);
            if (Layouts.isFloat32(lt)) {
                e.emit(Opcode.F32, 0);
            }
            return;
        }
        if (k == Kind.REF) {
            e.emit(Opcode.CONCAT, -1);
            return;
        }
        boolean u64 = Layouts.isUnsigned64(lt);
        boolean unsigned = Layouts.isUnsigned(lt);
        Opcode o = switch (op) {
            case ADD -> Opcode.ADD;
            case SUB -> Opcode.SUB;
            case MUL -> Opcode.MUL;
            case QUO -> u64 ? Opcode.DIVU : Opcode.DIV;
            case REM -> u64 ? Opcode.REMU : Opcode.REM;
            case AND -> Opcode.AND;
            case OR -> Opcode.OR;
            case XOR -> Opcode.XOR;
            case AND_NOT -> Opcode.ANDNOT;
            case SHL -> Opcode.SHL;
            case SHR -> unsigned ? Opcode.SHRU : Opcode.SHR;
            default -> throw new IllegalStateException("int " + op);
        };
        Long count = y != null ? smallConst(y) : null;
        boolean constCount = count != null && count >= 0 && count < 64;
        if ((op == Token.SHL || op == Token.SHR) && Layouts.isUnsigned64(rt) && !constCount) {
            // A huge unsigned count is still a big shift, not a negative one.
            e.emit(Opcode.DUP, 1);
            e.emit(Opcode.CONST_INT, 1, 0);
            e.emit(Opcode.LT, -1);
            int j = e.jump(Opcode.JF);
            e.emit(Opcode.POP, -1);
            e.emit(Opcode.CONST_INT, 1, 64);
            e.patch(j);
        }
        e.emit(o, -1);
        narrow(lt);
    }

    private void compare(Token op, Type lt, Type rt) {
        Type t = lt;
        if (t instanceof Basic b && b.kind() == Basic.Kind.UNTYPED_NIL) {
            t = rt;
        }
        int k = Layouts.kind(t);
        if (k == Kind.FLOAT) {
            e.emit(switch (op) {
                case EQL -> Opcode.FEQ;
                case NEQ -> Opcode.FNE;
                case LSS -> Opcode.FLT;
                case LEQ -> Opcode.FLE;
                case GTR -> Opcode.FGT;
                default -> Opcode.FGE;
            }, -1);
            return;
        }
        if (k == Kind.INT || k == Kind.BOOL) {
            boolean u = Layouts.isUnsigned64(t);
            e.emit(switch (op) {
                case EQL -> Opcode.EQ;
                case NEQ -> Opcode.NE;
                case LSS -> u ? Opcode.LTU : Opcode.LT;
                case LEQ -> u ? Opcode.LEU : Opcode.LE;
                case GTR -> u ? Opcode.GTU : Opcode.GT;
                default -> u ? Opcode.GEU : Opcode.GE;
            }, -1);
            return;
        }
        if (Layouts.isString(t)) {
            e.emit(switch (op) {
                case EQL -> Opcode.REQ;
                case NEQ -> Opcode.RNE;
                case LSS -> Opcode.SLT;
                case LEQ -> Opcode.SLE;
                case GTR -> Opcode.SGT;
                default -> Opcode.SGE;
            }, -1);
            return;
        }
        boolean byValue = Layouts.aggregate(t) || Layouts.isInterface(t);
        if (byValue) {
            e.emit(op == Token.EQL ? Opcode.REQ : Opcode.RNE, -1);
        } else {
            e.emit(op == Token.EQL ? Opcode.IDEQ : Opcode.IDNE, -1);
        }
    }

    void narrow(Type t) {
        int code = Layouts.narrowCode(t);
        if (code >= 0) {
            e.emit(Opcode.NARROW, 0, code);
        }
    }

    // ---- calls ----

    List<Type> resultTypes(Expr.Call call) {
        CallInfo ci = f.c.info.calls().get(call);
        if (ci != null && ci.signature() != null) {
            return ci.signature().results();
        }
        return FuncCompiler.tupleTypes(typeOf(call));
    }

    /** Compiles a call; returns how many results it pushed. */
    int call(Expr.Call call) {
        CallInfo ci = f.c.info.calls().get(call);
        if (ci == null) {
            throw new IllegalStateException("no call info");
        }
        e.at(call.pos());
        switch (ci.kind()) {
            case CONVERSION -> {
                Conversions.convert(f, call.args().getFirst(), ci.target());
                return 1;
            }
            case BUILTIN -> {
                return Builtins.call(f, call, ci);
            }
            case FUNC -> {
                Symbol.Func fn = ci.func();
                if (fn.isNative()) {
                    return nativeCall(call, ci, fn.qualifiedName(), null);
                }
                FuncProto p = f.c.funcProtos.get(fn);
                int n = args(call, ci, false);
                e.at(call.rparen());
                e.emit(Opcode.CALL, -n + ci.signature().results().size(), e.constant(p));
                return ci.signature().results().size();
            }
            case METHOD -> {
                Expr.Selector s = (Expr.Selector) Expr.unparen(call.fun());
                Selection sel = f.c.info.selections().get(s);
                Symbol.Func m = sel.method();
                if (m.isNative()) {
                    return nativeCall(call, ci, m.qualifiedName(), () -> receiver(s, sel, true));
                }
                receiver(s, sel, false);
                int n = args(call, ci, false) + 1;
                e.at(call.rparen());
                e.emit(Opcode.CALL, -n + ci.signature().results().size(), e.constant(f.c.funcProtos.get(m)));
                return ci.signature().results().size();
            }
            case INTERFACE_METHOD -> {
                Expr.Selector s = (Expr.Selector) Expr.unparen(call.fun());
                Selection sel = f.c.info.selections().get(s);
                expr(s.x());
                followPath(typeOf(s.x()), sel.path(), false);
                int n = args(call, ci, false);
                Signature sig = ci.signature();
                IfaceCall ic = new IfaceCall(sel.name(), Compiler.kinds(sig.params()), Compiler.kinds(sig.results()));
                e.at(call.rparen());
                e.emit(Opcode.CALL_IFACE, -(n + 1) + sig.results().size(), e.constant(ic), n);
                return sig.results().size();
            }
            case FUNC_VALUE -> {
                expr(call.fun());
                int n = args(call, ci, false);
                e.at(call.rparen());
                e.emit(Opcode.CALL_VALUE, -(n + 1) + ci.signature().results().size(), n, ci.signature().results().size());
                return ci.signature().results().size();
            }
        }
        throw new IllegalStateException("call kind " + ci.kind());
    }

    /** Pushes a method call's receiver, adjusted as the selection says; boxed for natives. */
    void receiver(Expr.Selector s, Selection sel, boolean boxed) {
        Type t = typeOf(s.x());
        List<Integer> path = sel.path();
        if (sel.recvAdjust() == Selection.RecvAdjust.ADDRESS_OF) {
            if (path.isEmpty()) {
                Addresses.addressOf(f, s.x());
                return;
            }
            expr(s.x());
            Type cur = t;
            for (int i = 0; i < path.size(); i++) {
                Struct st = structOf(cur);
                int idx = path.get(i);
                Type ft = st.fields().get(idx).type();
                boolean last = i == path.size() - 1;
                e.emit(last && !Layouts.aggregate(ft) ? Opcode.FIELD_ADDR : Opcode.FIELD, 0, idx);
                cur = ft;
            }
            return;
        }
        expr(s.x());
        Type rt = path.isEmpty() ? t : followPath(t, path, false);
        if (sel.recvAdjust() == Selection.RecvAdjust.DEREF) {
            Type elem = ((Pointer) rt.underlying()).elem();
            if (Layouts.aggregate(elem)) {
                e.emit(Opcode.NIL_CHECK, 0);
                e.emit(Opcode.COPY, 0);
            } else {
                e.emit(Opcode.DEREF, 0);
                if (!boxed) {
                    f.unbox(Layouts.kind(elem));
                }
            }
            return;
        }
        if (Layouts.aggregate(rt)) {
            e.emit(Opcode.COPY, 0);
            return;
        }
        int k = Layouts.kind(rt);
        if (path.isEmpty()) {
            if (boxed) {
                f.box(k);
            }
        } else if (!boxed) {
            f.unbox(k);
        }
    }

    static Struct structOf(Type t) {
        Type u = t.underlying();
        if (u instanceof Pointer p) {
            u = p.elem().underlying();
        }
        return (Struct) u;
    }

    /**
     * Pushes a call's arguments: each converted to its parameter type, variadic extras packed
     * into a slice, {@code f(g())} spread. Returns the number of argument slots.
     */
    int args(Expr.Call call, CallInfo ci, boolean boxed) {
        Signature sig = ci.signature();
        List<Type> params = sig.params();
        int np = params.size();
        if (ci.tupleSpread()) {
            Expr.Call inner = (Expr.Call) Expr.unparen(call.args().getFirst());
            int n = call(inner);
            List<Type> types = resultTypes(inner);
            int[] tmps = new int[n];
            for (int i = n - 1; i >= 0; i--) {
                tmps[i] = f.temp(types.get(i));
                e.emit(Opcode.STORE, -1, tmps[i]);
            }
            int pushed = 0;
            for (int i = 0; i < n; i++) {
                boolean inVariadic = sig.variadic() && i >= np - 1;
                Type pt = inVariadic ? ((Slice) params.get(np - 1).underlying()).elem() : params.get(i);
                e.emit(Opcode.LOAD, 1, tmps[i]);
                convertValue(types.get(i), pt);
                if (boxed || inVariadic) {
                    f.box(Layouts.kind(pt));
                }
                if (!inVariadic) {
                    pushed++;
                }
            }
            if (sig.variadic()) {
                int extra = n - (np - 1);
                packSlice(extra);
                pushed++;
            }
            return pushed;
        }
        List<Expr> args = call.args();
        int fixed = ci.variadicPack() ? np - 1 : np;
        for (int i = 0; i < fixed && i < args.size(); i++) {
            value(args.get(i));
            if (boxed) {
                f.box(Layouts.kind(params.get(i)));
            }
        }
        if (ci.variadicPack()) {
            Type elem = ((Slice) params.get(np - 1).underlying()).elem();
            int extra = args.size() - fixed;
            for (int i = fixed; i < args.size(); i++) {
                value(args.get(i));
                f.box(Layouts.kind(elem));
            }
            packSlice(extra);
        }
        return np;
    }

    private void packSlice(int n) {
        if (n == 0) {
            e.emit(Opcode.NIL, 1);
        } else {
            e.emit(Opcode.NEW_SLICE, 1 - n, n);
        }
    }

    /** A call of a library function: natives run inline, runtime functions go to the host. */
    int nativeCall(Expr.Call call, CallInfo ci, String name, Runnable receiver) {
        int n = 0;
        if (receiver != null) {
            receiver.run();
            n++;
        }
        n += args(call, ci, true);
        List<Type> results = ci.signature().results();
        int m = results.size();
        e.at(call.rparen());
        if (HostCalls.isHost(name)) {
            e.emit(Opcode.HOST_CALL, -n + m, e.constant(name), n, m);
        } else {
            e.emit(Opcode.CALL_NATIVE, -n + m, e.constant(name), n, m);
        }
        unboxResults(results);
        return m;
    }

    /** Results arrive boxed; scalar ones move to the long half. */
    void unboxResults(List<Type> results) {
        int m = results.size();
        boolean anyScalar = false;
        for (Type t : results) {
            anyScalar |= Layouts.kind(t) != Kind.REF;
        }
        if (!anyScalar) {
            return;
        }
        if (m == 1) {
            f.unbox(Layouts.kind(results.getFirst()));
            return;
        }
        int[] tmps = new int[m];
        for (int i = m - 1; i >= 0; i--) {
            tmps[i] = f.temp(Kind.REF);
            e.emit(Opcode.STORE, -1, tmps[i]);
        }
        for (int i = 0; i < m; i++) {
            e.emit(Opcode.LOAD, 1, tmps[i]);
            f.unbox(Layouts.kind(results.get(i)));
        }
    }

    static List<Type> list(Type... ts) {
        return new ArrayList<>(List.of(ts));
    }

    static boolean isArray(Type t) {
        return t.underlying() instanceof Array;
    }
}
