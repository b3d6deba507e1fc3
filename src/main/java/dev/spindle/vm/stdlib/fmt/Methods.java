package dev.spindle.vm.stdlib.fmt;

import dev.spindle.lang.types.Basic;
import dev.spindle.lang.types.Interface;
import dev.spindle.lang.types.MethodSets;
import dev.spindle.lang.types.Named;
import dev.spindle.lang.types.Pointer;
import dev.spindle.lang.types.Signature;
import dev.spindle.lang.types.Struct;
import dev.spindle.lang.types.Symbol;
import dev.spindle.lang.types.Type;
import java.util.List;

/**
 * Whether a dynamic type has the methods fmt looks for: error, fmt.Stringer, fmt.GoStringer.
 * fmt asks this for every operand, so the common shapes are answered directly from the named
 * type's own methods; only types that embed fields (whose methods may be promoted) go through the
 * checker's full method-set computation.
 */
final class Methods {

    private static final Signature STRING_RESULT = Signature.of(List.of(), List.of(Basic.STRING));
    private static final Interface ERROR = single("Error");
    private static final Interface STRINGER = single("String");
    private static final Interface GO_STRINGER = single("GoString");

    private Methods() {}

    private static Interface single(String name) {
        return new Interface(List.of(new Interface.Method(name, STRING_RESULT, "")), List.of());
    }

    static boolean isError(Type t) {
        return has(t, "Error", ERROR);
    }

    static boolean isStringer(Type t) {
        return has(t, "String", STRINGER);
    }

    static boolean isGoStringer(Type t) {
        return has(t, "GoString", GO_STRINGER);
    }

    private static boolean has(Type t, String name, Interface iface) {
        boolean pointer = t instanceof Pointer;
        Type base = pointer ? ((Pointer) t).elem() : t;
        if (!(base instanceof Named n)) {
            // Unnamed types have no methods of their own; only an unnamed struct with embedded
            // fields (or a pointer to one) can have promoted ones.
            return base instanceof Struct s && hasEmbedded(s) && MethodSets.implementsIface(t, iface);
        }
        if (n.underlying() instanceof Interface) {
            return false; // a dynamic type is never an interface type
        }
        if (n.underlying() instanceof Struct s && hasEmbedded(s)) {
            return MethodSets.implementsIface(t, iface);
        }
        return n.method(name)
                .filter(m -> m.type().equals(STRING_RESULT))
                .filter(m -> pointer || !pointerReceiver(m))
                .isPresent();
    }

    private static boolean pointerReceiver(Symbol.Func m) {
        return m.hasPointerReceiver();
    }

    private static boolean hasEmbedded(Struct s) {
        for (Struct.Field f : s.fields()) {
            if (f.embedded()) {
                return true;
            }
        }
        return false;
    }
}
