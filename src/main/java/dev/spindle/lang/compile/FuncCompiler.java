package dev.spindle.lang.compile;

import dev.spindle.lang.syntax.CaseClause;
import dev.spindle.lang.syntax.CommClause;
import dev.spindle.lang.syntax.Decl;
import dev.spindle.lang.syntax.Expr;
import dev.spindle.lang.syntax.Pos;
import dev.spindle.lang.syntax.Spec;
import dev.spindle.lang.syntax.Stmt;
import dev.spindle.lang.syntax.Token;
import dev.spindle.lang.types.Array;
import dev.spindle.lang.types.Basic;
import dev.spindle.lang.types.CallInfo;
import dev.spindle.lang.types.Chan;
import dev.spindle.lang.types.Constant;
import dev.spindle.lang.types.FuncInfo;
import dev.spindle.lang.types.Initializer;
import dev.spindle.lang.types.Interface;
import dev.spindle.lang.types.MapType;
import dev.spindle.lang.types.Pointer;
import dev.spindle.lang.types.Selection;
import dev.spindle.lang.types.Signature;
import dev.spindle.lang.types.Slice;
import dev.spindle.lang.types.Struct;
import dev.spindle.lang.types.Symbol;
import dev.spindle.lang.types.Tuple;
import dev.spindle.lang.types.Type;
import dev.spindle.lang.types.TypeAndValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Compiles one function body (statements here, expressions in {@link ExprCompiler}'s half of
 * this class). Locals get slots in declaration order; captured variables arrive as the
 * closure's captures; variables that escape live in boxes (see {@link Escapes}).
 */
final class FuncCompiler {
    final Compiler c;
    final FuncInfo fi;
    final FuncProto proto;
    final Emitter e = new Emitter();
    final Map<Symbol.Var, Integer> slots = new HashMap<>();
    final Map<Symbol.Var, Integer> free = new HashMap<>();
    final List<Integer> localKinds = new ArrayList<>();
    int nextSlot;
    boolean hasDefer;
    /** Functions with defer: the slots the epilogue returns. */
    int[] retSlots;
    final List<Integer> returnJumps = new ArrayList<>();
    final Map<Stmt, Target> targets = new HashMap<>();
    final Gotos gotos = new Gotos(this);
    int litCounter;
    final ExprCompiler x;

    /** Where break and continue of one loop, switch or select go. */
    static final class Target {
        final List<Integer> breaks = new ArrayList<>();
        final List<Integer> continues = new ArrayList<>();
    }

    FuncCompiler(Compiler c, FuncInfo fi, FuncProto proto) {
        this.c = c;
        this.fi = fi;
        this.proto = proto;
        this.x = new ExprCompiler(this);
    }

    // ---- frame ----

    int newSlot(int kind) {
        localKinds.add(kind);
        return nextSlot++;
    }

    int temp(Type t) {
        return newSlot(Layouts.kind(t));
    }

    int temp(int kind) {
        return newSlot(kind);
    }

    boolean isBoxed(Symbol.Var v) {
        return c.boxed.contains(v);
    }

    // ---- entry points ----

    void compileBody(Stmt.Block body) {
        hasDefer = Defers.contains(body);
        if (fi.receiver() != null) {
            slots.put(fi.receiver(), newSlot(Layouts.kind(fi.receiver().type())));
        }
        for (Symbol.Var p : fi.params()) {
            slots.put(p, newSlot(Layouts.kind(p.type())));
        }
        for (Symbol.Var v : fi.captures()) {
            free.put(v, free.size());
        }
        List<Symbol.Var> results = fi.results();
        if (hasDefer) {
            retSlots = new int[results.size()];
            for (int i = 0; i < retSlots.length; i++) {
                retSlots[i] = newSlot(Layouts.kind(results.get(i).type()));
            }
        }
        e.at(body.pos());
        // Parameters that escape move into boxes.
        List<Symbol.Var> params = new ArrayList<>();
        if (fi.receiver() != null) {
            params.add(fi.receiver());
        }
        params.addAll(fi.params());
        for (Symbol.Var p : params) {
            if (isBoxed(p)) {
                int s = slots.get(p);
                e.emit(Opcode.LOAD, 1, s);
                box(Layouts.kind(p.type()));
                e.emit(Opcode.NEW_BOX, 0);
                e.emit(Opcode.STORE, -1, s);
            }
        }
        if (fi.namedResults()) {
            for (Symbol.Var r : results) {
                declare(r, () -> x.zero(r.type()));
            }
        } else if (hasDefer) {
            for (int i = 0; i < retSlots.length; i++) {
                Type t = results.get(i).type();
                x.zero(t);
                e.emit(Opcode.STORE, -1, retSlots[i]);
            }
        }
        block(body.stmts());
        e.at(body.rbrace());
        if (results.isEmpty()) {
            emitReturn(List.of());
        } else {
            e.emit(Opcode.RUNTIME_PANIC, 0, e.constant("missing return"));
        }
        finish();
    }

    /** The entry function: package variables in dependency order, init()s, then main.main. */
    void compileEntry(List<Initializer> inits, List<FuncProto> initFuncs, FuncProto main, Pos mainEnd) {
        for (Initializer in : inits) {
            e.at(in.rhs().pos());
            if (in.lhs().size() == 1) {
                Symbol.Var v = in.lhs().getFirst();
                storeVar(v, () -> x.value(in.rhs()));
            } else {
                int n = x.call((Expr.Call) Expr.unparen(in.rhs()));
                List<Type> types = x.resultTypes((Expr.Call) Expr.unparen(in.rhs()));
                int[] tmps = new int[n];
                for (int i = n - 1; i >= 0; i--) {
                    tmps[i] = temp(types.get(i));
                    e.emit(Opcode.STORE, -1, tmps[i]);
                }
                for (int i = 0; i < n; i++) {
                    int t = tmps[i];
                    Symbol.Var v = in.lhs().get(i);
                    if (!v.name().equals("_")) {
                        storeVar(v, () -> e.emit(Opcode.LOAD, 1, t));
                    }
                }
            }
        }
        for (FuncProto p : initFuncs) {
            e.emit(Opcode.CALL, 0, e.constant(p));
        }
        if (main != null) {
            // Main ends where its body does: the main goroutine's end event carries that line.
            e.at(mainEnd);
            e.emit(Opcode.CALL, 0, e.constant(main));
        }
        e.emit(Opcode.RETURN, 0, 0);
        finish();
    }

    /**
     * Compiles a function literal in its own FuncCompiler and returns its proto. The body is
     * compiled now, inside the enclosing one, unless literals are already nested
     * {@link Compiler#MAX_LITERAL_NESTING} deep; then it waits for {@link Compiler#drainLiterals},
     * so that the compiler's own stack stays shallow however deep closures nest.
     */
    FuncProto compileLiteral(Expr.FuncLit lit) {
        FuncInfo lfi = c.info.funcs().get(lit);
        int[] pk = Compiler.kinds(lfi.signature().params());
        FuncProto p = new FuncProto(c.namePrefix, lfi.funcName(), pk, Compiler.resultKinds(lfi.signature().results()));
        c.addProto(p);
        if (c.literalNesting < Compiler.MAX_LITERAL_NESTING) {
            c.literalNesting++;
            try {
                new FuncCompiler(c, lfi, p).compileBody(lit.body());
            } finally {
                c.literalNesting--;
            }
        } else {
            c.deferLiteral(p, lfi, lit.body());
        }
        return p;
    }

    void finish() {
        int[] kinds = new int[localKinds.size()];
        for (int i = 0; i < kinds.length; i++) {
            kinds[i] = localKinds.get(i);
        }
        String[] freeNames = new String[free.size()];
        for (Map.Entry<Symbol.Var, Integer> en : free.entrySet()) {
            freeNames[en.getValue()] = en.getKey().name();
        }
        if (hasDefer) {
            // Epilogue: all returns jump here; deferred calls run, then the results return.
            for (int j : returnJumps) {
                e.patch(j);
            }
            int epilogue = e.pc();
            proto.setDeferReturnPc(epilogue);
            e.emit(Opcode.RUN_DEFERS, 0);
            if (fi != null && fi.namedResults()) {
                List<Symbol.Var> results = fi.results();
                for (int i = 0; i < results.size(); i++) {
                    loadVar(results.get(i));
                    e.emit(Opcode.STORE, -1, retSlots[i]);
                }
            }
            int first = retSlots.length == 0 ? 0 : retSlots[0];
            e.emit(Opcode.RETURN_LOCALS, 0, first, retSlots.length);
        }
        proto.finish(e.code(), e.consts(), e.longs(), nextSlot, e.maxStack(), e.lineTable(),
                freeNames, hasDefer, kinds);
    }

    // ---- variables ----

    /** Declares v (a new variable) with the value the emitter pushes (already a copy for aggregates). */
    void declare(Symbol.Var v, Runnable value) {
        if (v.name().equals("_")) {
            value.run();
            e.emit(Opcode.POP, -1);
            return;
        }
        Integer s = slots.get(v);
        if (s == null) {
            s = newSlot(Layouts.kind(v.type()));
            slots.put(v, s);
        }
        value.run();
        if (isBoxed(v)) {
            box(Layouts.kind(v.type()));
            e.emit(Opcode.NEW_BOX, 0);
        }
        e.emit(Opcode.STORE, -1, s);
    }

    /** Pushes v's value (aggregates: the holder). */
    void loadVar(Symbol.Var v) {
        boolean agg = Layouts.aggregate(v.type());
        int kind = Layouts.kind(v.type());
        if (v.kind() == Symbol.VarKind.GLOBAL) {
            e.emit(Opcode.LOAD_GLOBAL, 1, c.global(v));
            if (!agg) {
                e.emit(Opcode.DEREF, 0);
                unbox(kind);
            }
            return;
        }
        Integer f = free.get(v);
        if (f != null) {
            e.emit(Opcode.LOAD_FREE, 1, f);
            if (!agg) {
                e.emit(Opcode.DEREF, 0);
                unbox(kind);
            }
            return;
        }
        Integer s = slots.get(v);
        if (s == null) {
            throw new IllegalStateException("no slot for " + v.name());
        }
        e.emit(Opcode.LOAD, 1, s);
        if (isBoxed(v)) {
            e.emit(Opcode.DEREF, 0);
            unbox(kind);
        }
    }

    /** Pushes v's address: its Box, or its holder for aggregates. */
    void addressOfVar(Symbol.Var v) {
        if (v.kind() == Symbol.VarKind.GLOBAL) {
            e.emit(Opcode.LOAD_GLOBAL, 1, c.global(v));
        } else if (free.containsKey(v)) {
            e.emit(Opcode.LOAD_FREE, 1, free.get(v));
        } else {
            e.emit(Opcode.LOAD, 1, slots.get(v));
        }
    }

    /** Assigns to an existing variable the value the emitter pushes. */
    void storeVar(Symbol.Var v, Runnable value) {
        if (v.name().equals("_")) {
            value.run();
            e.emit(Opcode.POP, -1);
            return;
        }
        boolean agg = Layouts.aggregate(v.type());
        boolean global = v.kind() == Symbol.VarKind.GLOBAL;
        boolean viaRef = agg || global || free.containsKey(v) || isBoxed(v);
        if (!viaRef) {
            value.run();
            e.emit(Opcode.STORE, -1, slots.get(v));
            return;
        }
        addressOfVar(v);
        value.run();
        if (agg) {
            e.emit(Opcode.ASSIGN, -2);
        } else {
            box(Layouts.kind(v.type()));
            e.emit(Opcode.STORE_PTR, -2);
        }
    }

    /** The variable the capture of a function literal needs from this function: its box or holder. */
    void loadCapture(Symbol.Var v) {
        addressOfVar(v);
    }

    void box(int kind) {
        if (kind != Kind.REF) {
            e.emit(Opcode.BOX, 0, kind);
        }
    }

    void unbox(int kind) {
        if (kind != Kind.REF) {
            e.emit(Opcode.UNBOX, 0, kind);
        }
    }

    // ---- statements ----

    void block(List<Stmt> stmts) {
        for (Stmt s : stmts) {
            stmt(s);
        }
    }

    void stmt(Stmt s) {
        e.at(s.pos());
        int depth = e.depth();
        switch (s) {
            case Stmt.Block b -> block(b.stmts());
            case Stmt.ExprStmt es -> exprStmt(es.x());
            case Stmt.Send send -> {
                x.expr(send.chan());
                x.value(send.value());
                box(Layouts.kind(c.info.typeOf(send.value())));
                e.at(send.arrow());
                e.emit(Opcode.SEND, -2);
            }
            case Stmt.IncDec id when incLocal(id) != null -> {
                int[] inc = incLocal(id);
                e.emit(Opcode.INC_LOCAL, 0, inc[0], inc[1]);
            }
            case Stmt.IncDec id -> {
                Type t = c.info.typeOf(id.x());
                LValue lv = LValue.of(this, id.x());
                lv.prepareInPlace();
                lv.store(() -> {
                    lv.load();
                    if (Layouts.kind(t) == Kind.FLOAT) {
                        e.emit(Opcode.CONST_LONG, 1, e.longConstant(Double.doubleToRawLongBits(1.0)));
                        e.emit(id.op() == Token.INC ? Opcode.FADD : Opcode.FSUB, -1);
                        if (Layouts.isFloat32(t)) {
                            e.emit(Opcode.F32, 0);
                        }
                    } else {
                        e.emit(Opcode.CONST_INT, 1, 1);
                        e.emit(id.op() == Token.INC ? Opcode.ADD : Opcode.SUB, -1);
                        x.narrow(t);
                    }
                });
            }
            case Stmt.Assign a -> assign(a);
            case Stmt.DeclStmt d -> declStmt(d.decl());
            case Stmt.Go g -> goOrDefer(g.call(), true);
            case Stmt.Defer d -> goOrDefer(d.call(), false);
            case Stmt.Return r -> returnStmt(r);
            case Stmt.Branch b -> branch(b);
            case Stmt.Labeled l -> {
                gotos.label(l);
                stmt(l.stmt());
            }
            case Stmt.If i -> ifStmt(i);
            case Stmt.Switch sw -> Switches.switchStmt(this, sw);
            case Stmt.TypeSwitch ts -> Switches.typeSwitch(this, ts);
            case Stmt.Select sel -> Switches.select(this, sel);
            case Stmt.For f -> Loops.forStmt(this, f);
            case Stmt.Range r when c.info.rangeFunc(r) != null -> stmt(c.info.rangeFunc(r));
            case Stmt.Range r -> Loops.range(this, r);
            case Stmt.Empty em -> { }
            case Stmt.Bad bad -> throw new IllegalStateException("bad statement");
        }
        e.setDepth(depth);
    }

    void exprStmt(Expr ex) {
        Expr u = Expr.unparen(ex);
        if (u instanceof Expr.Call call) {
            int n = x.call(call);
            for (int i = 0; i < n; i++) {
                e.emit(Opcode.POP, -1);
            }
        } else if (u instanceof Expr.Unary un && un.op() == Token.ARROW) {
            x.expr(un.x());
            e.emit(Opcode.RECV, 0);
            e.emit(Opcode.POP, -1);
        } else {
            x.expr(ex);
            e.emit(Opcode.POP, -1);
        }
    }

    private void declStmt(Decl.GenDecl d) {
        if (d.keyword() != Token.VAR) {
            return;
        }
        for (Spec sp : d.specs()) {
            if (!(sp instanceof Spec.ValueSpec vs)) {
                continue;
            }
            List<Symbol.Var> vars = new ArrayList<>();
            for (Expr.Ident id : vs.names()) {
                vars.add((Symbol.Var) c.info.defs().get(id));
            }
            if (vs.values().isEmpty()) {
                for (Symbol.Var v : vars) {
                    if (v != null) {
                        declare(v, () -> x.zero(v.type(), v.name()));
                    }
                }
            } else if (vs.values().size() == vars.size()) {
                int[] tmps = new int[vars.size()];
                for (int i = 0; i < vars.size(); i++) {
                    Expr val = vs.values().get(i);
                    x.value(val);
                    tmps[i] = temp(vars.get(i) == null ? c.info.typeOf(val) : vars.get(i).type());
                    e.emit(Opcode.STORE, -1, tmps[i]);
                }
                for (int i = 0; i < vars.size(); i++) {
                    int t = tmps[i];
                    if (vars.get(i) != null) {
                        declare(vars.get(i), () -> e.emit(Opcode.LOAD, 1, t));
                    }
                }
            } else {
                multiDefine(vars, vs.values().getFirst(), true);
            }
        }
    }

    /**
     * {slot, k} when s is {@code v++}, {@code v--}, {@code v += k} or {@code v -= k} on a
     * 64-bit int variable living unboxed in this frame (so INC_LOCAL needs no narrowing), else
     * null. The loop compiler fuses such a post statement into the loop's back edge.
     */
    int[] incLocal(Stmt s) {
        switch (s) {
            case Stmt.IncDec id -> {
                int slot = x.plainLocal(id.x());
                if (slot >= 0 && Layouts.narrowCode(c.info.typeOf(id.x())) < 0) {
                    return new int[] {slot, id.op() == Token.INC ? 1 : -1};
                }
                return null;
            }
            case Stmt.Assign a when (a.op() == Token.ADD_ASSIGN || a.op() == Token.SUB_ASSIGN)
                    && a.lhs().size() == 1 && a.rhs().size() == 1 -> {
                Expr l = a.lhs().getFirst();
                Expr r = a.rhs().getFirst();
                int slot = x.plainLocal(l);
                if (slot < 0 || Layouts.narrowCode(c.info.typeOf(l)) >= 0 || c.info.implicitConversions().containsKey(r)) {
                    return null;
                }
                Long k = x.smallConst(r);
                if (k == null || k == Integer.MIN_VALUE) {
                    return null;
                }
                return new int[] {slot, (int) (a.op() == Token.ADD_ASSIGN ? (long) k : -k)};
            }
            default -> {
                return null;
            }
        }
    }

    // ---- assignment ----

    private void assign(Stmt.Assign a) {
        Token op = a.op();
        if (op == Token.DEFINE || op == Token.ASSIGN) {
            if (a.rhs().size() == 1 && a.lhs().size() > 1) {
                if (op == Token.DEFINE) {
                    List<Symbol.Var> vars = new ArrayList<>();
                    for (Expr l : a.lhs()) {
                        vars.add(defineTarget((Expr.Ident) l));
                    }
                    multiDefine(vars, a.rhs().getFirst(), false);
                } else {
                    multiAssign(a.lhs(), a.rhs().getFirst());
                }
                return;
            }
            if (op == Token.DEFINE && a.lhs().stream().allMatch(l -> c.info.defs().get(l) != null)) {
                // x, y := v, w declares only fresh variables, which v and w cannot mention: each
                // value goes straight into its slot (a temp and a copy cost two instructions per
                // variable, in every loop). With a redeclared one, the temps below keep Go's order.
                for (int i = 0; i < a.lhs().size(); i++) {
                    Expr r = a.rhs().get(i);
                    declare(defineTarget((Expr.Ident) a.lhs().get(i)), () -> x.value(r));
                }
                return;
            }
            if (op == Token.DEFINE) {
                int n = a.lhs().size();
                int[] tmps = new int[n];
                for (int i = 0; i < n; i++) {
                    Expr r = a.rhs().get(i);
                    x.value(r);
                    tmps[i] = temp(c.info.typeOf(a.lhs().get(i)) != null ? c.info.typeOf(a.lhs().get(i)) : c.info.typeOf(r));
                    e.emit(Opcode.STORE, -1, tmps[i]);
                }
                for (int i = 0; i < n; i++) {
                    int t = tmps[i];
                    Expr.Ident id = (Expr.Ident) a.lhs().get(i);
                    Symbol.Var v = defineTarget(id);
                    if (c.info.defs().get(id) != null) {
                        declare(v, () -> e.emit(Opcode.LOAD, 1, t));
                    } else {
                        storeVar(v, () -> e.emit(Opcode.LOAD, 1, t));
                    }
                }
                return;
            }
            if (a.lhs().size() == 1) {
                LValue lv = LValue.of(this, a.lhs().getFirst());
                Expr r = a.rhs().getFirst();
                lv.assign(() -> x.value(r));
                return;
            }
            // Tuple assignment: left operands first, then every right value, then the stores.
            int n = a.lhs().size();
            LValue[] lvs = new LValue[n];
            for (int i = 0; i < n; i++) {
                lvs[i] = LValue.of(this, a.lhs().get(i));
                lvs[i].prepare();
            }
            int[] tmps = new int[n];
            for (int i = 0; i < n; i++) {
                Expr r = a.rhs().get(i);
                x.value(r);
                tmps[i] = temp(c.info.typeOf(r));
                e.emit(Opcode.STORE, -1, tmps[i]);
            }
            for (int i = 0; i < n; i++) {
                int t = tmps[i];
                lvs[i].store(() -> e.emit(Opcode.LOAD, 1, t));
            }
            return;
        }
        // op-assign
        Token bin = switch (op) {
            case ADD_ASSIGN -> Token.ADD;
            case SUB_ASSIGN -> Token.SUB;
            case MUL_ASSIGN -> Token.MUL;
            case QUO_ASSIGN -> Token.QUO;
            case REM_ASSIGN -> Token.REM;
            case AND_ASSIGN -> Token.AND;
            case OR_ASSIGN -> Token.OR;
            case XOR_ASSIGN -> Token.XOR;
            case SHL_ASSIGN -> Token.SHL;
            case SHR_ASSIGN -> Token.SHR;
            case AND_NOT_ASSIGN -> Token.AND_NOT;
            default -> throw new IllegalStateException("assign op " + op);
        };
        Expr l = a.lhs().getFirst();
        Expr r = a.rhs().getFirst();
        Type t = c.info.typeOf(l);
        int target = x.plainLocal(l);
        int[] inc = incLocal(a);
        if (inc != null) {
            e.at(a.opPos());
            e.emit(Opcode.INC_LOCAL, 0, inc[0], inc[1]);
            return;
        }
        if (target >= 0 && Layouts.narrowCode(t) < 0 && (bin == Token.ADD || bin == Token.SUB)
                && !c.info.implicitConversions().containsKey(r)) {
            int src = x.plainLocal(r);
            e.at(a.opPos());
            if (src >= 0 && bin == Token.ADD) {
                e.emit(Opcode.ADD_LOCAL, 0, target, src);
                return;
            }
        }
        LValue lv = LValue.of(this, l);
        lv.prepareInPlace();
        lv.store(() -> {
            lv.load();
            x.expr(r);
            e.at(a.opPos());
            x.binaryOp(bin, t, c.info.typeOf(r), r);
        });
    }

    private Symbol.Var defineTarget(Expr.Ident id) {
        Symbol s = c.info.defs().get(id);
        if (s == null) {
            s = c.info.uses().get(id);
        }
        if (s == null && id.name().equals("_")) {
            return new Symbol.Var("_", Basic.INT, Symbol.VarKind.LOCAL, "main", 0, 0);
        }
        return (Symbol.Var) s;
    }

    /** {@code a, b := f()} / {@code v, ok := m[k]} and friends; {@code fresh} for var declarations. */
    void multiDefine(List<Symbol.Var> vars, Expr rhs, boolean fresh) {
        int n = vars.size();
        List<Type> types = multiValue(rhs, n);
        int[] tmps = new int[n];
        for (int i = n - 1; i >= 0; i--) {
            tmps[i] = temp(types.get(i));
            e.emit(Opcode.STORE, -1, tmps[i]);
        }
        for (int i = 0; i < n; i++) {
            int t = tmps[i];
            Symbol.Var v = vars.get(i);
            if (v == null || v.name().equals("_")) {
                continue;
            }
            Type vt = v.type();
            Type from = types.get(i);
            Runnable load = () -> {
                e.emit(Opcode.LOAD, 1, t);
                x.convertValue(from, vt);
            };
            boolean isNew = fresh || isDefinedHere(v);
            if (isNew) {
                declare(v, load);
            } else {
                storeVar(v, load);
            }
        }
    }

    private boolean isDefinedHere(Symbol.Var v) {
        return !slots.containsKey(v) && !free.containsKey(v) && v.kind() != Symbol.VarKind.GLOBAL;
    }

    private void multiAssign(List<Expr> lhs, Expr rhs) {
        int n = lhs.size();
        LValue[] lvs = new LValue[n];
        for (int i = 0; i < n; i++) {
            lvs[i] = LValue.of(this, lhs.get(i));
            lvs[i].prepare();
        }
        List<Type> types = multiValue(rhs, n);
        int[] tmps = new int[n];
        for (int i = n - 1; i >= 0; i--) {
            tmps[i] = temp(types.get(i));
            e.emit(Opcode.STORE, -1, tmps[i]);
        }
        for (int i = 0; i < n; i++) {
            int t = tmps[i];
            Type from = types.get(i);
            Type to = c.info.typeOf(lhs.get(i));
            lvs[i].store(() -> {
                e.emit(Opcode.LOAD, 1, t);
                x.convertValue(from, to);
            });
        }
    }

    /** Pushes the n values of a multi-valued expression; returns their types. */
    List<Type> multiValue(Expr rhs, int n) {
        Expr u = Expr.unparen(rhs);
        switch (u) {
            case Expr.Call call -> {
                x.call(call);
                return x.resultTypes(call);
            }
            case Expr.Index ix -> {
                Type mt = c.info.typeOf(ix.x());
                MapType m = (MapType) mt.underlying();
                x.expr(ix.x());
                x.value(ix.indices().getFirst());
                box(Layouts.kind(m.key()));
                e.emit(Opcode.MAP_GET2, 1, e.constant(c.layouts.zero(m.elem())));
                int vk = Layouts.kind(m.elem());
                if (vk != Kind.REF) {
                    e.emit(Opcode.SWAP, 0);
                    unbox(vk);
                    e.emit(Opcode.SWAP, 0);
                }
                return List.of(m.elem(), Basic.BOOL);
            }
            case Expr.TypeAssert ta -> {
                Type target = c.info.typeOf(ta.type());
                x.expr(ta.x());
                if (Layouts.isInterface(target)) {
                    e.emit(Opcode.ASSERT_IFACE2, 1, e.constant(target));
                } else {
                    e.emit(Opcode.ASSERT2, 1, e.constant(target), e.constant(c.layouts.zero(target)));
                    int vk = Layouts.kind(target);
                    if (vk != Kind.REF) {
                        e.emit(Opcode.SWAP, 0);
                        unbox(vk);
                        e.emit(Opcode.SWAP, 0);
                    }
                }
                return List.of(target, Basic.BOOL);
            }
            case Expr.Unary un when un.op() == Token.ARROW -> {
                Type ct = c.info.typeOf(un.x());
                Type elem = ((Chan) ct.underlying()).elem();
                x.expr(un.x());
                e.at(un.pos());
                e.emit(Opcode.RECV2, 1);
                unbox(Kind.BOOL);
                int vk = Layouts.kind(elem);
                if (vk != Kind.REF) {
                    e.emit(Opcode.SWAP, 0);
                    unbox(vk);
                    e.emit(Opcode.SWAP, 0);
                }
                return List.of(elem, Basic.BOOL);
            }
            default -> throw new IllegalStateException("not multi-valued: " + u);
        }
    }

    // ---- go, defer, return, branches, if ----

    private void goOrDefer(Expr callExpr, boolean isGo) {
        Expr.Call call = (Expr.Call) Expr.unparen(callExpr);
        int n = Deferrals.pushFuncAndArgs(this, call);
        e.at(callExpr.pos());
        if (isGo) {
            e.emit(Opcode.GO, -(n + 1), n);
        } else {
            e.emit(Opcode.DEFER, -(n + 1), n);
        }
    }

    private void returnStmt(Stmt.Return r) {
        List<Expr> results = r.results();
        List<Symbol.Var> resultVars = fi.results();
        if (results.size() == 1 && resultVars.size() > 1) {
            // return f() with several results
            List<Type> types = multiValue(results.getFirst(), resultVars.size());
            int m = resultVars.size();
            int[] tmps = new int[m];
            for (int i = m - 1; i >= 0; i--) {
                tmps[i] = temp(types.get(i));
                e.emit(Opcode.STORE, -1, tmps[i]);
            }
            List<Runnable> vals = new ArrayList<>();
            for (int i = 0; i < m; i++) {
                int t = tmps[i];
                Type from = types.get(i);
                Type to = resultVars.get(i).type();
                vals.add(() -> {
                    e.emit(Opcode.LOAD, 1, t);
                    x.convertValue(from, to);
                });
            }
            emitReturnValues(vals);
            return;
        }
        List<Runnable> vals = new ArrayList<>();
        for (Expr ex : results) {
            vals.add(() -> x.value(ex));
        }
        emitReturnValues(vals);
    }

    private void emitReturnValues(List<Runnable> vals) {
        if (!hasDefer) {
            if (vals.isEmpty() && fi != null && fi.namedResults()) {
                for (Symbol.Var v : fi.results()) {
                    loadVar(v);
                    if (Layouts.aggregate(v.type())) {
                        e.emit(Opcode.COPY, 0);
                    }
                }
                e.emit(Opcode.RETURN, 0, fi.results().size());
                return;
            }
            for (Runnable v : vals) {
                v.run();
            }
            e.emit(Opcode.RETURN, 0, vals.size());
            return;
        }
        if (!vals.isEmpty()) {
            List<Symbol.Var> rv = fi.results();
            if (fi.namedResults()) {
                int[] tmps = new int[vals.size()];
                for (int i = 0; i < vals.size(); i++) {
                    vals.get(i).run();
                    tmps[i] = temp(rv.get(i).type());
                    e.emit(Opcode.STORE, -1, tmps[i]);
                }
                for (int i = 0; i < vals.size(); i++) {
                    int t = tmps[i];
                    storeVar(rv.get(i), () -> e.emit(Opcode.LOAD, 1, t));
                }
            } else {
                for (int i = 0; i < vals.size(); i++) {
                    vals.get(i).run();
                    e.emit(Opcode.STORE, -1, retSlots[i]);
                }
            }
        }
        returnJumps.add(e.jump(Opcode.JMP));
    }

    void emitReturn(List<Runnable> vals) {
        emitReturnValues(vals);
    }

    private void branch(Stmt.Branch b) {
        Token tok = b.tok();
        if (tok == Token.FALLTHROUGH) {
            return; // handled by the switch compiler: bodies are laid out in order
        }
        Stmt target = c.info.branchTargets().get(b);
        if (tok == Token.GOTO) {
            gotos.jump((Stmt.Labeled) target);
            return;
        }
        Target t = targets.get(target);
        if (t == null) {
            throw new IllegalStateException("no target for " + tok);
        }
        int j = e.jump(Opcode.JMP);
        if (tok == Token.BREAK) {
            t.breaks.add(j);
        } else {
            t.continues.add(j);
        }
    }

    private void ifStmt(Stmt.If s) {
        if (s.init() != null) {
            stmt(s.init());
        }
        int jf = x.condJumpFalse(s.cond());
        block(s.then().stmts());
        if (s.els() == null) {
            e.patch(jf);
            return;
        }
        int jend = e.jump(Opcode.JMP);
        e.patch(jf);
        stmt(s.els());
        e.patch(jend);
    }

    Pos posOf(Expr ex) {
        return ex.pos();
    }

    static boolean isBlank(Expr ex) {
        return ex instanceof Expr.Ident id && id.name().equals("_");
    }

    Type typeOf(Expr ex) {
        return c.info.typeOf(ex);
    }

    TypeAndValue tv(Expr ex) {
        return c.info.types().get(ex);
    }

    static Type elemOf(Type t) {
        Type u = t.underlying();
        if (u instanceof Pointer p) {
            u = p.elem().underlying();
        }
        return switch (u) {
            case Slice s -> s.elem();
            case Array a -> a.elem();
            case MapType m -> m.elem();
            case Chan ch -> ch.elem();
            default -> null;
        };
    }

    static List<Type> tupleTypes(Type t) {
        if (t instanceof Tuple tu) {
            return tu.types();
        }
        return t == null ? List.of() : List.of(t);
    }

    static boolean isStruct(Type t) {
        return t.underlying() instanceof Struct;
    }

    static boolean isIface(Type t) {
        return t != null && t.underlying() instanceof Interface;
    }

    static Signature sig(Type t) {
        return (Signature) t.underlying();
    }

    static Constant constant(TypeAndValue tv) {
        return tv == null ? null : tv.value();
    }

    static void unused(CaseClause cc, CommClause cm) {
    }
}
