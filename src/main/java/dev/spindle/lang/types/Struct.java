package dev.spindle.lang.types;

import java.util.List;

/**
 * {@code struct { ... }}. Fields are in declaration order; that order is the index the vm
 * uses in a StructValue. An embedded field's name is its type's name ({@code T} for
 * {@code T} and {@code *T}).
 */
public record Struct(List<Field> fields) implements Type {

    /**
     * Field names only: a record's deep hash made a type nested n deep cost n^2 (every level
     * hashed everything below it); equal structs still hash equal.
     */
    @Override
    public int hashCode() {
        int h = fields.size();
        for (Field f : fields) {
            h = 31 * h + java.util.Objects.hashCode(f.name());
        }
        return h;
    }

    /**
     * One field. {@code pkgPath} is the declaring package: two unexported fields of the same
     * name from different packages are different fields (it matters for stdlib structs).
     */
    public record Field(String name, Type type, boolean embedded, String pkgPath) {
        public boolean exported() {
            return !name.isEmpty() && Character.isUpperCase(name.codePointAt(0));
        }
    }

    public Struct {
        fields = List.copyOf(fields);
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
