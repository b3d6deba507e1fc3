package dev.spindle.lang.types;

import dev.spindle.lang.syntax.CaseClause;
import dev.spindle.lang.syntax.CommClause;
import dev.spindle.lang.syntax.Stmt;
import dev.spindle.lang.syntax.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code goto}: after a function body is checked, every goto is matched with its labeled
 * statement (recorded as its branch target) and checked as types2's labels.go does: the
 * label must be declared in the function ({@code label L not defined}), in the goto's block
 * or an enclosing one ({@code goto L jumps into block}), and a forward jump must not skip a
 * variable declaration of the label's block ({@code goto L jumps over variable declaration
 * at line N}).
 */
final class Gotos {
    private final Checker c;
    private final Map<String, Symbol.Label> labels;

    /** Where a statement sits: its block's statement list, its index, and the enclosing place. */
    private record Place(List<Stmt> block, int index, Place outer) {
    }

    private final Map<String, Place> labelPlaces = new HashMap<>();
    private final Map<String, Stmt.Labeled> labeled = new HashMap<>();
    private final List<Stmt.Branch> gotos = new ArrayList<>();
    private final Map<Stmt.Branch, Place> gotoPlaces = new HashMap<>();

    private Gotos(Checker c, Map<String, Symbol.Label> labels) {
        this.c = c;
        this.labels = labels;
    }

    /** Checks the gotos of one function body (not of the literals inside it: they have their own). */
    static void check(Checker c, Stmt.Block body, Map<String, Symbol.Label> labels) {
        Gotos g = new Gotos(c, labels);
        g.list(body.stmts(), null);
        for (Stmt.Branch b : g.gotos) {
            g.resolve(b);
        }
    }

    private void list(List<Stmt> stmts, Place outer) {
        for (int i = 0; i < stmts.size(); i++) {
            stmt(stmts.get(i), new Place(stmts, i, outer));
        }
    }

    private void stmt(Stmt s, Place at) {
        switch (s) {
            case Stmt.Labeled l -> {
                labelPlaces.putIfAbsent(l.label().name(), at);
                labeled.putIfAbsent(l.label().name(), l);
                stmt(l.stmt(), at);
            }
            case Stmt.Branch b when b.tok() == Token.GOTO && b.label() != null -> {
                gotos.add(b);
                gotoPlaces.put(b, at);
            }
            case Stmt.Block b -> list(b.stmts(), at);
            case Stmt.If i -> {
                list(i.then().stmts(), at);
                if (i.els() != null) {
                    stmt(i.els(), at);
                }
            }
            case Stmt.For f -> list(f.body().stmts(), at);
            case Stmt.Range r -> list(r.body().stmts(), at);
            case Stmt.Switch sw -> {
                for (CaseClause cc : sw.clauses()) {
                    list(cc.body(), at);
                }
            }
            case Stmt.TypeSwitch ts -> {
                for (CaseClause cc : ts.clauses()) {
                    list(cc.body(), at);
                }
            }
            case Stmt.Select sel -> {
                for (CommClause cc : sel.clauses()) {
                    list(cc.body(), at);
                }
            }
            default -> {
            }
        }
    }

    private void resolve(Stmt.Branch b) {
        String name = b.label().name();
        Symbol.Label lab = labels.get(name);
        Place target = labelPlaces.get(name);
        if (lab == null || target == null) {
            c.error(b.label().pos(), "label " + name + " not defined");
            return;
        }
        lab.markUsed();
        c.info.uses.put(b.label(), lab);
        // The label's block must be the goto's or one enclosing it.
        Place from = null;
        for (Place p = gotoPlaces.get(b); p != null; p = p.outer()) {
            if (p.block() == target.block()) {
                from = p;
                break;
            }
        }
        if (from == null) {
            c.error(b.label().pos(), "goto " + name + " jumps into block");
            return;
        }
        Stmt decl = null;
        for (int i = from.index() + 1; i < target.index(); i++) {
            Stmt s = target.block().get(i);
            if (s instanceof Stmt.Assign a && a.op() == Token.DEFINE
                    || s instanceof Stmt.DeclStmt d && d.decl().keyword() == Token.VAR) {
                decl = s;
            }
        }
        if (decl != null) {
            c.error(b.label().pos(), "goto " + name + " jumps over variable declaration at line " + decl.pos().line());
            return;
        }
        c.info.branchTargets.put(b, labeled.get(name));
    }
}
