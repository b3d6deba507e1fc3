package dev.spindle.lang.compile;

import dev.spindle.lang.syntax.AstWalker;
import dev.spindle.lang.syntax.Expr;
import dev.spindle.lang.syntax.File;
import dev.spindle.lang.syntax.Token;
import dev.spindle.lang.types.Info;
import dev.spindle.lang.types.Selection;
import dev.spindle.lang.types.Symbol;
import java.util.Set;

/**
 * Decides which variables live on the heap in a Box (the vm's heap cell): those a
 * function literal captures (the checker marks them) and those whose address is taken, by
 * {@code &x} or implicitly by calling a pointer method on an addressable {@code x}. Struct and
 * array variables never need a box: their holder already is their address.
 */
final class Escapes {
    private Escapes() {}

    static void analyze(Info info, Set<Symbol.Var> boxed, File file) {
        analyze(info, boxed, (dev.spindle.lang.syntax.Node) file);
        // Range-over-func rewrites and instances of generic functions and methods are outside the file's tree.
        for (dev.spindle.lang.syntax.Stmt.Block b : info.rangeFuncRewrites()) {
            analyze(info, boxed, b);
        }
        for (dev.spindle.lang.types.FuncInfo fi : info.funcList()) {
            if (fi.symbol() != null && fi.symbol().instanceName() != null) {
                analyze(info, boxed, fi.node());
            }
        }
    }

    private static void analyze(Info info, Set<Symbol.Var> boxed, dev.spindle.lang.syntax.Node root) {
        AstWalker.walk(root, n -> {
            if (n instanceof Expr.Ident id && info.symbolOf(id) instanceof Symbol.Var v && v.captured()) {
                mark(boxed, v);
            } else if (n instanceof Expr.Unary u && u.op() == Token.AND) {
                markIdent(info, boxed, u.x());
            } else if (n instanceof Expr.Selector s) {
                Selection sel = info.selections().get(s);
                if (sel != null && sel.recvAdjust() == Selection.RecvAdjust.ADDRESS_OF && sel.path().isEmpty()) {
                    markIdent(info, boxed, s.x());
                }
            }
        });
    }

    private static void markIdent(Info info, Set<Symbol.Var> boxed, Expr x) {
        while (x instanceof Expr.Paren p) {
            x = p.x();
        }
        if (x instanceof Expr.Ident id && info.symbolOf(id) instanceof Symbol.Var v) {
            mark(boxed, v);
        }
    }

    private static void mark(Set<Symbol.Var> boxed, Symbol.Var v) {
        if (!Layouts.aggregate(v.type()) && v.kind() != Symbol.VarKind.GLOBAL) {
            boxed.add(v);
        }
    }
}
