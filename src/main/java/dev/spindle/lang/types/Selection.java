package dev.spindle.lang.types;

import java.util.List;

/**
 * How {@code x.f} resolves.
 *
 * <ul>
 * <li>{@link Kind#QUALIFIED}: {@code pkg.Name}; {@link #member()} is the library symbol.
 * <li>{@link Kind#FIELD}: follow {@link #path()} (field indices; each step through a pointer
 *     is an implicit dereference, which {@link #indirect()} says happened somewhere).
 * <li>{@link Kind#METHOD}: a concrete method ({@link #method()}), reached by following
 *     {@link #path()} to the embedded receiver (empty: {@code x} itself), then applying
 *     {@link #recvAdjust()}: take the address ({@code x.M()} with pointer receiver on an
 *     addressable T) or dereference ({@code p.M()} with value receiver on *T). As a call
 *     callee it is a static call; otherwise a method value (bound when evaluated).
 * <li>{@link Kind#INTERFACE_METHOD}: dynamic dispatch on the interface value reached by
 *     {@link #path()} (empty for an interface-typed x).
 * <li>{@link Kind#METHOD_EXPR}: {@code T.M} or {@code (*T).M}: a function whose first
 *     parameter is the receiver; {@link #type()} includes it.
 * </ul>
 *
 * {@link #type()} is the type of the selector expression (a method value's signature is
 * without receiver).
 */
public record Selection(Kind kind, List<Integer> path, boolean indirect, RecvAdjust recvAdjust,
                        Struct.Field field, Symbol.Func method, Interface.Method imethod,
                        Symbol member, Type type) {

    public enum Kind { QUALIFIED, FIELD, METHOD, INTERFACE_METHOD, METHOD_EXPR }

    /** What to do to the value at the end of the path before passing it as receiver. */
    public enum RecvAdjust { NONE, ADDRESS_OF, DEREF }

    public Selection {
        path = List.copyOf(path);
    }

    /** The method's name for METHOD/INTERFACE_METHOD/METHOD_EXPR, the field's or member's otherwise. */
    public String name() {
        if (method != null) {
            return method.name();
        }
        if (imethod != null) {
            return imethod.name();
        }
        if (field != null) {
            return field.name();
        }
        return member == null ? "" : member.name();
    }
}
