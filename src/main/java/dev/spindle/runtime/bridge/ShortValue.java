package dev.spindle.runtime.bridge;

import dev.spindle.vm.stdlib.text.FloatFormat;
import dev.spindle.vm.value.ArrayValue;
import dev.spindle.vm.value.Elems;
import dev.spindle.vm.value.FuncValue;
import dev.spindle.vm.value.GoString;
import dev.spindle.vm.value.IfaceValue;
import dev.spindle.vm.value.MapValue;
import dev.spindle.vm.value.Pointer;
import dev.spindle.vm.value.SliceValue;
import dev.spindle.vm.value.StructValue;

/**
 * A VM value as a short text for the event log, close to fmt's {@code %v}: {@code 42},
 * {@code hello}, {@code 2.5}, {@code true}, {@code {1 2}}, {@code &{7 x}}, {@code [1 2 3]},
 * {@code <nil>}, cut to a maximum length with an ellipsis. Unlike fmt it never calls a
 * String or Error method (the coordinator must not run Go code) and stops formatting as soon
 * as the text is long enough, so a large slice costs no more than a small one.
 */
final class ShortValue {
    private final StringBuilder b = new StringBuilder();
    private final int max;

    private ShortValue(int max) {
        this.max = max;
    }

    /** {@code value}, of static type {@code typeName} as Go prints it, in at most {@code max} characters. */
    static String of(Object value, String typeName, int max) {
        ShortValue s = new ShortValue(max);
        s.top(value, typeName == null ? "" : typeName);
        if (s.b.length() <= max) {
            return s.b.toString();
        }
        return s.b.substring(0, Math.max(0, max - 1)) + "…";
    }

    private boolean full() {
        return b.length() > max;
    }

    private void top(Object v, String type) {
        if (v instanceof IfaceValue iv) {
            type = String.valueOf(iv.dynType());
            v = iv.value();
            if (v instanceof StructValue s && "errors.errorString".equals(s.shape.name())) {
                value(s.fields[0]);
                return;
            }
        }
        if (v == null) {
            b.append(type.startsWith("[]") ? "[]" : type.startsWith("map[") ? "map[]" : "<nil>");
            return;
        }
        if (v instanceof StructValue || v instanceof ArrayValue) {
            if (type.startsWith("*")) {
                b.append('&');
            }
        }
        if (v instanceof Long n && (type.equals("uint") || type.equals("uint64") || type.equals("uintptr"))) {
            b.append(Long.toUnsignedString(n));
            return;
        }
        if (v instanceof Double d && type.equals("float32")) {
            b.append(FloatFormat.format(d, 'g', -1, 32));
            return;
        }
        value(v);
    }

    private void value(Object v) {
        if (full()) {
            return;
        }
        switch (v) {
            case null -> b.append("<nil>");
            case Long n -> b.append(n);
            case Boolean z -> b.append(z);
            case Double d -> b.append(FloatFormat.format(d, 'g', -1, 64));
            case String s -> b.append(GoString.toUtf16(s.length() > max + 1 ? s.substring(0, max + 1) : s));
            case IfaceValue iv -> value(iv.value());
            // A nested struct prints as {…} whether the field holds it by value or by pointer
            // (fmt would print a nested pointer as its address): the shape does not say which.
            case StructValue s -> {
                b.append('{');
                for (int i = 0; i < s.fields.length && !full(); i++) {
                    if (i > 0) {
                        b.append(' ');
                    }
                    value(s.fields[i]);
                }
                b.append('}');
            }
            case ArrayValue a -> elems(a.elems, 0, a.length());
            case SliceValue s -> elems(s.array, s.offset, s.len);
            case MapValue m -> b.append("map[").append(m.len() == 0 ? "]" : "…]");
            case FuncValue f -> b.append(f.proto.name()); // fmt prints an address; the name says more and is the same in every run
            case Pointer p -> b.append("0xc000…");
            default -> b.append(v);
        }
    }

    private void elems(Object arr, int from, int len) {
        b.append('[');
        for (int i = 0; i < len && !full(); i++) {
            if (i > 0) {
                b.append(' ');
            }
            value(Elems.get(arr, from + i));
        }
        b.append(']');
    }
}
