package dev.spindle.lang.types;

/**
 * Interface satisfaction (spec "Method sets", "Implementing an interface"): the method set
 * of {@code T} holds its value-receiver methods, that of {@code *T} all of them; embedding
 * a {@code *S} brings in S's pointer methods too.
 */
public final class MethodSets {
    private MethodSets() {
    }

    public static boolean implementsIface(Type v, Interface iface) {
        return missingMethodReason(v, iface, "main") == null;
    }

    /**
     * Null if {@code v} implements {@code iface}; otherwise types2's parenthesised reason:
     * "(missing method M)", "(method M has pointer receiver)", "(wrong type for method M)...".
     */
    public static String missingMethodReason(Type v, Interface iface, String localPkg) {
        for (Interface.Method want : iface.allMethods()) {
            if (v.underlying() instanceof Interface vi) {
                Interface.Method have = vi.method(want.name());
                if (have == null) {
                    return "(missing method " + want.name() + ")";
                }
                if (!have.sig().equals(want.sig())) {
                    return wrongType(want.name(), have.sig(), want.sig(), localPkg);
                }
                continue;
            }
            Lookup.Found f = Lookup.fieldOrMethod(v, want.name());
            if (f.kind() != Lookup.Kind.METHOD && f.kind() != Lookup.Kind.INTERFACE_METHOD) {
                return "(missing method " + want.name() + ")";
            }
            Signature have = (Signature) f.type();
            if (!have.equals(want.sig())) {
                return wrongType(want.name(), have, want.sig(), localPkg);
            }
            if (f.kind() == Lookup.Kind.METHOD && f.method().hasPointerReceiver()
                    && !(v instanceof Pointer) && !f.indirect()) {
                return "(method " + want.name() + " has pointer receiver)";
            }
        }
        return null;
    }

    private static String wrongType(String name, Signature have, Signature want, String pkg) {
        return "(wrong type for method " + name + ")\n\t\thave " + name
                + TypeString.relativeTo(have, pkg).substring(4) + "\n\t\twant " + name
                + TypeString.relativeTo(want, pkg).substring(4);
    }
}
