package dev.spindle.lang.syntax;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks labels and branch statements the way the gc compiler's syntax package does ({@code
 * branches.go}): misplaced {@code break}/{@code continue}, labeled branches whose label does not
 * name an enclosing statement of the right kind, unused, duplicate and undefined labels, and gotos
 * that jump into a block or over a variable declaration. Messages are gc's, word for word.
 *
 * <p>Not run by {@link Parser#parse}: gc reports these together with the type checker's errors, so
 * the checker calls {@link #check(File)} on a file without syntax errors and merges the results.
 * Each function body (declared or literal) is checked on its own, with its own labels.
 */
public final class Branches {

    private final String fileName;
    private final List<SyntaxError> errors = new ArrayList<>();
    private Map<String, Label> labels;

    private Branches(String fileName) {
        this.fileName = fileName;
    }

    /** The branch and label errors of every function in the file, in no particular order. */
    public static List<SyntaxError> check(File file) {
        List<SyntaxError> all = new ArrayList<>();
        AstWalker.walk(file, n -> {
            Stmt.Block body = switch (n) {
                case Decl.FuncDecl f -> f.body();
                case Expr.FuncLit f -> f.body();
                default -> null;
            };
            if (body != null) {
                Branches b = new Branches(file.fileName());
                b.checkBody(body);
                all.addAll(b.errors);
            }
        });
        return all;
    }

    /** A label declaration: where, by which statement, and whether anything refers to it. */
    private static final class Label {
        final Block parent;
        final Stmt.Labeled lstmt;
        boolean used;

        Label(Block parent, Stmt.Labeled lstmt) {
            this.parent = parent;
            this.lstmt = lstmt;
        }
    }

    /** A block being checked: its enclosing block, start, and the labeled statement owning it. */
    private record Block(Block parent, Pos start, Stmt.Labeled lstmt) {
    }

    /** The statements that an unlabeled break or continue would leave or continue. */
    private record Targets(Stmt breaks, Stmt continues) {
    }

    private void err(Pos pos, String msg) {
        errors.add(new SyntaxError(fileName, pos, msg));
    }

    private String where(Pos p) {
        return fileName + ":" + p.line() + ":" + p.col();
    }

    private void checkBody(Stmt.Block body) {
        List<Stmt.Branch> fwd = blockBranches(null, new Targets(null, null), null, body.pos(), body.stmts());
        for (Stmt.Branch g : fwd) {
            String name = g.label().name();
            Label l = labels == null ? null : labels.get(name);
            if (l != null) {
                l.used = true;
                err(g.label().pos(), "goto " + name + " jumps into block starting at " + where(l.parent.start()));
            } else {
                err(g.label().pos(), "label " + name + " not defined");
            }
        }
        if (labels != null) {
            for (Label l : labels.values()) {
                if (!l.used) {
                    err(l.lstmt.label().pos(), "label " + l.lstmt.label().name() + " defined and not used");
                }
            }
        }
    }

    private Label declare(Block b, Stmt.Labeled s) {
        String name = s.label().name();
        if (labels == null) {
            labels = new LinkedHashMap<>();
        } else if (labels.get(name) instanceof Label alt) {
            err(s.pos(), "label " + name + " already defined at " + where(alt.lstmt.label().pos()));
            return alt;
        }
        Label l = new Label(b, s);
        labels.put(name, l);
        return l;
    }

    private Stmt.Labeled gotoTarget(Block b, String name) {
        Label l = labels == null ? null : labels.get(name);
        if (l == null) return null;
        l.used = true;
        for (; b != null; b = b.parent()) {
            if (l.parent == b) return l.lstmt;
        }
        return null;
    }

    /** The enclosing statement labeled name; null if undefined; INVALID if not enclosing. */
    private Stmt enclosingTarget(Block b, String name) {
        Label l = labels == null ? null : labels.get(name);
        if (l == null) return null;
        l.used = true;
        for (; b != null; b = b.parent()) {
            if (l.lstmt == b.lstmt()) return l.lstmt.stmt();
        }
        return INVALID;
    }

    private static final Stmt INVALID = new Stmt.Empty(Pos.NONE);

    private static boolean isLoop(Stmt s) {
        return s instanceof Stmt.For || s instanceof Stmt.Range;
    }

    private static boolean isBreakable(Stmt s) {
        return isLoop(s) || s instanceof Stmt.Switch || s instanceof Stmt.TypeSwitch || s instanceof Stmt.Select;
    }

    /** Checks a block's statements; returns its unresolved forward gotos. */
    private List<Stmt.Branch> blockBranches(Block parent, Targets ctxt, Stmt.Labeled owner, Pos start, List<Stmt> body) {
        Block b = new Block(parent, start, owner);
        List<Stmt.Branch> fwdGotos = new ArrayList<>();
        List<Stmt.Branch> badGotos = new ArrayList<>();
        Pos[] varPos = {null};
        String[] varName = {null};

        for (Stmt stmt0 : body) {
            Stmt.Labeled lstmt = null;
            Stmt stmt = stmt0;
            if (stmt instanceof Stmt.Labeled s) {
                String name = s.label().name();
                if (!name.equals("_")) {
                    Label l = declare(b, s);
                    List<Stmt.Branch> keep = new ArrayList<>();
                    for (Stmt.Branch fwd : fwdGotos) {
                        if (fwd.label().name().equals(name)) {
                            l.used = true;
                            if (varPos[0] != null && badGotos.contains(fwd)) {
                                err(fwd.label().pos(), "goto " + name + " jumps over declaration of " + varName[0]
                                        + " at " + where(varPos[0]));
                            }
                        } else {
                            keep.add(fwd);
                        }
                    }
                    fwdGotos = keep;
                    lstmt = s;
                }
                stmt = s.stmt();
                while (stmt instanceof Stmt.Labeled inner) {
                    // L1: L2: stmt — declare the inner labels as well
                    if (!inner.label().name().equals("_")) {
                        declare(b, inner);
                        lstmt = inner;
                    }
                    stmt = inner.stmt();
                }
            }
            final Stmt.Labeled own = lstmt;
            switch (stmt) {
                case Stmt.DeclStmt d when d.decl().keyword() == Token.VAR && !d.decl().specs().isEmpty() -> {
                    Spec.ValueSpec v = (Spec.ValueSpec) d.decl().specs().get(0);
                    varPos[0] = v.pos();
                    varName[0] = v.names().get(0).name();
                    badGotos = new ArrayList<>(fwdGotos);
                }
                case Stmt.Assign a when a.op() == Token.DEFINE -> {
                    varPos[0] = a.opPos();
                    StringBuilder sb = new StringBuilder();
                    ExprString.list(sb, a.lhs());
                    varName[0] = sb.toString();
                    badGotos = new ArrayList<>(fwdGotos);
                }
                case Stmt.Branch s -> {
                    if (s.label() == null) {
                        if (s.tok() == Token.BREAK && ctxt.breaks() == null) {
                            err(s.pos(), "break is not in a loop, switch, or select");
                        } else if (s.tok() == Token.CONTINUE && ctxt.continues() == null) {
                            err(s.pos(), "continue is not in a loop");
                        }
                        break;
                    }
                    String name = s.label().name();
                    switch (s.tok()) {
                        case BREAK -> {
                            Stmt t = enclosingTarget(b, name);
                            if (t == null) {
                                err(s.label().pos(), "break label not defined: " + name);
                            } else if (!isBreakable(t)) {
                                err(s.label().pos(), "invalid break label " + name);
                            }
                        }
                        case CONTINUE -> {
                            Stmt t = enclosingTarget(b, name);
                            if (t == null) {
                                err(s.label().pos(), "continue label not defined: " + name);
                            } else if (!isLoop(t)) {
                                err(s.label().pos(), "invalid continue label " + name);
                            }
                        }
                        case GOTO -> {
                            if (gotoTarget(b, name) == null) fwdGotos.add(s);
                        }
                        default -> {
                        }
                    }
                }
                case Stmt.Block blk -> fwdGotos.addAll(blockBranches(b, ctxt, own, blk.pos(), blk.stmts()));
                case Stmt.If i -> {
                    fwdGotos.addAll(blockBranches(b, ctxt, own, i.then().pos(), i.then().stmts()));
                    if (i.els() != null) {
                        fwdGotos.addAll(blockBranches(b, ctxt, own, i.els().pos(), List.of(i.els())));
                    }
                }
                case Stmt.For f -> fwdGotos.addAll(blockBranches(b, new Targets(f, f), own, f.body().pos(), f.body().stmts()));
                case Stmt.Range r -> fwdGotos.addAll(blockBranches(b, new Targets(r, r), own, r.body().pos(), r.body().stmts()));
                case Stmt.Switch sw -> {
                    Targets inner = new Targets(sw, ctxt.continues());
                    for (CaseClause cc : sw.clauses()) {
                        fwdGotos.addAll(blockBranches(b, inner, own, cc.pos(), cc.body()));
                    }
                }
                case Stmt.TypeSwitch sw -> {
                    Targets inner = new Targets(sw, ctxt.continues());
                    for (CaseClause cc : sw.clauses()) {
                        fwdGotos.addAll(blockBranches(b, inner, own, cc.pos(), cc.body()));
                    }
                }
                case Stmt.Select se -> {
                    Targets inner = new Targets(se, ctxt.continues());
                    for (CommClause cc : se.clauses()) {
                        fwdGotos.addAll(blockBranches(b, inner, own, cc.pos(), cc.body()));
                    }
                }
                default -> {
                }
            }
        }
        return fwdGotos;
    }
}
