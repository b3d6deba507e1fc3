package dev.spindle.vm.value;

/**
 * What a struct holder needs to know about its type at run time: its field names (for
 * printing) and which fields hold inline aggregates. A field of type {@code *T} and a
 * field of type {@code T} (T a struct) both hold a {@code StructValue}; only the second is
 * copied along with its owner and compared by value. One shape per struct type, shared.
 *
 * @param name the type's name as Go prints it ({@code main.Point}), or null for a struct literal type
 * @param fieldNames the field names in declaration order (embedded fields by their type name)
 * @param inline for each field, whether it holds an aggregate by value
 */
public record StructShape(String name, String[] fieldNames, boolean[] inline) {
    /** A shape whose fields hold no inline aggregates. */
    public static StructShape flat(String name, String... fieldNames) {
        return new StructShape(name, fieldNames, new boolean[fieldNames.length]);
    }

    public int size() {
        return fieldNames.length;
    }
}
