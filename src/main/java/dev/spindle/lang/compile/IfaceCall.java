package dev.spindle.lang.compile;

/**
 * The operand of CALL_IFACE: the method's name and the kinds of its arguments and results
 * as the interface declares them (needed when the target turns out to be a native method,
 * whose arguments travel boxed).
 */
public record IfaceCall(String name, int[] argKinds, int[] resultKinds) {}
