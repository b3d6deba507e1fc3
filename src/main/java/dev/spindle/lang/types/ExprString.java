package dev.spindle.lang.types;

import dev.spindle.lang.syntax.Expr;
import dev.spindle.lang.syntax.Field;
import java.util.List;

/**
 * Expressions printed as types2 prints them in messages (syntax.String's short form):
 * {@code a + b}, {@code f(x, y)}, {@code <-ch}, function literals as {@code func() {…}} and
 * composite literals as {@code T{…}}.
 */
final class ExprString {
    private ExprString() {
    }

    static String of(Expr e) {
        StringBuilder sb = new StringBuilder();
        write(sb, e);
        return sb.toString();
    }

    private static void write(StringBuilder sb, Expr e) {
        switch (e) {
            case null -> {
            }
            case Expr.Ident id -> sb.append(id.name());
            case Expr.BasicLit lit -> sb.append(lit.raw());
            case Expr.CompositeLit c -> {
                write(sb, c.type());
                sb.append("{…}");
            }
            case Expr.KeyValue kv -> {
                write(sb, kv.key());
                sb.append(": ");
                write(sb, kv.value());
            }
            case Expr.FuncLit f -> {
                write(sb, f.type());
                sb.append(" {…}");
            }
            case Expr.Paren p -> {
                sb.append('(');
                write(sb, p.x());
                sb.append(')');
            }
            case Expr.Selector s -> {
                write(sb, s.x());
                sb.append('.').append(s.sel().name());
            }
            case Expr.Index ix -> {
                write(sb, ix.x());
                sb.append('[');
                list(sb, ix.indices());
                sb.append(']');
            }
            case Expr.Slice s -> {
                write(sb, s.x());
                sb.append('[');
                write(sb, s.lo());
                sb.append(':');
                write(sb, s.hi());
                if (s.full()) {
                    sb.append(':');
                    write(sb, s.max());
                }
                sb.append(']');
            }
            case Expr.TypeAssert t -> {
                write(sb, t.x());
                sb.append(".(");
                if (t.type() == null) {
                    sb.append("type");
                } else {
                    write(sb, t.type());
                }
                sb.append(')');
            }
            case Expr.Call c -> {
                write(sb, c.fun());
                sb.append('(');
                list(sb, c.args());
                if (c.hasEllipsis()) {
                    sb.append("...");
                }
                sb.append(')');
            }
            case Expr.Star s -> {
                sb.append('*');
                write(sb, s.x());
            }
            case Expr.Unary u -> {
                sb.append(u.op().text());
                write(sb, u.x());
            }
            case Expr.Binary b -> {
                write(sb, b.x());
                sb.append(' ').append(b.op().text()).append(' ');
                write(sb, b.y());
            }
            case Expr.ArrayType a -> {
                sb.append('[');
                if (a.len() == null) {
                    sb.append("...");
                } else {
                    write(sb, a.len());
                }
                sb.append(']');
                write(sb, a.elem());
            }
            case Expr.SliceType s -> {
                sb.append("[]");
                write(sb, s.elem());
            }
            case Expr.MapType m -> {
                sb.append("map[");
                write(sb, m.key());
                sb.append(']');
                write(sb, m.value());
            }
            case Expr.ChanType c -> {
                sb.append(switch (c.dir()) {
                    case BOTH -> "chan ";
                    case SEND -> "chan<- ";
                    case RECV -> "<-chan ";
                });
                write(sb, c.elem());
            }
            case Expr.FuncType f -> {
                sb.append("func(");
                fields(sb, f.params());
                sb.append(')');
                if (!f.results().isEmpty()) {
                    sb.append(' ');
                    boolean paren = f.results().size() > 1 || !f.results().getFirst().names().isEmpty();
                    if (paren) {
                        sb.append('(');
                    }
                    fields(sb, f.results());
                    if (paren) {
                        sb.append(')');
                    }
                }
            }
            case Expr.StructType s -> sb.append(s.fields().isEmpty() ? "struct{}" : "struct{…}");
            case Expr.InterfaceType i -> sb.append(i.elems().isEmpty() ? "interface{}" : "interface{…}");
            case Expr.Ellipsis el -> {
                sb.append("...");
                write(sb, el.elem());
            }
            case Expr.Bad b -> sb.append("BadExpr");
        }
    }

    private static void list(StringBuilder sb, List<Expr> es) {
        for (int i = 0; i < es.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            write(sb, es.get(i));
        }
    }

    private static void fields(StringBuilder sb, List<Field> fs) {
        for (int i = 0; i < fs.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            Field f = fs.get(i);
            for (int k = 0; k < f.names().size(); k++) {
                if (k > 0) {
                    sb.append(", ");
                }
                sb.append(f.names().get(k).name());
            }
            if (!f.names().isEmpty()) {
                sb.append(' ');
            }
            write(sb, f.type());
        }
    }
}
