package dev.spindle.lang.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Visits every node of a tree in source order (parents before children). The one place that
 * knows each record's children, so that passes which only care about a few node kinds (snippet
 * imports, tests that check positions) need no visitor of their own.
 */
public final class AstWalker {

    private AstWalker() {
    }

    /** Calls {@code visit} on {@code root} and every node below it, parents first. */
    public static void walk(Node root, Consumer<Node> visit) {
        // an explicit stack: deeply nested input must not overflow the Java stack here
        List<Node> stack = new ArrayList<>();
        stack.add(root);
        List<Node> kids = new ArrayList<>();
        while (!stack.isEmpty()) {
            Node n = stack.removeLast();
            if (n == null) continue;
            visit.accept(n);
            kids.clear();
            children(n, kids);
            for (int i = kids.size() - 1; i >= 0; i--) {
                stack.add(kids.get(i));
            }
        }
    }

    /** The direct children of {@code n}, in source order (absent optional children are skipped). */
    public static List<Node> children(Node n) {
        List<Node> out = new ArrayList<>();
        children(n, out);
        return out;
    }

    private static void add(List<Node> out, Node n) {
        if (n != null) out.add(n);
    }

    private static void children(Node n, List<Node> out) {
        switch (n) {
            case File f -> {
                add(out, f.packageName());
                out.addAll(f.imports());
                out.addAll(f.decls());
            }
            case Decl.FuncDecl f -> {
                add(out, f.recv());
                add(out, f.name());
                out.addAll(f.typeParams());
                add(out, f.type());
                add(out, f.body());
            }
            case Decl.GenDecl g -> out.addAll(g.specs());
            case Spec.ImportSpec s -> {
                add(out, s.name());
                add(out, s.path());
            }
            case Spec.ValueSpec s -> {
                out.addAll(s.names());
                add(out, s.type());
                out.addAll(s.values());
            }
            case Spec.TypeSpec s -> {
                add(out, s.name());
                out.addAll(s.typeParams());
                add(out, s.type());
            }
            case Field f -> {
                out.addAll(f.names());
                add(out, f.type());
                add(out, f.tag());
            }
            case CaseClause c -> {
                out.addAll(c.exprs());
                out.addAll(c.body());
            }
            case CommClause c -> {
                add(out, c.comm());
                out.addAll(c.body());
            }
            case Expr e -> exprChildren(e, out);
            case Stmt s -> stmtChildren(s, out);
        }
    }

    private static void exprChildren(Expr e, List<Node> out) {
        switch (e) {
            case Expr.Ident i -> {
            }
            case Expr.BasicLit b -> {
            }
            case Expr.Bad b -> {
            }
            case Expr.CompositeLit c -> {
                add(out, c.type());
                out.addAll(c.elts());
            }
            case Expr.KeyValue kv -> {
                add(out, kv.key());
                add(out, kv.value());
            }
            case Expr.FuncLit f -> {
                add(out, f.type());
                add(out, f.body());
            }
            case Expr.Paren p -> add(out, p.x());
            case Expr.Selector s -> {
                add(out, s.x());
                add(out, s.sel());
            }
            case Expr.Index i -> {
                add(out, i.x());
                out.addAll(i.indices());
            }
            case Expr.Slice s -> {
                add(out, s.x());
                add(out, s.lo());
                add(out, s.hi());
                add(out, s.max());
            }
            case Expr.TypeAssert t -> {
                add(out, t.x());
                add(out, t.type());
            }
            case Expr.Call c -> {
                add(out, c.fun());
                out.addAll(c.args());
            }
            case Expr.Star s -> add(out, s.x());
            case Expr.Unary u -> add(out, u.x());
            case Expr.Binary b -> {
                add(out, b.x());
                add(out, b.y());
            }
            case Expr.ArrayType a -> {
                add(out, a.len());
                add(out, a.elem());
            }
            case Expr.SliceType s -> add(out, s.elem());
            case Expr.MapType m -> {
                add(out, m.key());
                add(out, m.value());
            }
            case Expr.ChanType c -> add(out, c.elem());
            case Expr.FuncType f -> {
                out.addAll(f.params());
                out.addAll(f.results());
            }
            case Expr.StructType s -> out.addAll(s.fields());
            case Expr.InterfaceType i -> out.addAll(i.elems());
            case Expr.Ellipsis el -> add(out, el.elem());
        }
    }

    private static void stmtChildren(Stmt s, List<Node> out) {
        switch (s) {
            case Stmt.Block b -> out.addAll(b.stmts());
            case Stmt.ExprStmt e -> add(out, e.x());
            case Stmt.Send se -> {
                add(out, se.chan());
                add(out, se.value());
            }
            case Stmt.IncDec i -> add(out, i.x());
            case Stmt.Assign a -> {
                out.addAll(a.lhs());
                out.addAll(a.rhs());
            }
            case Stmt.DeclStmt d -> add(out, d.decl());
            case Stmt.Go g -> add(out, g.call());
            case Stmt.Defer d -> add(out, d.call());
            case Stmt.Return r -> out.addAll(r.results());
            case Stmt.Branch b -> add(out, b.label());
            case Stmt.Labeled l -> {
                add(out, l.label());
                add(out, l.stmt());
            }
            case Stmt.If i -> {
                add(out, i.init());
                add(out, i.cond());
                add(out, i.then());
                add(out, i.els());
            }
            case Stmt.Switch sw -> {
                add(out, sw.init());
                add(out, sw.tag());
                out.addAll(sw.clauses());
            }
            case Stmt.TypeSwitch ts -> {
                add(out, ts.init());
                add(out, ts.binding());
                add(out, ts.x());
                out.addAll(ts.clauses());
            }
            case Stmt.Select se -> out.addAll(se.clauses());
            case Stmt.For f -> {
                add(out, f.init());
                add(out, f.cond());
                add(out, f.post());
                add(out, f.body());
            }
            case Stmt.Range r -> {
                add(out, r.key());
                add(out, r.value());
                add(out, r.x());
                add(out, r.body());
            }
            case Stmt.Empty e -> {
            }
            case Stmt.Bad b -> {
            }
        }
    }
}
