package dev.spindle.lang.compile;

import java.util.List;

/**
 * A recipe for the zero value of an aggregate type: the vm builds the template it copies
 * (a struct or array holder) from it when it loads the program. Scalar zeros and strings are
 * plain constants and need no recipe.
 */
public sealed interface ZeroValue {
    /** A struct's zero: its layout and each field's zero (a recipe, a boxed scalar, "" or null). */
    record Struct(StructLayout layout, List<Object> fields) implements ZeroValue {}

    /** An array's zero: length copies of the element's zero, in a {@link Backing} array. */
    record Array(int length, Object elem, boolean inline, int backing) implements ZeroValue {}
}
