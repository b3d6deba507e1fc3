package dev.spindle.lang.types;

/**
 * A predeclared basic type, or one of the untyped kinds that constant expressions have
 * before they meet a context. {@code byte} and {@code rune} are separate objects carrying
 * their own names (types2 prints the name that was written) but they are identical to
 * {@code uint8} and {@code int32}: equality compares the kind only.
 */
public record Basic(Kind kind, String name) implements Type {

    /** The kinds; the untyped ones come last. */
    public enum Kind {
        BOOL, STRING, INT, INT8, INT16, INT32, INT64, UINT, UINT8, UINT16, UINT32, UINT64, UINTPTR,
        FLOAT32, FLOAT64,
        UNTYPED_BOOL, UNTYPED_INT, UNTYPED_RUNE, UNTYPED_FLOAT, UNTYPED_STRING, UNTYPED_NIL,
        /** The type of an expression whose checking failed; it silences follow-on errors. */
        INVALID
    }

    public static final Basic BOOL = new Basic(Kind.BOOL, "bool");
    public static final Basic STRING = new Basic(Kind.STRING, "string");
    public static final Basic INT = new Basic(Kind.INT, "int");
    public static final Basic INT8 = new Basic(Kind.INT8, "int8");
    public static final Basic INT16 = new Basic(Kind.INT16, "int16");
    public static final Basic INT32 = new Basic(Kind.INT32, "int32");
    public static final Basic INT64 = new Basic(Kind.INT64, "int64");
    public static final Basic UINT = new Basic(Kind.UINT, "uint");
    public static final Basic UINT8 = new Basic(Kind.UINT8, "uint8");
    public static final Basic UINT16 = new Basic(Kind.UINT16, "uint16");
    public static final Basic UINT32 = new Basic(Kind.UINT32, "uint32");
    public static final Basic UINT64 = new Basic(Kind.UINT64, "uint64");
    public static final Basic UINTPTR = new Basic(Kind.UINTPTR, "uintptr");
    public static final Basic FLOAT32 = new Basic(Kind.FLOAT32, "float32");
    public static final Basic FLOAT64 = new Basic(Kind.FLOAT64, "float64");
    public static final Basic BYTE = new Basic(Kind.UINT8, "byte");
    public static final Basic RUNE = new Basic(Kind.INT32, "rune");

    public static final Basic UNTYPED_BOOL = new Basic(Kind.UNTYPED_BOOL, "untyped bool");
    public static final Basic UNTYPED_INT = new Basic(Kind.UNTYPED_INT, "untyped int");
    public static final Basic UNTYPED_RUNE = new Basic(Kind.UNTYPED_RUNE, "untyped rune");
    public static final Basic UNTYPED_FLOAT = new Basic(Kind.UNTYPED_FLOAT, "untyped float");
    public static final Basic UNTYPED_STRING = new Basic(Kind.UNTYPED_STRING, "untyped string");
    public static final Basic UNTYPED_NIL = new Basic(Kind.UNTYPED_NIL, "untyped nil");
    public static final Basic INVALID = new Basic(Kind.INVALID, "invalid type");

    @Override
    public boolean equals(Object o) {
        return o instanceof Basic b && b.kind == kind;
    }

    @Override
    public int hashCode() {
        return kind.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }

    public boolean isUntyped() {
        return kind.compareTo(Kind.UNTYPED_BOOL) >= 0 && kind != Kind.INVALID;
    }

    public boolean isInteger() {
        return switch (kind) {
            case INT, INT8, INT16, INT32, INT64, UINT, UINT8, UINT16, UINT32, UINT64, UINTPTR,
                 UNTYPED_INT, UNTYPED_RUNE -> true;
            default -> false;
        };
    }

    public boolean isUnsigned() {
        return switch (kind) {
            case UINT, UINT8, UINT16, UINT32, UINT64, UINTPTR -> true;
            default -> false;
        };
    }

    public boolean isFloat() {
        return kind == Kind.FLOAT32 || kind == Kind.FLOAT64 || kind == Kind.UNTYPED_FLOAT;
    }

    public boolean isNumeric() {
        return isInteger() || isFloat();
    }

    public boolean isString() {
        return kind == Kind.STRING || kind == Kind.UNTYPED_STRING;
    }

    public boolean isBoolean() {
        return kind == Kind.BOOL || kind == Kind.UNTYPED_BOOL;
    }

    /** Size in bits of a sized integer or float type; int, uint and uintptr are 64 bits. */
    public int bits() {
        return switch (kind) {
            case INT8, UINT8 -> 8;
            case INT16, UINT16 -> 16;
            case INT32, UINT32, FLOAT32 -> 32;
            default -> 64;
        };
    }
}
