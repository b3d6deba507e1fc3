package dev.spindle.lang.compile;

/**
 * An entry of a type's method table: how an interface call reaches the method.
 *
 * @param proto the compiled method (receiver is parameter 0), or null for a library method
 * @param nativeName for library methods ({@code time.Duration.String}), the native's name
 * @param derefReceiver true when the interface holds a pointer but the method takes a value
 *                      (the receiver is loaded and copied before the call)
 */
public record MethodRef(FuncProto proto, String nativeName, boolean derefReceiver) {}
