package dev.spindle.lang.types;

import java.util.List;

/**
 * {@code struct { ... }}. Fields are in declaration order; that order is the index the vm
 * uses in a StructValue. An embedded field's name is its type's name ({@code T} for
 * {@code T} and {@code *T}).
 */
public final class Struct implements Type {

    private final List<Field> fields;
    /**
     * The deep hash, computed on first use and kept (0 = not yet): a nested struct's hash is
     * then already known, so hashing a type n deep costs n once, and types that differ
     * anywhere almost always hash apart. (A hash of field names only put every level of
     * {@code struct{ a struct{ a ... } }} in one bucket, and the deep equals on each collision
     * made checking it 2,000 deep take minutes.) Lazy rather than in the constructor because a
     * field's interface type may embed a named type whose underlying type is not set yet.
     */
    private int hash;

    /**
     * One field. {@code pkgPath} is the declaring package: two unexported fields of the same
     * name from different packages are different fields (it matters for stdlib structs).
     */
    public record Field(String name, Type type, boolean embedded, String pkgPath) {
        public boolean exported() {
            return !name.isEmpty() && Character.isUpperCase(name.codePointAt(0));
        }
    }

    public Struct(List<Field> fields) {
        this.fields = List.copyOf(fields);
    }

    public List<Field> fields() {
        return fields;
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = fields.hashCode() | 1;
            hash = h;
        }
        return h;
    }

    /**
     * Go's identity: the same fields in order (names, types, embedding, package of unexported
     * names). The same instance answers without walking the fields.
     */
    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Struct s && fields.equals(s.fields);
    }

    public int indexOf(String name) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public String toString() {
        return TypeString.of(this);
    }
}
