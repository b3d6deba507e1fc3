package dev.spindle.lang.types;

import dev.spindle.lang.syntax.Expr;
import dev.spindle.lang.syntax.Node;
import dev.spindle.lang.syntax.Stmt;
import dev.spindle.lang.syntax.Token;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Statements and function bodies: blocks and scopes, control flow with break/continue
 * targets and labels, go/defer, return, switch/type switch/select, for/range with Go 1.22
 * per-iteration variables, and "missing return". Assignments are in {@link AssignStmts},
 * switch/type switch/select in {@link Switches}, for/range in {@link Loops}.
 */
final class Stmts {
    private final Checker c;
    final AssignStmts assigns;
    private final Switches switches;
    private final Loops loops;

    /** An enclosing statement that break (and, for loops, continue) may target. */
    record Target(Stmt stmt, String label, boolean loop, boolean isSelectOrSwitch) {
    }

    /** Per function body: the enclosing targets, and the labels of the body. */
    Deque<Target> targets = new ArrayDeque<>();
    Map<String, Symbol.Label> labels = new HashMap<>();
    /** Returns made by {@link RangeFuncs} rewrites (identity), which nested rewrites treat as exits. */
    final java.util.Set<Stmt> synthetic = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    Stmts(Checker c) {
        this.c = c;
        this.assigns = new AssignStmts(c);
        this.switches = new Switches(c, this);
        this.loops = new Loops(c, this);
    }

    // ---- function bodies ----

    /**
     * Checks a function body with its parameters declared in a new function scope. Records
     * the FuncInfo. The caller has set up nothing; this saves and restores all context.
     */
    FuncInfo body(Node node, String name, TypeExprs.Sig sig, Symbol.Func sym, Expr.Ident recvId, Type recvType,
                  Stmt.Block body) {
        body(node, FuncName.of(name), sig, sym, recvId, recvType, body, false);
        return c.info.funcs.get(node);
    }

    /** Checks the body of a literal set aside by {@link LaterLiterals}, whose context the caller restored. */
    FuncCtx laterBody(Expr.FuncLit fl, FuncName name, TypeExprs.Sig sig) {
        return body(fl, name, sig, null, null, null, fl.body(), true);
    }

    private FuncCtx body(Node node, FuncName name, TypeExprs.Sig sig, Symbol.Func sym, Expr.Ident recvId, Type recvType,
                         Stmt.Block body, boolean later) {
        FuncCtx outer = c.fn;
        // A function that no other encloses checks, when it ends, the literals set aside inside it.
        int laterMark = outer == null ? c.later.mark() : -1;
        Scope outerScope = c.scope;
        Deque<Target> outerTargets = targets;
        Map<String, Symbol.Label> outerLabels = labels;
        int outerIota = c.exprs.iota;
        FuncCtx f = new FuncCtx(outer, node, name, sig.sig(), sym, null, ++c.funcSerial);
        f.later = later;
        c.fn = f;
        c.exprs.iota = -1;
        targets = new ArrayDeque<>();
        labels = new HashMap<>();
        c.openScope(Scope.Kind.FUNC);
        Symbol.Var recv = null;
        if (recvType != null) {
            recv = declareParam(recvId, recvType, Symbol.VarKind.RECEIVER);
        }
        for (int i = 0; i < sig.params().types().size(); i++) {
            f.params.add(declareParam(sig.params().names().get(i), sig.params().types().get(i), Symbol.VarKind.PARAM));
        }
        for (int i = 0; i < sig.results().types().size(); i++) {
            f.results.add(declareParam(sig.results().names().get(i), sig.results().types().get(i), Symbol.VarKind.RESULT));
        }
        FuncInfo enclosing = outer == null ? null : c.info.funcs.get(outer.node);
        if (c.info.funcOrdered.add(node)) {
            c.info.funcOrder.add(node);
        }
        if (body != null) {
            collectLabels(body.stmts());
            stmtList(body.stmts());
            Gotos.check(c, body, labels);
            if (!sig.sig().results().isEmpty() && !Terminating.list(body.stmts())) {
                c.error(body.rbrace(), "missing return");
            }
            for (Symbol.Label l : labels.values()) {
                if (!l.used()) {
                    c.error(new dev.spindle.lang.syntax.Pos(l.line(), l.col()), "label " + l.name() + " defined and not used");
                }
            }
        }
        c.closeScope();
        f.finalCaptures = List.copyOf(f.captures);
        FuncInfo info = new FuncInfo(node, name, sig.sig(), sym, recv, List.copyOf(f.params), List.copyOf(f.results),
                f.finalCaptures, enclosing);
        c.info.funcs.put(node, info);
        c.fn = outer;
        c.scope = outerScope;
        targets = outerTargets;
        labels = outerLabels;
        c.exprs.iota = outerIota;
        // A literal's captures are also references from the enclosing function (one checked
        // later reaches it through LaterLiterals' merge instead).
        if (outer != null && !later) {
            for (Symbol.Var v : f.captures) {
                c.capture(v);
            }
        }
        if (laterMark >= 0) {
            c.later.drain(laterMark);
        }
        return f;
    }

    private Symbol.Var declareParam(Expr.Ident id, Type t, Symbol.VarKind kind) {
        Expr.Ident name = id != null ? id : new Expr.Ident(dev.spindle.lang.syntax.Pos.NONE, "");
        Symbol.Var v = c.newVar(name, t, kind);
        if (id != null) {
            c.declare(c.scope, id, v);
        }
        return v;
    }

    Operand funcLit(Expr.FuncLit fl) {
        TypeExprs.Sig sig = c.typeExprs.signature(fl.type());
        FuncName name = c.fn != null ? c.fn.nextLiteralName() : FuncName.of(c.decls.nextGlobalLiteralName());
        // Register the FuncInfo early so that nested literals can name their enclosing function.
        c.info.funcs.put(fl, new FuncInfo(fl, name, sig.sig(), null, null, List.of(), List.of(), List.of(),
                c.fn == null ? null : c.info.funcs.get(c.fn.node)));
        // Listed here, not when the body is checked, so that a body checked later keeps its place.
        if (c.info.funcOrdered.add(fl)) {
            c.info.funcOrder.add(fl);
        }
        if (!c.later.setAside(fl, name, sig)) {
            c.later.depth++;
            body(fl, name, sig, null, null, null, fl.body(), false);
            c.later.depth--;
        }
        return new Operand(Operand.Mode.VALUE, fl, sig.sig(), null);
    }

    // ---- labels ----

    private void collectLabels(List<Stmt> stmts) {
        for (Stmt s : stmts) {
            collectLabels(s);
        }
    }

    private void collectLabels(Stmt s) {
        switch (s) {
            case Stmt.Labeled l -> {
                String n = l.label().name();
                if (!n.equals("_")) {
                    Symbol.Label lab = new Symbol.Label(n, l.label().pos().line(), l.label().pos().col());
                    Symbol.Label old = labels.putIfAbsent(n, lab);
                    if (old != null) {
                        c.error(l.label().pos(), "label " + n + " already defined at prog.go:" + old.line() + ":" + old.col());
                    } else {
                        c.info.defs.put(l.label(), lab);
                    }
                }
                collectLabels(l.stmt());
            }
            case Stmt.Block b -> collectLabels(b.stmts());
            case Stmt.If i -> {
                collectLabels(i.then());
                if (i.els() != null) {
                    collectLabels(i.els());
                }
            }
            case Stmt.For f -> collectLabels(f.body());
            case Stmt.Range r -> collectLabels(r.body());
            case Stmt.Switch sw -> sw.clauses().forEach(cc -> collectLabels(cc.body()));
            case Stmt.TypeSwitch ts -> ts.clauses().forEach(cc -> collectLabels(cc.body()));
            case Stmt.Select sel -> sel.clauses().forEach(cc -> collectLabels(cc.body()));
            default -> {
            }
        }
    }

    // ---- statements ----

    void stmtList(List<Stmt> stmts) {
        for (int i = 0; i < stmts.size(); i++) {
            stmt(stmts.get(i), null, false);
        }
    }

    void block(Stmt.Block b) {
        c.openScope(Scope.Kind.BLOCK);
        stmtList(b.stmts());
        c.closeScope();
    }

    void stmt(Stmt s, String label, boolean fallthroughOk) {
        switch (s) {
            case Stmt.Empty e -> {
            }
            case Stmt.Bad b -> {
            }
            case Stmt.Block b -> block(b);
            case Stmt.ExprStmt e -> exprStmt(e);
            case Stmt.Send send -> send(send);
            case Stmt.IncDec inc -> assigns.incDec(inc);
            case Stmt.Assign a -> assigns.assign(a);
            case Stmt.DeclStmt d -> c.decls.localDecl(d.decl());
            case Stmt.Go g -> goDefer(g.call(), "go");
            case Stmt.Defer d -> goDefer(d.call(), "defer");
            case Stmt.Return r -> ret(r);
            case Stmt.Branch b -> branch(b, fallthroughOk);
            case Stmt.Labeled l -> {
                Symbol.Label lab = labels.get(l.label().name());
                stmt(l.stmt(), lab == null ? null : l.label().name(), fallthroughOk);
            }
            case Stmt.If i -> ifStmt(i);
            case Stmt.Switch sw -> switches.switchStmt(sw, label);
            case Stmt.TypeSwitch ts -> switches.typeSwitch(ts, label);
            case Stmt.Select sel -> switches.select(sel, label);
            case Stmt.For f -> loops.forStmt(f, label);
            case Stmt.Range r -> loops.rangeStmt(r, label);
        }
    }

    private void exprStmt(Stmt.ExprStmt e) {
        Operand x = c.exprs.exprOrType(e.x());
        if (x.invalid()) {
            return;
        }
        Expr inner = Exprs.unparen(e.x());
        String msg = null;
        switch (x.mode) {
            case TYPE -> msg = "is not an expression";
            case BUILTIN -> msg = "must be called";
            case NO_VALUE -> {
                return;
            }
            default -> {
                if (inner instanceof Expr.Call call) {
                    CallInfo ci = c.info.calls.get(call);
                    if (ci != null && ci.kind() == CallInfo.Kind.CONVERSION) {
                        msg = "is not used";
                    } else if (ci != null && ci.kind() == CallInfo.Kind.BUILTIN && !ci.builtin().isStatement()) {
                        msg = "is not used";
                    } else {
                        return;
                    }
                } else if (inner instanceof Expr.Unary u && u.op() == Token.ARROW) {
                    return;
                } else {
                    msg = "is not used";
                }
            }
        }
        c.error(e.x().pos(), c.describe(x) + " " + msg);
    }

    private void send(Stmt.Send s) {
        Operand ch = c.exprs.expr(s.chan());
        Operand v = c.exprs.expr(s.value());
        if (ch.invalid() || v.invalid()) {
            return;
        }
        if (!(ch.type.underlying() instanceof Chan t)) {
            c.error(s.chan().pos(), "invalid operation: cannot send to non-channel " + c.describe(ch));
            return;
        }
        if (!t.dir().canSend()) {
            c.error(s.chan().pos(), "invalid operation: cannot send to receive-only channel " + c.describe(ch));
            return;
        }
        c.assign.assignment(v, t.elem(), "send");
    }

    private void goDefer(Expr e, String kw) {
        Expr inner = e;
        if (!(inner instanceof Expr.Call call)) {
            if (inner instanceof Expr.Paren p && Exprs.unparen(p) instanceof Expr.Call) {
                c.error(e.pos(), "expression in " + kw + " must not be parenthesized");
            } else {
                c.error(e.pos(), "expression in " + kw + " must be function call");
            }
            c.exprs.exprOrType(e);
            return;
        }
        Operand x = c.exprs.exprOrType(call);
        if (x.invalid()) {
            return;
        }
        CallInfo ci = c.info.calls.get(call);
        if (ci != null && ci.kind() == CallInfo.Kind.CONVERSION) {
            c.error(e.pos(), kw + " requires function call, not conversion " + c.describe(x));
        } else if (ci != null && ci.kind() == CallInfo.Kind.BUILTIN && !ci.builtin().isStatement()) {
            c.error(e.pos(), kw + " discards result of " + c.describe(x));
        }
    }

    private void ret(Stmt.Return r) {
        FuncCtx f = c.fn;
        List<Type> want = f.sig.results();
        if (r.results().isEmpty()) {
            if (!want.isEmpty() && f.results.getFirst().name().isEmpty()) {
                c.error(r.pos(), "not enough return values\n\thave ()\n\twant " + c.calls.summaryTypes(want, false));
            }
            for (Symbol.Var v : f.results) {
                if (!v.name().isEmpty() && !v.name().equals("_")) {
                    Symbol inScope = c.scope.lookup(v.name());
                    if (inScope != v) {
                        c.error(r.pos(), "result parameter " + v.name() + " not in scope at return\n\tprog.go:"
                                + inScope.line() + ":" + inScope.col() + ": inner declaration of var " + v.name() + " " + c.ts(inScope.type()));
                        break;
                    }
                }
            }
            return;
        }
        List<Operand> xs = new ArrayList<>();
        if (r.results().size() == 1 && want.size() != 1) {
            Operand x = c.exprs.multi(r.results().getFirst());
            if (x.type instanceof Tuple t && !x.invalid()) {
                for (Type ty : t.types()) {
                    xs.add(new Operand(Operand.Mode.VALUE, x.expr, ty, null));
                }
            } else {
                xs.add(x);
            }
        } else {
            for (Expr e : r.results()) {
                xs.add(c.exprs.expr(e));
            }
        }
        if (want.isEmpty()) {
            c.error(xs.getFirst().expr.pos(), "too many return values\n\thave " + c.calls.summary(xs, false) + "\n\twant ()");
            return;
        }
        if (xs.size() != want.size()) {
            for (Operand x : xs) {
                if (x.invalid()) {
                    return;
                }
            }
            boolean tooMany = xs.size() > want.size();
            var at = tooMany ? xs.get(want.size()).expr.pos() : xs.getLast().expr.pos();
            c.error(at, (tooMany ? "too many" : "not enough") + " return values\n\thave " + c.calls.summary(xs, false)
                    + "\n\twant " + c.calls.summaryTypes(want, false));
            return;
        }
        for (int i = 0; i < xs.size(); i++) {
            c.assign.assignment(xs.get(i), want.get(i), "return statement");
        }
    }

    private void branch(Stmt.Branch b, boolean fallthroughOk) {
        switch (b.tok()) {
            case GOTO -> {
                // resolved and checked with the whole body (Gotos): a label may follow its goto
            }
            case FALLTHROUGH -> {
                if (!fallthroughOk) {
                    c.error(b.pos(), fallthroughError);
                }
            }
            case BREAK, CONTINUE -> {
                boolean isBreak = b.tok() == Token.BREAK;
                if (b.label() != null) {
                    String n = b.label().name();
                    Symbol.Label lab = labels.get(n);
                    if (lab == null) {
                        c.error(b.label().pos(), (isBreak ? "break" : "continue") + " label not defined: " + n);
                        return;
                    }
                    lab.markUsed();
                    c.info.uses.put(b.label(), lab);
                    for (Target t : targets) {
                        if (n.equals(t.label()) && (isBreak || t.loop())) {
                            c.info.branchTargets.put(b, t.stmt());
                            return;
                        }
                    }
                    c.error(b.label().pos(), "invalid " + (isBreak ? "break" : "continue") + " label " + n);
                    return;
                }
                for (Target t : targets) {
                    if (isBreak || t.loop()) {
                        c.info.branchTargets.put(b, t.stmt());
                        return;
                    }
                }
                c.error(b.pos(), isBreak ? "break is not in a loop, switch, or select" : "continue is not in a loop");
            }
            default -> {
            }
        }
    }

    /** The message for a misplaced fallthrough; set by the enclosing switch clause. */
    String fallthroughError = "fallthrough statement out of place";

    private void ifStmt(Stmt.If i) {
        c.openScope(Scope.Kind.BLOCK);
        if (i.init() != null) {
            stmt(i.init(), null, false);
        }
        condition(i.cond(), "if statement");
        block(i.then());
        if (i.els() != null) {
            stmt(i.els(), null, false);
        }
        c.closeScope();
    }

    void condition(Expr cond, String what) {
        Operand x = c.exprs.expr(cond);
        if (x.invalid()) {
            return;
        }
        if (!Types.isBoolean(x.type)) {
            c.error(cond.pos(), "non-boolean condition in " + what);
            return;
        }
        if (Types.isUntyped(x.type)) {
            c.assign.convertUntyped(x, Basic.BOOL);
        }
    }


    void clauseBody(List<Stmt> body, String lastFallthroughError) {
        for (int i = 0; i < body.size(); i++) {
            Stmt s = body.get(i);
            boolean last = i == body.size() - 1;
            String saved = fallthroughError;
            boolean ok = last && lastFallthroughError == null;
            if (last && lastFallthroughError != null) {
                fallthroughError = lastFallthroughError;
            }
            stmt(s, null, ok);
            fallthroughError = saved;
        }
    }






}
