package dev.spindle.lang.types;

/**
 * What a call expression {@code f(args)} is, so the compiler needs no guessing.
 *
 * <ul>
 * <li>{@link Kind#CONVERSION}: {@code T(x)}; {@link #target()} is T.
 * <li>{@link Kind#BUILTIN}: {@link #builtin()} names it; the argument types are in Info.
 * <li>{@link Kind#FUNC}: a static call of a package-level or library function {@link #func()}
 *     (native when {@code func().isNative()}).
 * <li>{@link Kind#METHOD}: a static call of a concrete method; the callee is a
 *     {@link Selection} of kind METHOD on the call's {@code fun}.
 * <li>{@link Kind#INTERFACE_METHOD}: dynamic dispatch (Selection of kind INTERFACE_METHOD).
 * <li>{@link Kind#FUNC_VALUE}: a call of a func-typed value (closure, variable, method value,
 *     method expression, result of a call).
 * </ul>
 *
 * {@link #signature()} is the callee's signature (without receiver); when
 * {@link #variadicPack()} the arguments from index {@code signature().params().size()-1} on
 * are packed into a new slice of the variadic type; when {@link #spread()} the last argument
 * ({@code xs...}) is passed as the slice itself. {@link #tupleSpread()} marks
 * {@code f(g())} where g's several results are f's arguments.
 */
public record CallInfo(Kind kind, Signature signature, Symbol.Func func, BuiltinKind builtin, Type target,
                       boolean variadicPack, boolean spread, boolean tupleSpread) {

    public enum Kind { CONVERSION, BUILTIN, FUNC, METHOD, INTERFACE_METHOD, FUNC_VALUE }

    static CallInfo conversion(Type target) {
        return new CallInfo(Kind.CONVERSION, null, null, null, target, false, false, false);
    }

    static CallInfo builtin(BuiltinKind b, boolean spread) {
        return new CallInfo(Kind.BUILTIN, null, null, b, null, false, spread, false);
    }
}
