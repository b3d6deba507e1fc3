package dev.spindle.lang.syntax;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
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

    /** A record class's accessors and canonical constructor, looked up once per class. */
    private record Shape(Method[] accessors, Constructor<?> constructor) {
    }

    /**
     * Looking the accessors and constructor up at every node (a fresh array of components,
     * a constructor search, an access check) cost more than the copy: a generic function
     * holding a 5,000-deep call chain took ~0.3 s to instantiate.
     */
    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            RecordComponent[] comps = type.getRecordComponents();
            Method[] accessors = new Method[comps.length];
            Class<?>[] types = new Class<?>[comps.length];
            for (int i = 0; i < comps.length; i++) {
                accessors[i] = comps[i].getAccessor();
                accessors[i].setAccessible(true);
                types[i] = comps[i].getType();
            }
            try {
                Constructor<?> k = type.getDeclaredConstructor(types);
                k.setAccessible(true);
                return new Shape(accessors, k);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("cannot copy " + type.getSimpleName(), e);
            }
        }
    };

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
                Shape shape = SHAPES.get(r.getClass());
                Method[] accessors = shape.accessors();
                Object[] args = new Object[accessors.length];
                try {
                    for (int i = 0; i < accessors.length; i++) {
                        args[i] = copy(accessors[i].invoke(r));
                    }
                    return shape.constructor().newInstance(args);
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
