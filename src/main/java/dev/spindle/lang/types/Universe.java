package dev.spindle.lang.types;

import java.util.List;

/**
 * The universe scope: predeclared types, constants, nil and builtin functions. Built once
 * and never changed afterwards, so that {@code error} and {@code any} are the same type
 * objects in every checked program and in the standard-library declarations.
 */
public final class Universe {

    /** {@code error}: {@code interface { Error() string }}, a defined type without package. */
    public static final Named ERROR = new Named("", "error", null);

    /** {@code any}, the empty interface (printed "any" in messages, "interface {}" by %T). */
    public static final Interface ANY = Interface.newAny();

    /** {@code comparable}: the constraint of types that support == and != (see {@link Generics}). */
    public static final Named COMPARABLE = new Named("", "comparable", Interface.empty());

    static {
        ERROR.setUnderlying(new Interface(
                List.of(new Interface.Method("Error", Signature.of(List.of(), List.of(Basic.STRING)), "")),
                List.of()));
    }

    private static final Scope SCOPE = build();

    private Universe() {
    }

    public static Scope scope() {
        return SCOPE;
    }

    private static Scope build() {
        Scope s = new Scope(null, Scope.Kind.UNIVERSE);
        for (Basic b : List.of(Basic.BOOL, Basic.STRING, Basic.INT, Basic.INT8, Basic.INT16, Basic.INT32,
                Basic.INT64, Basic.UINT, Basic.UINT8, Basic.UINT16, Basic.UINT32, Basic.UINT64, Basic.UINTPTR,
                Basic.FLOAT32, Basic.FLOAT64, Basic.BYTE, Basic.RUNE)) {
            s.insert(new Symbol.TypeName(b.name(), b, "", 0, 0));
        }
        s.insert(new Symbol.TypeName("any", ANY, "", 0, 0));
        s.insert(new Symbol.TypeName("error", ERROR, "", 0, 0));
        s.insert(new Symbol.TypeName("comparable", COMPARABLE, "", 0, 0));
        s.insert(new Symbol.TypeName("complex64", Basic.INVALID, "", 0, 0));
        s.insert(new Symbol.TypeName("complex128", Basic.INVALID, "", 0, 0));
        s.insert(new Symbol.Const("true", Basic.UNTYPED_BOOL, new Constant.Bool(true), "", 0, 0));
        s.insert(new Symbol.Const("false", Basic.UNTYPED_BOOL, new Constant.Bool(false), "", 0, 0));
        s.insert(new Symbol.Const("iota", Basic.UNTYPED_INT, Constant.Int.of(0), "", 0, 0));
        s.insert(new Symbol.Nil());
        for (BuiltinKind k : BuiltinKind.values()) {
            s.insert(new Symbol.Builtin(k));
        }
        return s;
    }

    /** True for the universe's iota (its value depends on the enclosing const spec). */
    public static boolean isIota(Symbol s) {
        return s == SCOPE.lookupLocal("iota");
    }

    /** True for the predeclared complex types, which Spindle refuses. */
    public static boolean isUnsupportedType(Symbol s) {
        return s == SCOPE.lookupLocal("complex64") || s == SCOPE.lookupLocal("complex128");
    }
}
