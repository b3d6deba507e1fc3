package dev.spindle.lang.types;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Field and method lookup through embedded fields (spec "Selectors"): a breadth-first walk
 * by embedding depth; the shallowest match wins, two at the same depth are ambiguous. The
 * result carries the path of field indices the compiler follows to reach the field, or the
 * embedded value that is the method's receiver.
 */
public final class Lookup {
    private Lookup() {
    }

    public enum Kind { FIELD, METHOD, INTERFACE_METHOD, NOT_FOUND, AMBIGUOUS }

    /**
     * A lookup result. {@code path} lists field indices from the operand to the field (its
     * last element is the field itself) or, for methods, to the embedded receiver (empty when
     * the method is the operand's own). {@code indirect} is true if the walk went through a
     * pointer (the operand itself or an embedded {@code *T}).
     */
    public record Found(Kind kind, List<Integer> path, Struct.Field field, Symbol.Func method,
                        Interface.Method imethod, boolean indirect) {

        static final Found NOT_FOUND = new Found(Kind.NOT_FOUND, List.of(), null, null, null, false);
        static final Found AMBIGUOUS = new Found(Kind.AMBIGUOUS, List.of(), null, null, null, false);

        public boolean found() {
            return kind == Kind.FIELD || kind == Kind.METHOD || kind == Kind.INTERFACE_METHOD;
        }

        /** The selected member's type (the method's signature without receiver). */
        public Type type() {
            return switch (kind) {
                case FIELD -> field.type();
                case METHOD -> method.type();
                case INTERFACE_METHOD -> imethod.sig();
                default -> Basic.INVALID;
            };
        }
    }

    private record Entry(Type type, List<Integer> path, boolean indirect) {
    }

    public static Found fieldOrMethod(Type t, String name) {
        // A defined pointer type (type P *node) has no methods of its own, but p.f selects
        // the field f of *p; a method found that way is not p's (go/types' lookupFieldOrMethod).
        if (t instanceof Named n && !n.isTypeParam() && n.underlying() instanceof Pointer p) {
            Found f = fieldOrMethod(p, name);
            return f.kind() == Kind.METHOD ? Found.NOT_FOUND : f;
        }
        boolean indirect = false;
        if (t instanceof Pointer p) {
            t = p.elem();
            indirect = true;
        }
        List<Entry> current = List.of(new Entry(t, List.of(), indirect));
        Set<Named> seen = new HashSet<>();
        while (!current.isEmpty()) {
            List<Entry> next = new ArrayList<>();
            Found found = null;
            int count = 0;
            for (Entry e : current) {
                Type typ = e.type();
                if (typ instanceof Named n) {
                    if (!seen.add(n)) {
                        continue;
                    }
                    var m = n.method(name);
                    if (m.isPresent()) {
                        count++;
                        found = new Found(Kind.METHOD, e.path(), null, m.get(), null, e.indirect());
                        continue;
                    }
                    typ = n.underlying();
                }
                switch (typ) {
                    case Struct s -> {
                        for (int i = 0; i < s.fields().size(); i++) {
                            Struct.Field f = s.fields().get(i);
                            List<Integer> path = append(e.path(), i);
                            if (f.name().equals(name)) {
                                count++;
                                found = new Found(Kind.FIELD, path, f, null, null, e.indirect());
                            }
                            if (f.embedded()) {
                                Type ft = f.type();
                                boolean ind = e.indirect();
                                if (ft instanceof Pointer p) {
                                    ft = p.elem();
                                    ind = true;
                                }
                                next.add(new Entry(ft, path, ind));
                            }
                        }
                    }
                    case Interface it -> {
                        Interface.Method m = it.method(name);
                        if (m != null) {
                            count++;
                            found = new Found(Kind.INTERFACE_METHOD, e.path(), null, null, m, e.indirect());
                        }
                    }
                    default -> {
                    }
                }
            }
            if (count == 1) {
                return found;
            }
            if (count > 1) {
                return Found.AMBIGUOUS;
            }
            current = next;
        }
        return Found.NOT_FOUND;
    }

    private static List<Integer> append(List<Integer> path, int i) {
        List<Integer> out = new ArrayList<>(path);
        out.add(i);
        return List.copyOf(out);
    }
}
