package dev.spindle.lang.syntax;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.List;

/**
 * Prints a tree as an S-expression without positions — {@code (Binary (Ident a) + (Ident b))} —
 * for tests that compare structure (nodes compare by identity, so {@code equals} cannot) and for
 * debugging. Identifiers print as their name, literals as their raw text, absent children as
 * {@code _}, lists in brackets.
 */
public final class AstPrinter {

    private AstPrinter() {
    }

    /** The S-expression of {@code node} (any node, list of nodes, token or value). */
    public static String print(Object node) {
        StringBuilder sb = new StringBuilder();
        print(sb, node);
        return sb.toString();
    }

    private static void print(StringBuilder sb, Object x) {
        switch (x) {
            case null -> sb.append('_');
            case Expr.Ident i -> sb.append(i.name());
            case Expr.BasicLit b -> sb.append(b.raw());
            case Token t -> sb.append(t.text());
            case List<?> list -> {
                sb.append('[');
                for (int i = 0; i < list.size(); i++) {
                    if (i > 0) sb.append(' ');
                    print(sb, list.get(i));
                }
                sb.append(']');
            }
            case Record r -> {
                String name = r.getClass().getSimpleName();
                sb.append('(').append(name);
                for (RecordComponent c : r.getClass().getRecordComponents()) {
                    if (c.getType() == Pos.class || c.getName().equals("fileName")) continue;
                    sb.append(' ');
                    print(sb, component(r, c));
                }
                sb.append(')');
            }
            default -> sb.append(x);
        }
    }

    private static Object component(Record r, RecordComponent c) {
        try {
            return c.getAccessor().invoke(r);
        } catch (IllegalAccessException | InvocationTargetException e) {
            return "?";
        }
    }
}
