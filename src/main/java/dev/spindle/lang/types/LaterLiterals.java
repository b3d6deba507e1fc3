package dev.spindle.lang.types;

import dev.spindle.lang.syntax.Expr;
import dev.spindle.lang.syntax.Pos;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Function literals nested more than {@link #MAX_DEPTH} deep are checked from a work list
 * when the outermost function ends, not inside the literal that holds them (as types2 checks
 * every literal body "later"). Checking is recursive, and a chain of 25,000 literals (a
 * program Go runs) held the checker 25,000 levels deep: a stack the garbage collector scans
 * at every pause, and deoptimization storms when compiled code on it was invalidated. Set
 * aside, a body is checked with the context it would have had in place, so that the result
 * is exactly the plain order's (LaterLiteralsTest compares the two):
 * <ul>
 * <li>its scope is the one the literal stands in, behind a {@link Scope#horizon} that hides
 *     the names declared after the literal (the rest of the enclosing body, and a
 *     {@code f := func() {...}}'s own {@code f});
 * <li>the enclosing declaration (for initialization order), the error position of an
 *     implicitly repeated constant and the fallthrough message are restored;
 * <li>the variables it captures reach the enclosing functions' capture lists at the place the
 *     literal stands ({@link #merge}), so that the lists, and the closures the compiler lays
 *     out from them, are in the order the plain check gives;
 * <li>"declared and not used" is decided after all bodies (it already was, at the end).
 * </ul>
 * What the order can still change: the order in which generic instances requested from a
 * set-aside body are checked (their place in the program's function list), never a result.
 */
final class LaterLiterals {
    /** Literal bodies checked on the stack inside one another before the next is set aside. */
    static final int MAX_DEPTH = 16;

    private final Checker c;
    /** Literal bodies being checked on the stack since the outermost function or set-aside body began. */
    int depth;
    /** The depth at which literals are set aside: MAX_DEPTH, or never (for tests comparing the orders). */
    int maxDepth = MAX_DEPTH;

    /** A literal set aside: its body and what checking it in place would have seen. */
    static final class Item {
        final Expr.FuncLit lit;
        final FuncName name;
        final TypeExprs.Sig sig;
        final FuncCtx outer;
        final Scope scope;
        final int seq;
        final Set<Symbol> deps;
        final Pos errPos;
        final String fallthroughError;
        /** The literal's context once its body was checked. */
        FuncCtx ctx;

        Item(Expr.FuncLit lit, FuncName name, TypeExprs.Sig sig, FuncCtx outer, Scope scope, int seq, Set<Symbol> deps,
             Pos errPos, String fallthroughError) {
            this.lit = lit;
            this.name = name;
            this.sig = sig;
            this.outer = outer;
            this.scope = scope;
            this.seq = seq;
            this.deps = deps;
            this.errPos = errPos;
            this.fallthroughError = fallthroughError;
        }
    }

    /** In an enclosing function: {@code item} was set aside when its captures had {@code at} entries. */
    record Mark(int at, Item item) {
    }

    private final List<Item> items = new ArrayList<>();
    /** Every function that received a mark, to merge once the bodies are checked. */
    private final List<FuncCtx> marked = new ArrayList<>();

    LaterLiterals(Checker c) {
        this.c = c;
    }

    /** For each function being checked that no other encloses: where its share of {@link #marked} begins. */
    private final ArrayDeque<Integer> frames = new ArrayDeque<>();

    /** Whether a literal is set aside and not yet checked (declarations made now need their numbers). */
    boolean pending() {
        return !items.isEmpty();
    }

    /** Where the work of a function that no other encloses begins; {@link #drain} ends it. */
    int mark() {
        frames.push(marked.size());
        return items.size();
    }

    /**
     * Sets {@code lit}'s body aside if it is nested too deep (its signature is checked, and
     * the literal has its name and FuncInfo, already); false if it is to be checked now.
     */
    boolean setAside(Expr.FuncLit lit, FuncName name, TypeExprs.Sig sig) {
        if (c.fn == null || depth < maxDepth) {
            return false;
        }
        Item item = new Item(lit, name, sig, c.fn, c.scope, c.declSeq, c.decls.currentDeps(), c.errPos,
                c.stmts.fallthroughError);
        items.add(item);
        // Every enclosing function up to the nearest one checked later itself (which passes the
        // captures on through its own mark) takes this literal's captures in at this place.
        for (FuncCtx f = c.fn; f != null && f.outer != null; f = f.outer) {
            if (f.marks == null) {
                f.marks = new ArrayList<>();
                marked.add(f);
            }
            f.marks.add(new Mark(f.captures.size(), item));
            if (f.later) {
                break;
            }
        }
        return true;
    }

    /**
     * Checks the bodies set aside since {@code from} (and those set aside inside them), then
     * gives every function that holds one its captures in the plain order.
     */
    void drain(int from) {
        int markedFrom = frames.pop();
        for (int i = from; i < items.size(); i++) {
            check(items.get(i));
        }
        // Marks only name literals set aside inside this function (a function no other
        // encloses takes none), whose contexts were made after the marked function's: the
        // newest first has every list it merges final already.
        List<FuncCtx> todo = marked.subList(markedFrom, marked.size());
        todo.sort(Comparator.comparingInt((FuncCtx f) -> f.serial).reversed());
        for (FuncCtx f : todo) {
            merge(f);
        }
        todo.clear();
        items.subList(from, items.size()).clear();
    }

    private void check(Item it) {
        FuncCtx savedFn = c.fn;
        Scope savedScope = c.scope;
        Pos savedErrPos = c.errPos;
        String savedFallthrough = c.stmts.fallthroughError;
        int savedDepth = depth;
        c.fn = it.outer;
        c.scope = Scope.horizon(it.scope, it.seq);
        c.errPos = it.errPos;
        c.stmts.fallthroughError = it.fallthroughError;
        depth = 1;
        if (it.deps != null) {
            c.decls.pushDeps(it.deps);
        }
        try {
            it.ctx = c.stmts.laterBody(it.lit, it.name, it.sig);
        } finally {
            if (it.deps != null) {
                c.decls.popDeps();
            }
            c.fn = savedFn;
            c.scope = savedScope;
            c.errPos = savedErrPos;
            c.stmts.fallthroughError = savedFallthrough;
            depth = savedDepth;
        }
    }

    /**
     * {@code f}'s captures with each set-aside literal's inserted where it stood: the plain
     * check met a literal's references at that place, and a variable's first reference fixes
     * its place in the list. A literal's captures owned by {@code f} or by a function between
     * are not {@code f}'s.
     */
    private void merge(FuncCtx f) {
        List<Symbol.Var> own = f.finalCaptures;
        LinkedHashSet<Symbol.Var> out = new LinkedHashSet<>();
        int m = 0;
        for (int i = 0; i <= own.size(); i++) {
            while (m < f.marks.size() && f.marks.get(m).at() == i) {
                for (Symbol.Var v : f.marks.get(m).item().ctx.finalCaptures) {
                    FuncCtx owner = c.owner.get(v);
                    if (owner != null && owner.depth < f.depth) {
                        out.add(v);
                    }
                }
                m++;
            }
            if (i < own.size()) {
                out.add(own.get(i));
            }
        }
        f.marks = null;
        List<Symbol.Var> merged = List.copyOf(out);
        if (merged.equals(own)) {
            return;
        }
        f.finalCaptures = merged;
        FuncInfo old = c.info.funcs.get(f.node);
        c.info.funcs.put(f.node, new FuncInfo(old.node(), old.funcName(), old.signature(), old.symbol(), old.receiver(),
                old.params(), old.results(), merged, old.enclosing()));
    }
}
