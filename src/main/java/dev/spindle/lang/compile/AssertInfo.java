package dev.spindle.lang.compile;

import dev.spindle.lang.types.Type;

/**
 * The operand of a type assertion: the asserted type and the static interface type of the
 * operand (named in the panic message: {@code interface conversion: interface {} is string, not int}).
 */
public record AssertInfo(Type target, Type source) {}
