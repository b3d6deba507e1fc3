package dev.spindle.vm.stdlib;

import dev.spindle.lang.types.Array;
import dev.spindle.lang.types.Basic;
import dev.spindle.lang.types.Named;
import dev.spindle.lang.types.Pointer;
import dev.spindle.lang.types.Slice;
import dev.spindle.lang.types.Struct;
import dev.spindle.lang.types.Type;
import dev.spindle.vm.value.GoString;
import dev.spindle.vm.value.IfaceValue;
import dev.spindle.vm.value.SliceValue;
import dev.spindle.vm.value.StructShape;
import dev.spindle.vm.value.StructValue;
import java.util.List;

/**
 * Building and reading Go values from natives: library structs (errors, NumError), slices of
 * strings and ints, byte slices, and the plain conversions between Go's types and Java's.
 */
public final class GoValues {

    public static final Slice STRING_SLICE = new Slice(Basic.STRING);
    public static final Slice INT_SLICE = new Slice(Basic.INT);
    public static final Slice BYTE_SLICE = new Slice(Basic.UINT8);

    private GoValues() {}

    /** The shape of a struct type as the vm expects it: field names and which fields are inline aggregates. */
    public static StructShape shapeOf(Named named) {
        Struct s = (Struct) named.underlying();
        String[] names = new String[s.fields().size()];
        boolean[] inline = new boolean[names.length];
        for (int i = 0; i < names.length; i++) {
            names[i] = s.fields().get(i).name();
            Type u = s.fields().get(i).type().underlying();
            inline[i] = u instanceof Struct || u instanceof Array;
        }
        return new StructShape(named.qualifiedName(), names, inline);
    }

    /** A new value of library struct type {@code qualifiedName} with the given fields. */
    public static StructValue newStruct(NativeContext ctx, String qualifiedName, Object... fields) {
        Named named = (Named) ctx.libraryType(qualifiedName);
        return new StructValue(shapeOf(named), fields);
    }

    /** {@code &T{fields}} as an interface value (how errors.New and friends return their errors). */
    public static IfaceValue newPointerIface(NativeContext ctx, String qualifiedName, Object... fields) {
        Named named = (Named) ctx.libraryType(qualifiedName);
        return new IfaceValue(new Pointer(named), new StructValue(shapeOf(named), fields));
    }

    /** A Go []string from Java strings (byte strings). */
    public static SliceValue stringSlice(List<String> xs) {
        return SliceValue.of(xs.toArray());
    }

    /** The elements of a slice (nil gives none). */
    public static Object[] elems(SliceValue s) {
        return s == null ? new Object[0] : s.toArray();
    }

    /** A []byte's contents as a byte string. */
    public static String bytesToString(SliceValue s) {
        if (s == null) {
            return "";
        }
        return GoString.ofByteElems(s.array, s.offset, s.len);
    }

    /** A byte string as a fresh []byte. */
    public static SliceValue stringToBytes(String s) {
        byte[] out = s.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1); // char c is byte c
        return new SliceValue(out, 0, out.length, out.length);
    }

    public static long asLong(Object o) {
        return (Long) o;
    }

    public static int asInt(Object o) {
        return (int) (long) (Long) o;
    }

    public static double asDouble(Object o) {
        return (Double) o;
    }

    public static String asString(Object o) {
        return (String) o;
    }
}
