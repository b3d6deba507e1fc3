package dev.spindle.lang.compile;

/**
 * A struct type as the compiler describes it to the machine: its name, its field names and
 * which fields hold aggregates by value. The vm turns it into its runtime shape when it loads
 * the program; the compiler itself never builds runtime values (package arrows point down).
 *
 * @param name the type's name as Go prints it ({@code main.Point}), or null for a struct literal type
 * @param fieldNames the field names in declaration order (embedded fields by their type name)
 * @param inline for each field, whether it holds an aggregate by value
 */
public record StructLayout(String name, String[] fieldNames, boolean[] inline) {}
