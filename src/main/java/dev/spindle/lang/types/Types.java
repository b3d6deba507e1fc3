package dev.spindle.lang.types;

/**
 * Predicates on types, after the Go specification's sections on type identity, properties
 * of types and comparison operators. Identity itself is {@code equals}.
 */
public final class Types {
    private Types() {
    }

    public static boolean identical(Type a, Type b) {
        return a.equals(b);
    }

    public static boolean isUntyped(Type t) {
        return t instanceof Basic b && b.isUntyped();
    }

    public static boolean isInvalid(Type t) {
        return t instanceof Basic b && b.kind() == Basic.Kind.INVALID;
    }

    public static boolean isNamed(Type t) {
        return t instanceof Named || t instanceof Basic;
    }

    public static boolean isInterface(Type t) {
        return t.underlying() instanceof Interface;
    }

    private static boolean basic(Type t, java.util.function.Predicate<Basic> p) {
        return t.underlying() instanceof Basic b && p.test(b);
    }

    public static boolean isInteger(Type t) { return basic(t, Basic::isInteger); }
    public static boolean isUnsigned(Type t) { return basic(t, Basic::isUnsigned); }
    public static boolean isFloat(Type t) { return basic(t, Basic::isFloat); }
    public static boolean isNumeric(Type t) { return basic(t, Basic::isNumeric); }
    public static boolean isString(Type t) { return basic(t, Basic::isString); }
    public static boolean isBoolean(Type t) { return basic(t, Basic::isBoolean); }

    /** Types whose values may be constants: booleans, numbers, strings. */
    public static boolean isConstType(Type t) {
        return basic(t, b -> b.isBoolean() || b.isNumeric() || b.isString());
    }

    /** Ordered types ({@code < <= > >=}): integers, floats, strings. */
    public static boolean isOrdered(Type t) {
        return basic(t, b -> b.isNumeric() || b.isString());
    }

    /** Types that have {@code nil} as a value. */
    public static boolean hasNil(Type t) {
        Type u = t.underlying();
        return u instanceof Pointer || u instanceof Slice || u instanceof MapType || u instanceof Chan
                || u instanceof Signature || u instanceof Interface
                || (u instanceof Basic b && b.kind() == Basic.Kind.UNTYPED_NIL);
    }

    /** Comparable with {@code ==}: not slices, maps, funcs, nor structs/arrays containing them. */
    public static boolean comparable(Type t) {
        return comparable(t, new java.util.HashMap<>());
    }

    /**
     * {@code seen}: each named type's answer, or null while it is being looked at: meeting
     * it again then means a recursive type (an error reported elsewhere), which adds nothing.
     * A depth cut-off here once made {@code type T struct{ a, b T }} cost 2^50 steps.
     */
    private static boolean comparable(Type t, java.util.Map<Type, Boolean> seen) {
        if (t instanceof Named) {
            if (seen.containsKey(t)) {
                Boolean known = seen.get(t);
                return known == null || known;
            }
            seen.put(t, null);
        }
        boolean result = switch (t.underlying()) {
            case Slice s -> false;
            case MapType m -> false;
            case Signature s -> false;
            case Struct s -> s.fields().stream().allMatch(f -> comparable(f.type(), seen));
            case Array a -> comparable(a.elem(), seen);
            case Basic b -> b.kind() != Basic.Kind.UNTYPED_NIL;
            default -> true;
        };
        if (t instanceof Named) {
            seen.put(t, result);
        }
        return result;
    }

    /** The type an untyped constant takes when nothing else decides: int, rune(int32), float64, ... */
    public static Type defaultType(Type t) {
        if (t instanceof Basic b) {
            return switch (b.kind()) {
                case UNTYPED_BOOL -> Basic.BOOL;
                case UNTYPED_INT -> Basic.INT;
                case UNTYPED_RUNE -> Basic.RUNE;
                case UNTYPED_FLOAT -> Basic.FLOAT64;
                case UNTYPED_STRING -> Basic.STRING;
                default -> t;
            };
        }
        return t;
    }

    /**
     * Whether a value of type {@code v} may be assigned to a variable of type {@code t}
     * (spec "Assignability"), for non-constant values; constants are checked by
     * representability first. Returns null if assignable, else the reason suffix that types2
     * appends after a colon (may be "" when it adds none).
     */
    public static String assignableReason(Type v, Type t, String localPkg) {
        if (isInvalid(v) || isInvalid(t)) {
            return null;
        }
        if (identical(v, t)) {
            return null;
        }
        Type vu = v.underlying();
        Type tu = t.underlying();
        if (v instanceof Basic vb && vb.isUntyped()) {
            if (vb.kind() == Basic.Kind.UNTYPED_NIL) {
                return hasNil(t) ? null : "";
            }
            if (tu instanceof Interface ti) {
                return ti.isEmpty() ? null : assignableReason(defaultType(v), t, localPkg);
            }
            if (tu instanceof Basic tb) {
                if (vb.isBoolean()) return tb.isBoolean() ? null : "";
                if (vb.isString()) return tb.isString() ? null : "";
                if (vb.isNumeric()) return tb.isNumeric() ? null : "";
            }
            return "";
        }
        // Identical underlying types and at least one of them not a named type.
        if (identical(vu, tu) && (!isNamed(v) || !isNamed(t))) {
            return null;
        }
        // Interface satisfaction.
        if (tu instanceof Interface ti) {
            String why = MethodSets.missingMethodReason(v, ti, localPkg);
            if (why == null) {
                return null;
            }
            return TypeString.relativeTo(v, localPkg) + " does not implement "
                    + TypeString.relativeTo(t, localPkg) + " " + why;
        }
        // A bidirectional channel to a directional channel of identical element type.
        if (vu instanceof Chan vc && tu instanceof Chan tc && vc.dir() == Chan.Dir.BOTH
                && identical(vc.elem(), tc.elem()) && (!isNamed(v) || !isNamed(t))) {
            return null;
        }
        if (vu instanceof Interface && !(tu instanceof Interface)) {
            return "need type assertion";
        }
        return "";
    }

    public static boolean assignable(Type v, Type t) {
        return assignableReason(v, t, "main") == null;
    }

    /** Whether a non-constant value of type {@code v} converts to {@code t} (spec "Conversions"). */
    public static boolean convertible(Type v, Type t) {
        if (assignable(v, t)) {
            return true;
        }
        Type vu = v.underlying();
        Type tu = t.underlying();
        if (identical(vu, tu)) {
            return true;
        }
        if (vu instanceof Pointer vp && tu instanceof Pointer tp
                && identical(vp.elem().underlying(), tp.elem().underlying())) {
            return true;
        }
        if (isNumeric(vu) && isNumeric(tu)) {
            return true;
        }
        if (isString(tu)) {
            if (isInteger(vu)) {
                return true; // string(rune)
            }
            if (vu instanceof Slice s && isByteOrRune(s.elem())) {
                return true;
            }
        }
        if (isString(vu) && tu instanceof Slice s && isByteOrRune(s.elem())) {
            return true;
        }
        // Slice to array or array pointer (Go 1.17/1.20).
        if (vu instanceof Slice s) {
            if (tu instanceof Array a && identical(a.elem(), s.elem())) {
                return true;
            }
            if (tu instanceof Pointer p && p.elem().underlying() instanceof Array a && identical(a.elem(), s.elem())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isByteOrRune(Type t) {
        return t.underlying() instanceof Basic b
                && (b.kind() == Basic.Kind.UINT8 || b.kind() == Basic.Kind.INT32);
    }
}
