package dev.spindle.vm.stdlib.fmt;

import dev.spindle.lang.types.Basic;
import dev.spindle.lang.types.Interface;
import dev.spindle.lang.types.MethodSets;
import dev.spindle.lang.types.Signature;
import dev.spindle.lang.types.Type;
import java.util.List;

/** Whether a dynamic type has the methods fmt looks for: error, fmt.Stringer, fmt.GoStringer. */
final class Methods {

    private static final Interface ERROR = single("Error");
    private static final Interface STRINGER = single("String");
    private static final Interface GO_STRINGER = single("GoString");

    private Methods() {}

    private static Interface single(String name) {
        return new Interface(List.of(new Interface.Method(name, Signature.of(List.of(), List.of(Basic.STRING)), "")),
                List.of());
    }

    static boolean isError(Type t) {
        return !(t instanceof Basic) && MethodSets.implementsIface(t, ERROR);
    }

    static boolean isStringer(Type t) {
        return !(t instanceof Basic) && MethodSets.implementsIface(t, STRINGER);
    }

    static boolean isGoStringer(Type t) {
        return !(t instanceof Basic) && MethodSets.implementsIface(t, GO_STRINGER);
    }
}
