package dev.spindle.vm.stdlib.fmt;

/**
 * What the print functions need to know about their operands beyond the format string: how to print
 * one under a verb, its type's name, whether it is an int (for {@code *} widths), a string (Print's
 * spacing rule) or an error (%w). The value printer implements it over the VM's value
 * representation; the verb parser ({@link Printer}) never looks inside an operand itself.
 */
interface Operands {

    /** Prints arg under verb with the printer's current flags (Go's pp.printArg). */
    void printArg(Printer p, Object arg, int verb);

    /** The operand's dynamic type as reflect prints it ("int", "[]string", "*main.T"); arg is not nil. */
    String typeString(Object arg);

    /** The operand as an int if its dynamic kind is an integer that fits (Go's intFromArg), else null. */
    Long intValue(Object arg);

    /** Whether the operand's dynamic kind is string (Print puts no space next to strings). */
    boolean isString(Object arg);

    /** Whether the operand implements error (what %w accepts). */
    boolean isError(Object arg);
}
