package dev.spindle.lang.syntax;

import java.util.List;

/**
 * Prints expressions (and the simple statements that Go's messages quote) the way Go's error
 * messages show them: {@code label + n}, {@code []int{…}}, {@code func(x int) {…}}, {@code <-ch}.
 * This is the short form of Go's syntax printer (types2 quotes expressions with it): non-empty
 * composite literal and function bodies become {@code …}, binary operators get a blank on each
 * side, parentheses appear where the source has them.
 */
public final class ExprString {

    private ExprString() {
    }

    /** The expression as Go's messages print it. */
    public static String of(Expr x) {
        StringBuilder sb = new StringBuilder();
        expr(sb, x);
        return sb.toString();
    }

    /** A simple statement as Go's messages print it ({@code x := 1}, {@code i++}, {@code ch <- v}). */
    public static String of(Stmt s) {
        StringBuilder sb = new StringBuilder();
        switch (s) {
            case Stmt.ExprStmt e -> expr(sb, e.x());
            case Stmt.Assign a -> {
                list(sb, a.lhs());
                sb.append(' ').append(a.op().text()).append(' ');
                list(sb, a.rhs());
            }
            case Stmt.IncDec i -> {
                expr(sb, i.x());
                sb.append(i.op().text());
            }
            case Stmt.Send se -> {
                expr(sb, se.chan());
                sb.append(" <- ");
                expr(sb, se.value());
            }
            default -> sb.append(s.getClass().getSimpleName().toLowerCase()).append(" statement");
        }
        return sb.toString();
    }

    static void list(StringBuilder sb, List<Expr> xs) {
        for (int i = 0; i < xs.size(); i++) {
            if (i > 0) sb.append(", ");
            expr(sb, xs.get(i));
        }
    }

    private static void expr(StringBuilder sb, Expr x) {
        switch (x) {
            case null -> {
            }
            case Expr.Ident i -> sb.append(i.name());
            case Expr.BasicLit b -> sb.append(b.raw());
            case Expr.CompositeLit c -> {
                if (c.type() != null) expr(sb, c.type());
                sb.append(c.elts().isEmpty() ? "{}" : "{…}");
            }
            case Expr.KeyValue kv -> {
                expr(sb, kv.key());
                sb.append(": ");
                expr(sb, kv.value());
            }
            case Expr.FuncLit f -> {
                expr(sb, f.type());
                sb.append(f.body().stmts().isEmpty() ? " {}" : " {…}");
            }
            case Expr.Paren p -> {
                sb.append('(');
                expr(sb, p.x());
                sb.append(')');
            }
            case Expr.Selector s -> {
                expr(sb, s.x());
                sb.append('.').append(s.sel().name());
            }
            case Expr.Index ix -> {
                expr(sb, ix.x());
                sb.append('[');
                list(sb, ix.indices());
                sb.append(']');
            }
            case Expr.Slice s -> {
                expr(sb, s.x());
                sb.append('[');
                expr(sb, s.lo());
                sb.append(':');
                expr(sb, s.hi());
                if (s.full()) {
                    sb.append(':');
                    expr(sb, s.max());
                }
                sb.append(']');
            }
            case Expr.TypeAssert t -> {
                expr(sb, t.x());
                sb.append(".(");
                if (t.type() == null) sb.append("type");
                else expr(sb, t.type());
                sb.append(')');
            }
            case Expr.Call c -> {
                expr(sb, c.fun());
                sb.append('(');
                list(sb, c.args());
                if (c.hasEllipsis()) sb.append("...");
                sb.append(')');
            }
            case Expr.Star s -> {
                sb.append('*');
                expr(sb, s.x());
            }
            case Expr.Unary u -> {
                sb.append(u.op().text());
                expr(sb, u.x());
            }
            case Expr.Binary b -> {
                expr(sb, b.x());
                sb.append(' ').append(b.op().text()).append(' ');
                expr(sb, b.y());
            }
            case Expr.ArrayType a -> {
                sb.append('[');
                if (a.len() == null) sb.append("...");
                else expr(sb, a.len());
                sb.append(']');
                expr(sb, a.elem());
            }
            case Expr.SliceType s -> {
                sb.append("[]");
                expr(sb, s.elem());
            }
            case Expr.MapType m -> {
                sb.append("map[");
                expr(sb, m.key());
                sb.append(']');
                expr(sb, m.value());
            }
            case Expr.ChanType c -> {
                switch (c.dir()) {
                    case BOTH -> sb.append("chan ");
                    case SEND -> sb.append("chan<- ");
                    case RECV -> sb.append("<-chan ");
                }
                // chan (<-chan int) needs parentheses to keep its meaning
                boolean paren = c.dir() == ChanDir.BOTH && c.elem() instanceof Expr.ChanType e && e.dir() == ChanDir.RECV;
                if (paren) sb.append('(');
                expr(sb, c.elem());
                if (paren) sb.append(')');
            }
            case Expr.FuncType f -> {
                sb.append("func");
                signature(sb, f);
            }
            case Expr.StructType s -> {
                sb.append("struct{");
                fields(sb, s.fields(), "; ");
                sb.append('}');
            }
            case Expr.InterfaceType it -> {
                sb.append("interface{");
                for (int i = 0; i < it.elems().size(); i++) {
                    if (i > 0) sb.append("; ");
                    Field f = it.elems().get(i);
                    if (!f.names().isEmpty() && f.type() instanceof Expr.FuncType ft) {
                        sb.append(f.names().get(0).name());
                        signature(sb, ft);
                    } else {
                        expr(sb, f.type());
                    }
                }
                sb.append('}');
            }
            case Expr.Ellipsis e -> {
                sb.append("...");
                expr(sb, e.elem());
            }
            case Expr.Bad b -> sb.append("<bad expr>");
        }
    }

    private static void signature(StringBuilder sb, Expr.FuncType f) {
        sb.append('(');
        fields(sb, f.params(), ", ");
        sb.append(')');
        List<Field> res = f.results();
        if (res.isEmpty()) return;
        sb.append(' ');
        if (res.size() == 1 && res.get(0).names().isEmpty()) {
            expr(sb, res.get(0).type());
        } else {
            sb.append('(');
            fields(sb, res, ", ");
            sb.append(')');
        }
    }

    private static void fields(StringBuilder sb, List<Field> fs, String sep) {
        for (int i = 0; i < fs.size(); i++) {
            if (i > 0) sb.append(sep);
            Field f = fs.get(i);
            for (int k = 0; k < f.names().size(); k++) {
                if (k > 0) sb.append(", ");
                sb.append(f.names().get(k).name());
            }
            if (!f.names().isEmpty()) sb.append(' ');
            expr(sb, f.type());
            if (f.tag() != null) sb.append(' ').append(f.tag().raw());
        }
    }
}
