package dev.spindle.lang.types;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * {@code interface { M(); Embedded }}. The method set is the explicit methods plus those of
 * the embedded interfaces; it is computed on demand because an embedded name may be declared
 * later in the file than the interface that embeds it. Two interfaces are identical when
 * their complete method sets are, so equality compares {@link #allMethods()}.
 *
 * <p>{@code any} is the empty interface; the universe's {@code any} object is flagged so that
 * error messages say {@code any} where types2 does, while {@code %T} says {@code interface {}}.
 */
public final class Interface implements Type {

    /** One method of an interface: its name and signature (without receiver). */
    public record Method(String name, Signature sig, String pkgPath) {
    }

    /** A term of a type set: {@code int} or {@code ~int}. */
    public record Term(boolean tilde, Type type) {
        /** Whether {@code t} is in this term's set. */
        public boolean includes(Type t) {
            return tilde ? t.underlying().equals(type.underlying()) : t.equals(type);
        }

        @Override
        public String toString() {
            return (tilde ? "~" : "") + type;
        }
    }

    private final List<Method> explicit;
    private final List<Type> embedded;
    private final boolean isAny;
    /** The union this interface declares ({@code ~int | ~string}), or null: a constraint's type set. */
    private List<Term> terms;
    /** True for an implicit constraint interface ({@code [T ~int]}), printed as its union alone. */
    private boolean implicit;

    public Interface(List<Method> explicit, List<Type> embedded) {
        this(explicit, embedded, false);
    }

    private Interface(List<Method> explicit, List<Type> embedded, boolean isAny) {
        this.explicit = List.copyOf(explicit);
        this.embedded = List.copyOf(embedded);
        this.isAny = isAny;
    }

    /** A constraint interface with a union of terms (see {@link Generics}). */
    static Interface withTerms(List<Method> explicit, List<Type> embedded, List<Term> terms, boolean implicit) {
        Interface i = new Interface(explicit, embedded, false);
        i.terms = terms == null ? null : List.copyOf(terms);
        i.implicit = implicit;
        return i;
    }

    /**
     * The type set's terms (this union, or the first embedded constraint's), or null when the
     * interface restricts only methods.
     */
    public List<Term> terms() {
        return terms(this, 0);
    }

    private static List<Term> terms(Interface i, int depth) {
        if (i.terms != null || depth > 50) {
            return i.terms;
        }
        for (Type e : i.embedded) {
            if (e.underlying() instanceof Interface ei) {
                List<Term> t = terms(ei, depth + 1);
                if (t != null) {
                    return t;
                }
            }
        }
        return null;
    }

    boolean isImplicit() {
        return implicit;
    }

    /** True for {@code comparable} and interfaces embedding it. */
    public boolean requiresComparable() {
        return requiresComparable(this, 0);
    }

    private static boolean requiresComparable(Interface i, int depth) {
        if (depth > 50) {
            return false;
        }
        for (Type e : i.embedded) {
            if (e == Universe.COMPARABLE) {
                return true;
            }
            if (e.underlying() instanceof Interface ei && requiresComparable(ei, depth + 1)) {
                return true;
            }
        }
        return false;
    }

    /** True for an interface usable only as a constraint (a type set or {@code comparable}). */
    public boolean isConstraintOnly() {
        return terms() != null || requiresComparable();
    }

    /** The universe's {@code any}. */
    static Interface newAny() {
        return new Interface(List.of(), List.of(), true);
    }

    public static Interface empty() {
        return new Interface(List.of(), List.of(), false);
    }

    public List<Method> explicitMethods() {
        return explicit;
    }

    public List<Type> embedded() {
        return embedded;
    }

    /** True for the universe's {@code any} object (a printing matter only). */
    public boolean isAnyAlias() {
        return isAny;
    }

    public boolean isEmpty() {
        return allMethods().isEmpty() && !isConstraintOnly();
    }

    /** Every method, embedded ones included, sorted by name (Go's method-set order). */
    public List<Method> allMethods() {
        List<Method> out = new ArrayList<>();
        collect(this, out, 0);
        out.sort(Comparator.comparing(Method::name));
        return out;
    }

    private static void collect(Interface i, List<Method> out, int depth) {
        if (depth > 50) {
            return; // an invalid recursive embedding; the checker reports it
        }
        for (Method m : i.explicit) {
            if (out.stream().noneMatch(o -> o.name().equals(m.name()))) {
                out.add(m);
            }
        }
        for (Type e : i.embedded) {
            if (e.underlying() instanceof Interface ei) {
                collect(ei, out, depth + 1);
            }
        }
    }

    public Method method(String name) {
        for (Method m : allMethods()) {
            if (m.name().equals(name)) {
                return m;
            }
        }
        return null;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Interface other)) {
            return false;
        }
        List<Method> a = allMethods();
        List<Method> b = other.allMethods();
        if (a.size() != b.size() || !java.util.Objects.equals(terms(), other.terms())
                || requiresComparable() != other.requiresComparable()) {
            return false;
        }
        for (int k = 0; k < a.size(); k++) {
            if (!a.get(k).name().equals(b.get(k).name()) || !a.get(k).sig().equals(b.get(k).sig())) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return Objects.hash(allMethods().stream().map(Method::name).toList());
    }

    @Override
    public String toString() {
        return TypeString.of(this);
    }
}
