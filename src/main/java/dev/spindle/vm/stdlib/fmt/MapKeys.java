package dev.spindle.vm.stdlib.fmt;

import dev.spindle.lang.types.Array;
import dev.spindle.lang.types.Basic;
import dev.spindle.lang.types.Struct;
import dev.spindle.lang.types.Type;
import dev.spindle.lang.types.TypeString;
import dev.spindle.vm.stdlib.NativeContext;
import dev.spindle.vm.value.ArrayValue;
import dev.spindle.vm.value.IfaceValue;
import dev.spindle.vm.value.StructValue;
import java.util.Arrays;
import java.util.Comparator;

/**
 * The key order fmt prints maps in ({@code internal/fmtsort}): numbers numerically (NaN first),
 * strings bytewise, false before true, pointers and channels by address, structs and arrays
 * element by element, interfaces nil first, then by dynamic type, then by value.
 */
final class MapKeys {

    private MapKeys() {}

    static Comparator<Object> comparator(Type keyType, NativeContext ctx) {
        return (a, b) -> compare(keyType, a, b, ctx);
    }

    static int compare(Type t, Object a, Object b, NativeContext ctx) {
        Type u = t.underlying();
        switch (u) {
            case Basic basic -> {
                if (basic.isBoolean()) {
                    return Boolean.compare((Boolean) a, (Boolean) b);
                }
                if (basic.isString()) {
                    return ((String) a).compareTo((String) b);
                }
                if (basic.isFloat()) {
                    double x = (Double) a;
                    double y = (Double) b;
                    if (Double.isNaN(x) || Double.isNaN(y)) {
                        return Boolean.compare(!Double.isNaN(x), !Double.isNaN(y));
                    }
                    return Double.compare(x == 0 ? 0.0 : x, y == 0 ? 0.0 : y);
                }
                if (basic.isUnsigned()) {
                    return Long.compareUnsigned((Long) a, (Long) b);
                }
                return Long.compare((Long) a, (Long) b);
            }
            case Struct s -> {
                StructValue x = (StructValue) a;
                StructValue y = (StructValue) b;
                for (int i = 0; i < s.fields().size(); i++) {
                    int c = compare(s.fields().get(i).type(), x.fields[i], y.fields[i], ctx);
                    if (c != 0) {
                        return c;
                    }
                }
                return 0;
            }
            case Array arr -> {
                ArrayValue x = (ArrayValue) a;
                ArrayValue y = (ArrayValue) b;
                for (int i = 0; i < x.length(); i++) {
                    int c = compare(arr.elem(), x.get(i), y.get(i), ctx);
                    if (c != 0) {
                        return c;
                    }
                }
                return 0;
            }
            case dev.spindle.lang.types.Interface iface -> {
                if (a == null || b == null) {
                    return Boolean.compare(a != null, b != null);
                }
                IfaceValue x = (IfaceValue) a;
                IfaceValue y = (IfaceValue) b;
                if (!x.dynType().equals(y.dynType())) {
                    return TypeString.of(x.dynType()).compareTo(TypeString.of(y.dynType()));
                }
                return compare(x.dynType(), x.value(), y.value(), ctx);
            }
            default -> {
                // pointers, channels: by address; nil first
                long x = a == null ? 0 : ctx.addressOf(a);
                long y = b == null ? 0 : ctx.addressOf(b);
                return Long.compareUnsigned(x, y);
            }
        }
    }
}
