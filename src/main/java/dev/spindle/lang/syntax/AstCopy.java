package dev.spindle.lang.syntax;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/**
 * A deep copy of a subtree: every node fresh (nodes compare by identity, so the copy's nodes
 * are new keys for the checker), positions kept. The checker instantiates a generic function
 * or type by checking a copy of its declaration with the type parameters bound to the type
 * arguments (see {@code lang.compile}'s package essay: Spindle monomorphises).
 *
 * <p>Reflective over the records, like {@link AstPrinter}, so that a new node kind needs no
 * change here. Iterative over lists but recursive over nesting: the parser already bounds the
 * depth of what it accepts.
 */
public final class AstCopy {

    private AstCopy() {
    }

    /** A fresh copy of {@code node} (and of everything below it). */
    @SuppressWarnings("unchecked")
    public static <T> T of(T node) {
        return (T) copy(node);
    }

    private static Object copy(Object x) {
        switch (x) {
            case null -> {
                return null;
            }
            case List<?> list -> {
                List<Object> out = new ArrayList<>(list.size());
                for (Object o : list) {
                    out.add(copy(o));
                }
                return out;
            }
            case Pos p -> {
                return p;
            }
            case Record r -> {
                RecordComponent[] comps = r.getClass().getRecordComponents();
                Object[] args = new Object[comps.length];
                Class<?>[] types = new Class<?>[comps.length];
                try {
                    for (int i = 0; i < comps.length; i++) {
                        types[i] = comps[i].getType();
                        args[i] = copy(comps[i].getAccessor().invoke(r));
                    }
                    Constructor<?> k = r.getClass().getDeclaredConstructor(types);
                    k.setAccessible(true);
                    return k.newInstance(args);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot copy " + r.getClass().getSimpleName(), e);
                }
            }
            default -> {
                return x; // tokens, strings, numbers: immutable
            }
        }
    }
}
