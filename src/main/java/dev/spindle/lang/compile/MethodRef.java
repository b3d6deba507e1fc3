package dev.spindle.lang.compile;

/**
 * An entry of a type's method table: how an interface call reaches the method.
 *
 * @param proto the compiled method (receiver is parameter 0), or null for a library method
 * @param nativeName for library methods ({@code time.Duration.String}), the native's name
 * @param derefReceiver true when the interface holds a pointer but the method takes a value
 *                      (the receiver is loaded and copied before the call)
 * @param path for a method promoted from an embedded field: the field indices leading to it
 * @param viaIface the embedded field at the end of path is an interface: dispatch on it again
 */
public record MethodRef(FuncProto proto, String nativeName, boolean derefReceiver, int[] path, boolean viaIface) {
    public MethodRef(FuncProto proto, String nativeName, boolean derefReceiver) {
        this(proto, nativeName, derefReceiver, null, false);
    }

    /** The same method reached through embedded fields (indices from the outer struct). */
    public MethodRef promoted(int[] outerPath) {
        int[] p = new int[outerPath.length + (path == null ? 0 : path.length)];
        System.arraycopy(outerPath, 0, p, 0, outerPath.length);
        if (path != null) {
            System.arraycopy(path, 0, p, outerPath.length, path.length);
        }
        return new MethodRef(proto, nativeName, derefReceiver, p, viaIface);
    }
}
