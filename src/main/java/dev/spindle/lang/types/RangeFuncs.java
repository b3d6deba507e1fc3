package dev.spindle.lang.types;

import dev.spindle.lang.syntax.CaseClause;
import dev.spindle.lang.syntax.CommClause;
import dev.spindle.lang.syntax.Expr;
import dev.spindle.lang.syntax.Field;
import dev.spindle.lang.syntax.LitKind;
import dev.spindle.lang.syntax.Pos;
import dev.spindle.lang.syntax.Stmt;
import dev.spindle.lang.syntax.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Range over functions (Go 1.23 iterators): {@code for k, v := range seq { body }} is checked
 * and compiled as the call it means,
 *
 * <pre>
 * {
 *     #next := 0
 *     var #r0 R0 ...                      // only when the body returns
 *     seq(func(k K, v V) bool { body'; return true })
 *     if #next == 1 { return #r0, ... }   // the body returned
 *     if #next == 2 { break L }           // the body left an outer loop (one test per such branch)
 * }
 * </pre>
 *
 * where body' has {@code continue} as {@code return true}, {@code break} as {@code return false},
 * and a {@code return} or a branch to an outer label as "record it in #next (and the results),
 * then {@code return false}". The rewrite is recorded in {@link Info#rangeFunc} and the compiler
 * compiles it in place of the loop; the yield function is an ordinary closure, so the loop
 * variables are per iteration as Go 1.22 wants. Not modelled: {@code defer} inside the body
 * (it runs when the yield call returns rather than with the enclosing function) and Go's
 * runtime checks on iterators that keep calling yield after it returned false.
 */
final class RangeFuncs {
    private final Checker c;
    private final Stmts s;
    /** What runs after the yield call for each exit code from 2 on: a branch, or an outer rewrite's return. */
    private final List<Stmt> exits = new ArrayList<>();
    private final List<Stmt.Return> returns = new ArrayList<>();
    /** Labels declared inside the body: branches to them stay inside. */
    private final java.util.Set<String> inner = new java.util.HashSet<>();
    private int hidden;
    private Pos at;
    private String ownLabel;
    private boolean ownLabelUsed;
    /** This rewrite's names (unique per rewrite, so that nested iterator loops keep theirs apart). */
    private String next;
    private String res;

    RangeFuncs(Checker c, Stmts s) {
        this.c = c;
        this.s = s;
    }

    /** Whether {@code sig} has an iterator's shape; null if so, else why not (types2's words). */
    static String shape(Signature sig) {
        if (sig.params().size() != 1 || !sig.results().isEmpty()
                || !(sig.params().getFirst().underlying() instanceof Signature y)) {
            return sig.params().size() != 1 ? "func must be func(yield func(...) bool): wrong argument count"
                    : !sig.results().isEmpty() ? "func must be func(yield func(...) bool): wrong result count"
                    : "func must be func(yield func(...) bool): argument is not func";
        }
        if (y.params().size() > 2) {
            return "func must be func(yield func(...) bool): yield func has too many parameters";
        }
        if (y.results().size() != 1 || !(y.results().getFirst().underlying() instanceof Basic b) || !b.isBoolean()) {
            return "func must be func(yield func(...) bool): yield func does not return bool";
        }
        return null;
    }

    /** Checks {@code r} (whose range expression {@code x} is an iterator) through its rewrite. */
    void check(Stmt.Range r, String label, Operand x, Signature sig) {
        at = r.pos();
        ownLabel = label;
        int serial = c.info.rangeFuncs.size();
        next = "#next" + serial;
        res = "#r" + serial + "_";
        Signature yield = (Signature) sig.params().getFirst().underlying();
        int nvars = (r.key() != null ? 1 : 0) + (r.value() != null ? 1 : 0);
        if (nvars > yield.params().size()) {
            Expr extra = yield.params().isEmpty() ? r.key() : r.value();
            c.error(extra.pos(), "range over " + c.describe(x) + " permits only "
                    + (yield.params().isEmpty() ? "no iteration variables" : "one iteration variable"));
            return;
        }
        Scope saved = c.scope;
        c.scope = new Scope(c.scope, Scope.Kind.BLOCK);
        try {
            List<Stmt> out = new ArrayList<>();
            // The parameters of the yield function and, for "=", the assignments to the targets.
            List<Field> params = new ArrayList<>();
            List<Stmt> prologue = new ArrayList<>();
            Expr[] vars = {r.key(), r.value()};
            for (int i = 0; i < yield.params().size(); i++) {
                Expr.Ident typeName = hiddenType(yield.params().get(i));
                Expr v = i < 2 ? vars[i] : null;
                if (v != null && r.tok() == Token.DEFINE && v instanceof Expr.Ident id) {
                    params.add(new Field(id.pos(), List.of(id), typeName, null));
                } else {
                    Expr.Ident p = ident("#p" + i);
                    params.add(new Field(at, List.of(p), typeName, null));
                    if (v != null && r.tok() == Token.ASSIGN) {
                        prologue.add(new Stmt.Assign(v.pos(), List.of(v), Token.ASSIGN, v.pos(), List.of(ident(p.name()))));
                    } else if (v != null) {
                        c.error(v.pos(), "non-name " + dev.spindle.lang.syntax.ExprString.of(v) + " on left side of :=");
                    }
                }
            }
            List<Stmt> body = new ArrayList<>(prologue);
            body.addAll(list(r.body().stmts(), 0, 0));
            body.add(synthetic(new Stmt.Return(r.body().rbrace(), List.of(ident("true")))));
            Expr.FuncType ft = new Expr.FuncType(at, params, List.of(new Field(at, List.of(), ident("bool"), null)));
            Expr.FuncLit lit = new Expr.FuncLit(r.body().pos(), ft, new Stmt.Block(r.body().pos(), body, r.body().rbrace()));
            List<Stmt> decls = new ArrayList<>();
            if (!returns.isEmpty() || !exits.isEmpty()) {
                decls.add(new Stmt.Assign(at, List.of(ident(next)), Token.DEFINE, at, List.of(intLit(0))));
            }
            Signature fs = c.fn == null ? null : c.fn.sig;
            List<Expr> results = new ArrayList<>();
            if (!returns.isEmpty() && fs != null) {
                for (int i = 0; i < fs.results().size(); i++) {
                    Expr.Ident ri = ident(res + i);
                    results.add(ident(ri.name()));
                    decls.add(varDecl(ri, hiddenType(fs.results().get(i))));
                }
            }
            out.addAll(decls);
            out.add(new Stmt.ExprStmt(at, new Expr.Call(at, r.x(), at, List.of(lit), null, r.body().rbrace())));
            if (!returns.isEmpty()) {
                boolean bare = returns.stream().allMatch(rt -> rt.results().isEmpty());
                out.add(ifNext(1, new Stmt.Return(at, bare ? List.of() : results)));
            }
            for (int k = 0; k < exits.size(); k++) {
                out.add(ifNext(k + 2, exits.get(k)));
            }
            Stmt.Block block = new Stmt.Block(at, out, r.body().rbrace());
            c.info.rangeFuncs.put(r, block);
            s.block(block);
            if (ownLabelUsed && ownLabel != null && s.labels.get(ownLabel) != null) {
                s.labels.get(ownLabel).markUsed();
            }
        } finally {
            c.scope = saved;
        }
    }

    private Stmt ifNext(int n, Stmt then) {
        Expr cond = new Expr.Binary(at, ident(next), Token.EQL, at, intLit(n));
        return new Stmt.If(at, null, cond, new Stmt.Block(at, List.of(then), at), null);
    }

    private Stmt varDecl(Expr.Ident name, Expr type) {
        var spec = new dev.spindle.lang.syntax.Spec.ValueSpec(name.pos(), List.of(name), type, List.of(), 0);
        return new Stmt.DeclStmt(at, new dev.spindle.lang.syntax.Decl.GenDecl(at, Token.VAR, null, List.of(spec), null));
    }

    private Expr.Ident ident(String name) {
        return new Expr.Ident(at, name);
    }

    private Expr intLit(long v) {
        return new Expr.BasicLit(at, LitKind.INT, Long.toString(v));
    }

    /** A name for type {@code t} in the rewrite's scope (the rewrite is syntax; its types are already known). */
    private Expr.Ident hiddenType(Type t) {
        String n = "#T" + hidden++;
        c.scope.insert(new Symbol.TypeName(n, t, c.pkgPath, at.line(), at.col()));
        return ident(n);
    }

    // ---- the body's rewrite ----

    /**
     * The statements with their exits rewritten. {@code loops} counts the loops entered inside
     * the body (an unlabeled continue inside one is its own), {@code breakables} the loops,
     * switches and selects (an unlabeled break inside one is its own).
     */
    private List<Stmt> list(List<Stmt> stmts, int loops, int breakables) {
        List<Stmt> out = new ArrayList<>(stmts.size());
        for (Stmt st : stmts) {
            out.add(stmt(st, loops, breakables));
        }
        return out;
    }

    private Stmt.Block block(Stmt.Block b, int loops, int breakables) {
        return new Stmt.Block(b.pos(), list(b.stmts(), loops, breakables), b.rbrace());
    }

    private Stmt stmt(Stmt st, int loops, int breakables) {
        return switch (st) {
            case Stmt.Block b -> block(b, loops, breakables);
            case Stmt.Labeled l when inner.add(l.label().name()) || true -> new Stmt.Labeled(l.pos(), l.label(), stmt(l.stmt(), loops, breakables));
            case Stmt.If i -> new Stmt.If(i.pos(), i.init(), i.cond(), block(i.then(), loops, breakables),
                    i.els() == null ? null : stmt(i.els(), loops, breakables));
            case Stmt.For f -> new Stmt.For(f.pos(), f.init(), f.cond(), f.post(), block(f.body(), loops + 1, breakables + 1));
            case Stmt.Range r -> new Stmt.Range(r.pos(), r.key(), r.value(), r.tok(), r.x(),
                    block(r.body(), loops + 1, breakables + 1));
            case Stmt.Switch sw -> new Stmt.Switch(sw.pos(), sw.init(), sw.tag(), clauses(sw.clauses(), loops, breakables + 1),
                    sw.rbrace());
            case Stmt.TypeSwitch ts -> new Stmt.TypeSwitch(ts.pos(), ts.init(), ts.binding(), ts.x(), ts.assertPos(),
                    clauses(ts.clauses(), loops, breakables + 1), ts.rbrace());
            case Stmt.Select sel -> {
                List<CommClause> cs = new ArrayList<>();
                for (CommClause cc : sel.clauses()) {
                    cs.add(new CommClause(cc.pos(), cc.comm(), cc.colon(), list(cc.body(), loops, breakables + 1)));
                }
                yield new Stmt.Select(sel.pos(), cs, sel.rbrace());
            }
            case Stmt.Branch b -> branch(b, loops, breakables);
            case Stmt.Return r when s.synthetic.contains(r) -> {
                // an enclosing iterator loop's exit: leave this yield function too, then take it
                exits.add(r);
                yield exit(r.pos(), exits.size() + 1, new ArrayList<>());
            }
            case Stmt.Return r -> {
                returns.add(r);
                List<Stmt> seq = new ArrayList<>();
                if (!r.results().isEmpty()) {
                    List<Expr> lhs = new ArrayList<>();
                    int n = c.fn == null ? 0 : c.fn.sig.results().size();
                    for (int i = 0; i < n; i++) {
                        lhs.add(new Expr.Ident(r.pos(), res + i));
                    }
                    seq.add(new Stmt.Assign(r.pos(), lhs, Token.ASSIGN, r.pos(), r.results()));
                }
                yield exit(r.pos(), 1, seq);
            }
            default -> st;
        };
    }

    private List<CaseClause> clauses(List<CaseClause> cs, int loops, int breakables) {
        List<CaseClause> out = new ArrayList<>();
        for (CaseClause cc : cs) {
            out.add(new CaseClause(cc.pos(), cc.exprs(), cc.isDefault(), cc.colon(), list(cc.body(), loops, breakables)));
        }
        return out;
    }

    private Stmt branch(Stmt.Branch b, int loops, int breakables) {
        boolean mine = b.label() == null ? (b.tok() == Token.CONTINUE ? loops == 0 : b.tok() == Token.BREAK && breakables == 0)
                : b.label().name().equals(ownLabel);
        if (b.tok() != Token.BREAK && b.tok() != Token.CONTINUE) {
            return b; // goto, fallthrough: stay where they are
        }
        if (mine) {
            if (b.label() != null) {
                ownLabelUsed = true;
            }
            return synthetic(new Stmt.Return(b.pos(), List.of(new Expr.Ident(b.pos(), b.tok() == Token.CONTINUE ? "true" : "false"))));
        }
        if (b.label() == null || inner.contains(b.label().name())) {
            return b; // an inner loop's or switch's own
        }
        // A branch to a loop outside the iterator: leave the yield function, then branch.
        exits.add(b);
        return exit(b.pos(), exits.size() + 1, new ArrayList<>());
    }

    private Stmt exit(Pos pos, int code, List<Stmt> seq) {
        seq.add(new Stmt.Assign(pos, List.of(new Expr.Ident(pos, next)), Token.ASSIGN, pos,
                List.of(new Expr.BasicLit(pos, LitKind.INT, Integer.toString(code)))));
        seq.add(synthetic(new Stmt.Return(pos, List.of(new Expr.Ident(pos, "false")))));
        return new Stmt.Block(pos, seq, pos);
    }

    /** A return of the rewrite's own making, which a nested rewrite must carry out rather than re-target. */
    private Stmt.Return synthetic(Stmt.Return r) {
        s.synthetic.add(r);
        return r;
    }
}
