package dev.spindle.lang.compile;

import dev.spindle.lang.types.Array;
import dev.spindle.lang.types.Basic;
import dev.spindle.lang.types.Interface;
import dev.spindle.lang.types.MapType;
import dev.spindle.lang.types.Named;
import dev.spindle.lang.types.Pointer;
import dev.spindle.lang.types.Slice;
import dev.spindle.lang.types.Struct;
import dev.spindle.lang.types.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the compiler derives from a checker type for the machine: its {@link Kind}, whether it
 * is an aggregate held by value, its size as Go lays it out (append rounds capacities by it),
 * its zero value (a {@link ZeroValue} recipe for aggregates) and, for structs, the shared
 * {@link StructLayout}. Cached per type; one per
 * compilation.
 */
final class Layouts {
    private final Map<Type, StructLayout> shapes = new HashMap<>();
    private final Map<Type, Object> zeros = new HashMap<>();
    private final Map<Type, ElemInfo> elems = new HashMap<>();

    static int kind(Type t) {
        if (t == null) {
            return Kind.REF;
        }
        if (t.underlying() instanceof Basic b) {
            return switch (b.kind()) {
                case BOOL, UNTYPED_BOOL -> Kind.BOOL;
                case INT, INT8, INT16, INT32, INT64, UINT, UINT8, UINT16, UINT32, UINT64, UINTPTR,
                     UNTYPED_INT, UNTYPED_RUNE -> Kind.INT;
                case FLOAT32, FLOAT64, UNTYPED_FLOAT -> Kind.FLOAT;
                default -> Kind.REF;
            };
        }
        return Kind.REF;
    }

    /** Structs and arrays: held by value in a holder that is also their pointer. */
    static boolean aggregate(Type t) {
        Type u = t == null ? null : t.underlying();
        return u instanceof Struct || u instanceof Array;
    }

    static boolean isUnsigned64(Type t) {
        return t != null && t.underlying() instanceof Basic b
                && (b.kind() == Basic.Kind.UINT || b.kind() == Basic.Kind.UINT64 || b.kind() == Basic.Kind.UINTPTR);
    }

    static boolean isUnsigned(Type t) {
        return t != null && t.underlying() instanceof Basic b && switch (b.kind()) {
            case UINT, UINT8, UINT16, UINT32, UINT64, UINTPTR -> true;
            default -> false;
        };
    }

    static boolean isFloat32(Type t) {
        return t != null && t.underlying() instanceof Basic b && b.kind() == Basic.Kind.FLOAT32;
    }

    static boolean isString(Type t) {
        return t != null && t.underlying() instanceof Basic b
                && (b.kind() == Basic.Kind.STRING || b.kind() == Basic.Kind.UNTYPED_STRING);
    }

    static boolean isInterface(Type t) {
        return t != null && t.underlying() instanceof Interface;
    }

    /** The NARROW code for a sized integer type, or -1 when 64-bit arithmetic already wraps right. */
    static int narrowCode(Type t) {
        if (t == null || !(t.underlying() instanceof Basic b)) {
            return -1;
        }
        return switch (b.kind()) {
            case INT8 -> Kind.narrowCode(8, false);
            case INT16 -> Kind.narrowCode(16, false);
            case INT32, UNTYPED_RUNE -> Kind.narrowCode(32, false);
            case UINT8 -> Kind.narrowCode(8, true);
            case UINT16 -> Kind.narrowCode(16, true);
            case UINT32 -> Kind.narrowCode(32, true);
            default -> -1;
        };
    }

    /** The size in bytes Go gives values of t (amd64). */
    static long size(Type t) {
        Type u = t.underlying();
        if (u instanceof Basic b) {
            return switch (b.kind()) {
                case BOOL, INT8, UINT8 -> 1;
                case INT16, UINT16 -> 2;
                case INT32, UINT32, FLOAT32 -> 4;
                case STRING -> 16;
                default -> 8;
            };
        }
        if (u instanceof Slice) {
            return 24;
        }
        if (u instanceof Interface) {
            return 16;
        }
        if (u instanceof Array a) {
            return a.length() * size(a.elem());
        }
        if (u instanceof Struct s) {
            long off = 0;
            long maxAlign = 1;
            for (Struct.Field f : s.fields()) {
                long fs = size(f.type());
                long al = align(f.type());
                maxAlign = Math.max(maxAlign, al);
                off = (off + al - 1) / al * al + fs;
            }
            return (off + maxAlign - 1) / maxAlign * maxAlign;
        }
        return 8;
    }

    private static long align(Type t) {
        Type u = t.underlying();
        if (u instanceof Array a) {
            return align(a.elem());
        }
        if (u instanceof Struct s) {
            long m = 1;
            for (Struct.Field f : s.fields()) {
                m = Math.max(m, align(f.type()));
            }
            return m;
        }
        return Math.min(8, Math.max(1, size(t)));
    }

    /** The zero value of t; aggregates as recipes from which the machine builds the templates it copies. */
    Object zero(Type t) {
        Object z = zeros.get(t);
        if (z != null || zeros.containsKey(t)) {
            return z;
        }
        Type u = t.underlying();
        if (u instanceof Basic b) {
            z = switch (b.kind()) {
                case BOOL, UNTYPED_BOOL -> Boolean.FALSE;
                case STRING, UNTYPED_STRING -> "";
                case FLOAT32, FLOAT64, UNTYPED_FLOAT -> 0.0;
                case UNTYPED_NIL -> null;
                default -> 0L;
            };
        } else if (u instanceof Struct s) {
            List<Object> fields = new ArrayList<>();
            for (Struct.Field f : s.fields()) {
                fields.add(zero(f.type(), f.name())); // a mu sync.Mutex field: its mutex is "mu"
            }
            z = new ZeroValue.Struct(shape(t), java.util.Collections.unmodifiableList(fields));
        } else if (u instanceof Array a) {
            z = new ZeroValue.Array((int) Math.min(a.length(), Integer.MAX_VALUE), zero(a.elem()), aggregate(a.elem()), backing(a.elem()));
        } else {
            z = null;
        }
        zeros.put(t, z);
        return z;
    }

    /** The sync types whose runtime object the screen titles with the variable's name. */
    private static final java.util.Set<String> NAMED_OBJECTS = java.util.Set.of("sync.WaitGroup", "sync.Mutex", "sync.RWMutex", "sync.Once");

    /**
     * The zero value of t for a variable (or field) the program calls {@code objectName}. For
     * sync.WaitGroup, Mutex, RWMutex and Once the hidden state field (last, nil in the plain
     * zero) holds the name instead: the host creates the runtime object on first use and names
     * it so, and the screen titles its gauge {@code wg} rather than {@code wg#1}.
     */
    Object zero(Type t, String objectName) {
        if (objectName == null || !(t instanceof Named n) || !NAMED_OBJECTS.contains(n.qualifiedName())
                || !(zero(t) instanceof ZeroValue.Struct z) || z.fields().isEmpty()) {
            return zero(t);
        }
        List<Object> fields = new ArrayList<>(z.fields());
        fields.set(fields.size() - 1, objectName);
        return new ZeroValue.Struct(z.layout(), java.util.Collections.unmodifiableList(fields));
    }

    StructLayout shape(Type t) {
        StructLayout s = shapes.get(t);
        if (s != null) {
            return s;
        }
        Struct st = (Struct) t.underlying();
        String[] names = new String[st.fields().size()];
        boolean[] inline = new boolean[names.length];
        for (int i = 0; i < names.length; i++) {
            names[i] = st.fields().get(i).name();
            inline[i] = aggregate(st.fields().get(i).type()) || SyncValues.holdsState(t, names[i]);
        }
        s = new StructLayout(t instanceof Named n ? n.qualifiedName() : null, names, inline);
        shapes.put(t, s);
        return s;
    }

    ElemInfo elem(Type elemType) {
        return elems.computeIfAbsent(elemType, t -> new ElemInfo(size(t), zero(t), aggregate(t), kind(t), t.toString(), null, backing(t)));
    }

    /** The {@link Backing} of slices and arrays of element type {@code t}. */
    static int backing(Type t) {
        if (t != null && t.underlying() instanceof Basic b) {
            return switch (b.kind()) {
                case BOOL -> Backing.BOOL;
                case UINT8 -> Backing.BYTE;
                case INT, INT8, INT16, INT32, INT64, UINT, UINT16, UINT32, UINT64, UINTPTR -> Backing.LONG;
                case FLOAT32, FLOAT64 -> Backing.DOUBLE;
                default -> Backing.REF;
            };
        }
        return Backing.REF;
    }

    /** Whether map keys of this type must compare by identity (pointers to aggregates). */
    static boolean identityKeys(Type key) {
        return key.underlying() instanceof Pointer p && aggregate(p.elem());
    }

    static Type mapValue(Type m) {
        return ((MapType) m.underlying()).elem();
    }
}
