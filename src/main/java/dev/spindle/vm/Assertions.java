package dev.spindle.vm;

import dev.spindle.lang.compile.AssertInfo;
import dev.spindle.lang.types.Interface;
import dev.spindle.lang.types.Type;
import dev.spindle.vm.value.IfaceValue;

/** Type assertions and type-switch tests on interface values, with Go's panic texts. */
final class Assertions {
    private Assertions() {}

    /** {@code x.(T)} for a concrete T. */
    static Object assertType(Machine m, Object v, AssertInfo a) {
        if (v instanceof IfaceValue iv && iv.dynType().equals(a.target())) {
            return iv.value();
        }
        throw RuntimeErrors.plain("interface conversion: " + ifaceName(a.source()) + " is "
                + (v instanceof IfaceValue iv ? iv.dynType().toString() : "nil") + ", not " + a.target());
    }

    /** {@code x.(I)} for an interface I: the result is the same interface value. */
    static Object assertIface(Machine m, Object v, AssertInfo a) {
        if (!(v instanceof IfaceValue iv)) {
            throw RuntimeErrors.plain("interface conversion: interface is nil, not " + a.target());
        }
        String missing = missingMethod(m, iv.dynType(), a.target());
        if (missing != null) {
            throw RuntimeErrors.plain("interface conversion: " + iv.dynType() + " is not " + a.target()
                    + ": missing method " + missing);
        }
        return v;
    }

    static boolean implementsIface(Machine m, Object v, Type iface) {
        return v instanceof IfaceValue iv && missingMethod(m, iv.dynType(), iface) == null;
    }

    /** A type switch case: T concrete (dynamic type identical) or an interface (implemented). */
    static boolean typeIs(Machine m, Object v, Type t) {
        if (!(v instanceof IfaceValue iv)) {
            return false;
        }
        if (t.underlying() instanceof Interface) {
            return missingMethod(m, iv.dynType(), t) == null;
        }
        return iv.dynType().equals(t);
    }

    private static String missingMethod(Machine m, Type dyn, Type iface) {
        if (!(iface.underlying() instanceof Interface it)) {
            return null;
        }
        for (Interface.Method method : it.allMethods()) {
            if (m.method(dyn, method.name()) == null) {
                return method.name();
            }
        }
        // Every name is there; a method of the same name but another signature is missing too,
        // as in Go's itab (an Unwrap() error is not an Unwrap() []error). Decided once per pair.
        return SIGNATURES.computeIfAbsent(new Pair(dyn, iface), k -> {
            for (Interface.Method method : it.allMethods()) {
                if (dev.spindle.lang.types.MethodSets.missingMethodReason(dyn,
                        new Interface(java.util.List.of(method), java.util.List.of()), "") != null) {
                    return java.util.Optional.of(method.name());
                }
            }
            return java.util.Optional.empty();
        }).orElse(null);
    }

    private record Pair(Type dyn, Type iface) {
    }

    private static final java.util.Map<Pair, java.util.Optional<String>> SIGNATURES =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static String ifaceName(Type t) {
        return t == null ? "interface {}" : t.toString();
    }
}
